/* Preview only (never in built pages): reloads the page as soon as a rebuild succeeded (the status
   request is held by the server until something changes) and shows the last build's errors over
   the page while the last good site stays visible. */
(function () {
  "use strict";
  var seen = null;
  function overlay(errors, heading) {
    var box = document.getElementById("publisher-errors");
    if (!errors.length) { if (box) { box.remove(); } return; }
    if (!box) {
      box = document.createElement("div");
      box.id = "publisher-errors";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:50%;overflow:auto;z-index:99999;" +
        "background:#fff4f4;color:#7a0000;border-top:4px solid #c00;padding:1em;font:14px/1.5 monospace;white-space:pre-wrap";
      document.body.appendChild(box);
    }
    box.textContent = (heading || "构建失败，仍显示上一次成功的版本：") + "\n" + errors.join("\n");
  }
  function poll() {
    var url = "/__publisher/status" + (seen === null ? "" : "?since=" + seen);
    fetch(url, { cache: "no-store" })
      .then(function (r) { if (!r.ok) { throw new Error("busy"); } return r.json(); })
      .then(function (s) {
        if (seen !== null && s.version !== seen) { window.location.reload(); return; }
        seen = s.version;
        overlay(s.errors, s.heading);
        window.setTimeout(poll, s.errors.length ? 500 : 0);
      })
      .catch(function () { window.setTimeout(poll, 1000); });
  }
  poll();
})();
