/*
 * Belarus Repression Tracker — first paint of an embed (no dependencies; runs before the app's modules).
 * Sets the theme and language at once, then fetches the widget as the build rendered it
 * (embed-prerendered/<release or "latest">/<widget>.<lang>.<320 or 640>.html, drawn for a phone or a column) and shows it in #prerendered, with its CSS (inline),
 * until the live widget replaces it (src/embed/EmbedView.tsx removes #prerendered; if it is gone already, the
 * fragment came too late and is dropped). Parameters as in src/embed/params.ts. No fragment (an unknown
 * widget, release or a draft) means nothing is shown here and the app does what it always did.
 *
 * It also asks the browser to start downloading the data the live widget will read (data/manifest.json and,
 * when the URL names the release, that release's files) while the app's modules are still on their way:
 * <link rel="preload" as="fetch">, which the app's own fetch() then takes over.
 */
(function () {
  "use strict";
  var q = new URLSearchParams(location.search);
  var root = document.documentElement;
  var theme = q.get("theme");
  if (theme === "light" || theme === "dark") root.setAttribute("data-theme", theme);
  var LANGS = ["en", "be", "ru"];
  var lang = q.get("lang");
  var prefs = navigator.languages || [];
  for (var i = 0; LANGS.indexOf(lang) < 0 && i < prefs.length; i++) lang = String(prefs[i]).slice(0, 2).toLowerCase();
  if (LANGS.indexOf(lang) < 0) lang = "en";
  root.lang = lang;

  // What src/data/loader.ts reads, in its order (tests/component/prerender.test.tsx keeps the list in step).
  var RELEASE_FILES = [
    "sources.json",
    "places.json",
    "people.json",
    "pardons.json",
    "detentions.json",
    "series.json",
    "deaths.json",
    "incommunicado.json",
    "events.json",
  ];
  function preload(href) {
    var link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    // fetch() requests same-origin CORS: a preload matches it only with the same mode and credentials.
    link.crossOrigin = "anonymous";
    link.href = href;
    document.head.appendChild(link);
  }

  var ID = /^[\w-]{1,64}$/;
  var DAY = /^\d{4}-\d{2}-\d{2}$/;
  var widget = q.get("widget") || "";
  var release = q.get("release") || "latest";
  var from = q.get("from");
  var to = q.get("to");
  // A fragment shows the whole release: a time range is drawn by the live widget only.
  var ranged = from && to && DAY.test(from) && DAY.test(to) && from <= to;
  if (!ID.test(widget) || !ID.test(release) || !window.fetch) return;
  // The live widget's data, whether or not there is a copy to show. Without a release in the URL the
  // manifest says which is the newest, so only the manifest is asked for early. Asked for after the copy
  // and its CSS, which come first: a browser opens only a few connections to one host at a time.
  var dataAsked = false;
  function preloadData() {
    if (dataAsked) return;
    dataAsked = true;
    preload("data/manifest.json");
    if (release !== "latest")
      for (var f = 0; f < RELEASE_FILES.length; f++) preload("data/releases/" + release + "/" + RELEASE_FILES[f]);
  }
  if (ranged) {
    preloadData();
    return;
  }
  var frame = q.get("frame");
  if (!frame || !/^[A-Za-z0-9_-]{1,40}$/.test(frame)) frame = null;

  // Once the HTML is parsed ("interactive"), which is before the app's module scripts run; DOMContentLoaded
  // would wait for them.
  function whenParsed(fn) {
    if (document.readyState !== "loading") return fn();
    document.addEventListener("readystatechange", function once() {
      document.removeEventListener("readystatechange", once);
      fn();
    });
  }

  function show(text) {
    var box = document.getElementById("prerendered");
    if (!box || box.firstChild) return;
    var tpl = document.createElement("template");
    tpl.innerHTML = text;
    // The widget's own CSS goes to <head> (it stays when the copy goes). The build puts it in the fragment as
    // <style> elements, so the copy shows at once; a <link> (if a fragment has one) is waited for.
    var styles = tpl.content.querySelectorAll("style");
    for (var k = 0; k < styles.length; k++) document.head.appendChild(styles[k]);
    var links = tpl.content.querySelectorAll("link");
    var waiting = links.length + 1;
    var done = function () {
      if (--waiting > 0 || !box.isConnected) return;
      box.appendChild(tpl.content);
      post(box);
      if (window.ResizeObserver)
        new ResizeObserver(function () {
          post(box);
        }).observe(box);
    };
    for (var j = 0; j < links.length; j++) {
      links[j].onload = links[j].onerror = done;
      document.head.appendChild(links[j]);
    }
    done();
  }

  // Auto-height (src/embed/autoHeight.ts) while the copy is on screen; the app posts its own from then on.
  function post(box) {
    if (!box.isConnected || window.parent === window) return;
    var height = Math.ceil(box.getBoundingClientRect().height);
    window.parent.postMessage(
      { type: "brt:embed:height", widget: widget, frame: frame, height: height, ready: false },
      "*",
    );
  }

  var width = window.innerWidth && window.innerWidth < 560 ? 320 : 640;
  fetch("embed-prerendered/" + release + "/" + widget + "." + lang + "." + width + ".html")
    .then(function (r) {
      return r.ok ? r.text() : "";
    })
    .then(function (text) {
      if (text.indexOf("<!--brt-prerendered-->") !== 0) return preloadData();
      whenParsed(function () {
        show(text);
        preloadData();
      });
    })
    .catch(preloadData);
})();
