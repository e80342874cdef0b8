/*
 * Belarus Repression Tracker — first paint of an embed (no dependencies; runs before the app's modules).
 * Sets the theme and language at once, then fetches the embed page's markup as the build rendered it
 * (embed-prerendered/<release or "latest">/<widget>.<lang>.<320 or 640>.html, drawn for a phone or a column) and
 * puts it into #root, its CSS (inline) into <head>, with the release, manifest, width and language it was drawn
 * from on #root (data-prerendered, data-manifest, data-width, data-lang). The app hydrates that markup once the same
 * release is verified (src/embed/main.tsx): the widget on screen becomes the live one, nothing is drawn twice. If
 * the app has drawn #root already (data-live), the fragment came too late and is dropped; while it is on its way,
 * <html> has the class brt-fragment-pending and the app waits for it or its data. Parameters as in
 * src/embed/params.ts. No fragment (an unknown widget, release or a draft) means nothing is shown here and the app
 * draws the embed itself.
 *
 * It also asks the browser to start downloading what the live widget will need while the app's modules are
 * still on their way: the data (data/manifest.json and the release's bundle: the one the URL names, or for
 * `latest` the one the fragment was drawn from) by <link rel="preload" as="fetch">, which the app's own fetch()
 * then takes over; and the widget's lazy chunk by <link rel="modulepreload">. The fragment's second comment
 * (`<!--brt-hints:{"release":…,"manifest":…,"js":[…],"css":[…]}-->`, written by build/embedPrerenderPlugin.ts)
 * says which.
 *
 * The copies are drawn with the full frame: an embed with `plain=1` or `compact=1` shows none (the live widget
 * draws it trimmed). `transparent=1` takes the page's background away at once; `maxheight` caps the height posted.
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
  var on = function (name) {
    var v = q.get(name);
    return v === "1" || v === "true";
  };
  if (on("transparent")) root.classList.add("embed-transparent");
  // As src/embed/params.ts parseMaxHeight: whole pixels, clamped to 200–10000.
  var maxHeight = /^\d{1,6}$/.test(q.get("maxheight") || "")
    ? Math.min(10000, Math.max(200, Number(q.get("maxheight"))))
    : 0;

  // The release as one download, beside its files (src/data/loader.ts BUNDLE_FILE; tests/component/prerender.test.tsx
  // keeps the name in step). A site without bundles answers 404 and the loader reads the files one by one.
  var BUNDLE = "bundle.json";
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
  // A fragment shows the whole release, in the full frame: a time range, plain and compact are drawn by the live
  // widget only.
  var ranged = from && to && DAY.test(from) && DAY.test(to) && from <= to;
  if (!ID.test(widget) || !ID.test(release) || !window.fetch) return;
  // The live widget's data, whether or not there is a copy to show: the manifest always; a release's bundle
  // when we know it exists and which it is: the fragment came (it was built for a published release, and for
  // `latest` its hints name the one it was drawn from), or a time range in the URL skipped the fragment. No
  // fragment for a named release (an unknown or misspelt id) means no guess: a request that would 404.
  // Asked for after the copy and its CSS, which come first: a browser opens only a few connections to one
  // host at a time.
  var dataAsked = false;
  function preloadData(id) {
    if (dataAsked) return;
    dataAsked = true;
    preload("data/manifest.json");
    if (typeof id === "string" && ID.test(id) && id !== "latest") preload("data/releases/" + id + "/" + BUNDLE);
  }

  var MARK = "<!--brt-prerendered-->";
  var HINTS = "<!--brt-hints:";
  /** The fragment's hints ({release, js}), or an empty object when it has none or they do not parse. */
  function hintsOf(text) {
    if (text.indexOf(HINTS, MARK.length) !== MARK.length) return {};
    var end = text.indexOf("-->", MARK.length);
    try {
      var hints = JSON.parse(text.slice(MARK.length + HINTS.length, end));
      return hints && typeof hints === "object" ? hints : {};
    } catch (e) {
      return {};
    }
  }
  /** <link rel="modulepreload"> for each .js and rel="preload" as="style" for each .css file listed. */
  function preloadChunk(files, ext) {
    if (!Array.isArray(files)) return;
    for (var m = 0; m < files.length; m++) {
      var file = files[m];
      // Our own build's files only: a relative path inside the site, nothing that could leave it.
      if (typeof file !== "string" || !/^[\w-]+(\/[\w.-]+)*$/.test(file) || file.indexOf("..") >= 0) continue;
      if (file.slice(-ext.length - 1) !== "." + ext) continue;
      var link = document.createElement("link");
      if (ext === "js") link.rel = "modulepreload";
      else {
        link.rel = "preload";
        link.as = "style";
      }
      link.crossOrigin = "";
      link.href = file;
      document.head.appendChild(link);
    }
  }
  if (ranged || on("plain") || on("compact")) {
    preloadData(release);
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

  // What src/embed/embedMode.ts calls FRAGMENT_ATTRS, LIVE_ATTR and FRAGMENT_PENDING_CLASS.
  var LIVE = "data-live";
  var PENDING = "brt-fragment-pending";
  function notComing() {
    root.classList.remove(PENDING);
  }

  /** Puts the fragment's markup into #root for the app to hydrate, unless the app has drawn #root already. */
  function show(text, hints) {
    var box = document.getElementById("root");
    var taken = function () {
      return !box || box.firstChild || box.hasAttribute(LIVE);
    };
    if (taken()) return notComing();
    var tpl = document.createElement("template");
    tpl.innerHTML = text;
    // The widget's own CSS goes to <head>. The build puts it in the fragment as <style> elements, so the markup
    // shows at once; a <link> (if a fragment has one) is waited for. The comments (mark, hints) stay out of #root:
    // #root holds exactly what the app renders.
    var styles = tpl.content.querySelectorAll("style");
    for (var k = 0; k < styles.length; k++) document.head.appendChild(styles[k]);
    var links = tpl.content.querySelectorAll("link");
    for (var c = tpl.content.firstChild; c;) {
      var next = c.nextSibling;
      if (c.nodeType === 8) tpl.content.removeChild(c);
      c = next;
    }
    var waiting = links.length + 1;
    var done = function () {
      if (--waiting > 0) return;
      if (taken()) return notComing();
      box.setAttribute("data-prerendered", String(hints.release));
      box.setAttribute("data-manifest", String(hints.manifest));
      box.setAttribute("data-width", String(width));
      box.setAttribute("data-lang", lang);
      box.appendChild(tpl.content);
      notComing();
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

  // Auto-height (src/embed/autoHeight.ts) until the app has hydrated the markup; it posts its own from then on.
  function post(box) {
    if (!box.hasAttribute("data-prerendered") || window.parent === window) return;
    var height = Math.ceil(box.getBoundingClientRect().height);
    if (maxHeight) height = Math.min(height, maxHeight);
    window.parent.postMessage(
      { type: "brt:embed:height", widget: widget, frame: frame, height: height, ready: false },
      "*",
    );
  }

  var width = window.innerWidth && window.innerWidth < 560 ? 320 : 640;
  root.classList.add(PENDING);
  fetch("embed-prerendered/" + release + "/" + widget + "." + lang + "." + width + ".html")
    .then(function (r) {
      return r.ok ? r.text() : "";
    })
    .then(function (text) {
      if (text.indexOf(MARK) !== 0) {
        notComing();
        return preloadData();
      }
      var hints = hintsOf(text);
      preloadChunk(hints.js, "js");
      preloadChunk(hints.css, "css");
      whenParsed(function () {
        show(text, hints);
        preloadData(release !== "latest" ? release : hints.release);
      });
    })
    .catch(function () {
      notComing();
      preloadData();
    });
})();
