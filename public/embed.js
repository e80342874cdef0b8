/*
 * Belarus Repression Tracker — embed host script (no dependencies).
 * Resizes iframes marked data-brt-embed to the height their content reports. It trusts a message only if it
 * comes from one of those iframes' own window, from that iframe's origin, with our message type and the
 * iframe's instance id. Safe to include more than once.
 * An iframe's data-brt-theme="light|dark|auto" is passed to it as {type: "brt:embed:theme", theme, frame}, posted
 * to the iframe's own origin only: when it loads, whenever it reports its height (so a frame that was still
 * starting up gets it too), and when the attribute changes.
 * A transparent embed (transparent=1) in a fixed theme also gets that theme as the iframe's CSS color-scheme:
 * browsers paint an opaque backdrop behind a frame whose color scheme differs from its element's.
 */
(function () {
  "use strict";
  if (window.__brtEmbedHost) return;
  window.__brtEmbedHost = true;
  var TYPE = "brt:embed:height";
  var THEMES = ["light", "dark", "auto"];

  function ownFrame(source) {
    var frames = document.querySelectorAll("iframe[data-brt-embed]");
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  /** The theme the frame shows when it is fixed: its data-brt-theme, else its URL's theme; null = the reader's. */
  function fixedTheme(frame) {
    var theme = frame.getAttribute("data-brt-theme");
    if (THEMES.indexOf(theme) < 0) {
      try {
        theme = new URL(frame.src, document.baseURI).searchParams.get("theme");
      } catch (e) {
        return null;
      }
    }
    return theme === "light" || theme === "dark" ? theme : null;
  }

  function transparent(frame) {
    try {
      var v = new URL(frame.src, document.baseURI).searchParams.get("transparent");
      return v === "1" || v === "true";
    } catch (e) {
      return false;
    }
  }

  function sendTheme(frame) {
    if (transparent(frame)) frame.style.colorScheme = fixedTheme(frame) || "";
    var theme = frame.getAttribute("data-brt-theme");
    var origin = originOf(frame);
    if (THEMES.indexOf(theme) < 0 || !origin || origin === "null" || !frame.contentWindow) return;
    var id = frame.getAttribute("data-brt-embed") || null;
    frame.contentWindow.postMessage({ type: "brt:embed:theme", theme: theme, frame: id }, origin);
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== TYPE) return;
    var frame = ownFrame(event.source);
    if (!frame) return;
    if (event.origin !== originOf(frame)) return;
    var id = frame.getAttribute("data-brt-embed");
    if (id && data.frame !== id) return;
    sendTheme(frame);
    var height = Math.ceil(Number(data.height));
    if (!(height > 0 && height < 20000)) return;
    frame.style.height = height + "px";
    frame.setAttribute("height", String(height));
  });

  // Frames on the page now and any added later: send the theme on load and when data-brt-theme changes.
  var watched = [];
  function watch(frame) {
    if (watched.indexOf(frame) >= 0) return;
    watched.push(frame);
    frame.addEventListener("load", function () {
      sendTheme(frame);
    });
    sendTheme(frame);
  }
  function scan() {
    var frames = document.querySelectorAll("iframe[data-brt-embed]");
    for (var i = 0; i < frames.length; i++) watch(frames[i]);
  }
  scan();
  if (window.MutationObserver) {
    new MutationObserver(function (records) {
      for (var i = 0; i < records.length; i++) {
        var r = records[i];
        if (r.type === "attributes" && r.target.matches && r.target.matches("iframe[data-brt-embed]")) {
          watch(r.target);
          sendTheme(r.target);
        } else if (r.type === "childList" && r.addedNodes.length) scan();
      }
    }).observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["data-brt-theme", "data-brt-embed"],
    });
  } else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
})();
