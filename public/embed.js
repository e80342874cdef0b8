/*
 * Belarus Repression Tracker — embed host script (no dependencies).
 * Resizes iframes marked data-brt-embed to the height their content reports. It trusts a message only if it
 * comes from one of those iframes' own window, from that iframe's origin, with our message type and the
 * iframe's instance id. Safe to include more than once.
 */
(function () {
  "use strict";
  if (window.__brtEmbedHost) return;
  window.__brtEmbedHost = true;
  var TYPE = "brt:embed:height";

  function ownFrame(source) {
    var frames = document.querySelectorAll("iframe[data-brt-embed]");
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== TYPE) return;
    var frame = ownFrame(event.source);
    if (!frame) return;
    var origin;
    try {
      origin = new URL(frame.src, document.baseURI).origin;
    } catch (e) {
      return;
    }
    if (event.origin !== origin) return;
    var id = frame.getAttribute("data-brt-embed");
    if (id && data.frame !== id) return;
    var height = Math.ceil(Number(data.height));
    if (!(height > 0 && height < 20000)) return;
    frame.style.height = height + "px";
    frame.setAttribute("height", String(height));
  });
})();
