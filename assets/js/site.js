/* Reading controls: 【打印】, 【字体：大 中 小】, elderly mode and high contrast.
   Choices are kept in localStorage so they follow the reader across pages and visits.
   Without JavaScript every page is complete and readable; only the controls do nothing. */
(function () {
  "use strict";
  var root = document.documentElement;
  var store = {
    get: function (k) { try { return window.localStorage.getItem(k); } catch (e) { return null; } },
    set: function (k, v) { try { window.localStorage.setItem(k, v); } catch (e) { /* private mode */ } }
  };
  var FONT_SIZES = ["small", "medium", "large"];

  function applyFont(size) {
    if (FONT_SIZES.indexOf(size) < 0) { size = "medium"; }
    FONT_SIZES.forEach(function (s) { root.classList.toggle("font-" + s, s === size); });
    document.querySelectorAll("[data-font]").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-font") === size));
    });
  }
  function applyToggle(name, on) {
    root.classList.toggle(name, on);
    document.querySelectorAll('[data-toggle="' + name + '"]').forEach(function (b) {
      b.setAttribute("aria-pressed", String(on));
    });
  }

  applyFont(store.get("font-size") || "medium");
  applyToggle("elderly", store.get("elderly") === "on");
  applyToggle("high-contrast", store.get("high-contrast") === "on");

  document.addEventListener("click", function (event) {
    var target = event.target.closest("button");
    if (!target) { return; }
    if (target.getAttribute("data-action") === "print") { window.print(); return; }
    var font = target.getAttribute("data-font");
    if (font) { store.set("font-size", font); applyFont(font); return; }
    var toggle = target.getAttribute("data-toggle");
    if (toggle) {
      var on = !root.classList.contains(toggle);
      store.set(toggle, on ? "on" : "off");
      applyToggle(toggle, on);
    }
  });
})();
