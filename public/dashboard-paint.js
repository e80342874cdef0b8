/*
 * Belarus Repression Tracker — first paint of the dashboard (no dependencies; runs in <head>, before the body).
 * The build wrote the dashboard of the newest release into index.html's #prerendered, in English
 * (build/dashboardPrerenderPlugin.ts); the app removes it once its own page is ready (src/app/App.tsx).
 * This script decides what the reader sees meanwhile:
 * - a URL that asks for another view (a release, a range, a selection, another panel; anything but `lang` and
 *   `theme`): the copy is hidden (class brt-copy-off on <html>) and the app draws that view as it always did;
 * - Belarusian or Russian: the English copy is hidden while this fetches the copy in the reader's language
 *   (embed-prerendered/latest/dashboard.<lang>.<320 or 640>.html) and puts it in its place (dropped if the app's
 *   page is ready first);
 * - English: the copy shows as it streams in.
 * The data needs nothing from here: index.html preloads the manifest and the newest release's bundle
 * (build/releaseBundlePlugin.ts).
 */
(function () {
  "use strict";
  var root = document.documentElement;
  var q = new URLSearchParams(location.search);
  var other = false;
  q.forEach(function (_, key) {
    if (key !== "lang" && key !== "theme") other = true;
  });
  if (other) {
    root.classList.add("brt-copy-off");
    return;
  }

  var theme = q.get("theme");
  if (theme === "light" || theme === "dark") root.setAttribute("data-theme", theme);
  // The app's rule (src/state/url.ts): the URL's language, else the browser's first known one, else English.
  var LANGS = ["en", "be", "ru"];
  var lang = q.get("lang");
  var prefs = navigator.languages || [];
  for (var i = 0; LANGS.indexOf(lang) < 0 && i < prefs.length; i++) lang = String(prefs[i]).slice(0, 2).toLowerCase();
  if (LANGS.indexOf(lang) < 0) lang = "en";
  root.lang = lang;

  if (lang === "en" || !window.fetch) return;

  root.classList.add("brt-copy-off");
  var MARK = "<!--brt-prerendered-->";
  // Once the HTML is parsed ("interactive"), which is before the app's module scripts run.
  function whenParsed(fn) {
    if (document.readyState !== "loading") return fn();
    document.addEventListener("readystatechange", function once() {
      document.removeEventListener("readystatechange", once);
      fn();
    });
  }
  // The charts are drawn for a phone or for the dashboard's columns; CSS scales them down from there.
  var width = window.innerWidth && window.innerWidth < 560 ? 320 : 640;
  fetch("embed-prerendered/latest/dashboard." + lang + "." + width + ".html", { priority: "high" })
    .then(function (r) {
      return r.ok ? r.text() : "";
    })
    .then(function (text) {
      // A host answering 200 with another page for a missing file must not end up on the dashboard.
      if (text.indexOf(MARK) !== 0) return;
      whenParsed(function () {
        var box = document.getElementById("prerendered");
        if (!box) return;
        var tpl = document.createElement("template");
        tpl.innerHTML = text;
        box.replaceChildren(tpl.content);
        root.classList.remove("brt-copy-off");
      });
    })
    .catch(function () {});
})();
