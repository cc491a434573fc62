/* Reader preferences, applied before the first paint: this file is loaded without defer from
   <head>, so the page never flashes in the wrong size or colours. It sets classes on <html>:
   js (scripts run), font-small | font-medium | font-large, elderly, high-contrast; and the text
   of the printed page footer (address and print date, filled in when the page is printed, never
   baked into the HTML). Choices live in localStorage and follow the reader across pages and visits.
   Without JavaScript nothing here runs and every page is complete; the controls are hidden. */
(function () {
  "use strict";
  var root = document.documentElement;
  var PREFIX = "zwgk.";
  var FONT_SIZES = ["small", "medium", "large"];
  var TOGGLES = ["elderly", "high-contrast"];

  function get(key) {
    try { return window.localStorage.getItem(PREFIX + key); } catch (e) { return null; }
  }
  function set(key, value) {
    try { window.localStorage.setItem(PREFIX + key, value); } catch (e) { /* storage disabled */ }
  }
  function prefersMoreContrast() {
    return !!(window.matchMedia && window.matchMedia("(prefers-contrast: more)").matches);
  }

  function fontSize() {
    var size = get("font-size");
    return FONT_SIZES.indexOf(size) < 0 ? "medium" : size;
  }
  function toggled(name) {
    var stored = get(name);
    if (stored === null && name === "high-contrast") { return prefersMoreContrast(); }
    return stored === "on";
  }

  function apply() {
    var size = fontSize();
    FONT_SIZES.forEach(function (s) { root.classList.toggle("font-" + s, s === size); });
    TOGGLES.forEach(function (name) { root.classList.toggle(name, toggled(name)); });
  }

  function cssString(text) {
    return "\"" + String(text).replace(/\\/g, "\\\\").replace(/"/g, "\\\"").replace(/[\r\n\f]+/g, " ") + "\"";
  }
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function address() {
    try { return decodeURI(window.location.href); } catch (e) { return window.location.href; }
  }
  /* Read by print.css in the @page footer boxes. */
  function stampPrintFooter() {
    var d = new Date();
    var date = d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
    root.style.setProperty("--print-url", cssString("本页网址：" + address()));
    root.style.setProperty("--print-date", cssString("打印日期：" + date));
  }

  root.classList.add("js");
  apply();
  stampPrintFooter();
  window.addEventListener("beforeprint", stampPrintFooter);
  /* Another tab changed a preference: follow it. */
  window.addEventListener("storage", function (event) {
    if (event.key && event.key.indexOf(PREFIX) === 0) { apply(); }
  });

  window.ZwgkPrefs = {
    FONT_SIZES: FONT_SIZES,
    fontSize: fontSize,
    toggled: toggled,
    setFontSize: function (size) { set("font-size", size); apply(); },
    setToggle: function (name, on) { set(name, on ? "on" : "off"); apply(); }
  };
})();
