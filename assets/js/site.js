/* Reading controls: 【打印】, 【字体：大 中 小】, elderly mode and high contrast. The preferences
   themselves are applied by prefs.js (before the first paint); this file, loaded with defer, makes
   the buttons work and keeps their aria-pressed state true to what is shown. */
(function () {
  "use strict";
  var prefs = window.ZwgkPrefs;
  if (!prefs) { return; }

  function syncButtons() {
    var size = prefs.fontSize();
    document.querySelectorAll("[data-font]").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-font") === size));
    });
    document.querySelectorAll("[data-toggle]").forEach(function (b) {
      b.setAttribute("aria-pressed", String(prefs.toggled(b.getAttribute("data-toggle"))));
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button) { return; }
    if (button.getAttribute("data-action") === "print") {
      window.print();
      return;
    }
    var font = button.getAttribute("data-font");
    if (font) {
      prefs.setFontSize(font);
    }
    var toggle = button.getAttribute("data-toggle");
    if (toggle) {
      prefs.setToggle(toggle, !prefs.toggled(toggle));
    }
    syncButtons();
  });
  window.addEventListener("storage", syncButtons);
  syncButtons();
})();
