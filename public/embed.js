/*
 * Optional resize script for the figures of "Người cao tuổi Vĩnh Phúc" embedded on another site:
 *   <script async src="https://…/embed.js"></script>
 * Each embed page tells its host page its height with postMessage; this script sets the height of
 * the iframe that sent it. It trusts a message only when it comes from the site's own origin (the
 * origin this script was loaded from) AND from the window of an iframe showing one of the site's
 * embed pages, and only when it is exactly { type, id, height } with the id of that iframe's figure
 * and a height between 50 and 10000 px. It never writes markup. Without it, the iframes keep the
 * height written in their code, which fits the figure at any width.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var root = script.src.replace(/embed\.js(?:[?#].*)?$/, ""); // the site's address, base included
  var origin = new URL(root).origin;
  var HEIGHT = "vinhphuc-embed-height";
  var PING = "vinhphuc-embed-ping";
  var EMBED = /^(?:en\/)?embed\/([a-z0-9][a-z0-9_-]*)\/(?:[?#].*)?$/;

  /** The figure id of one of the site's embed frames, else null. */
  function idOf(frame) {
    var src = frame.src || "";
    if (src.indexOf(root) !== 0) return null;
    var m = EMBED.exec(src.slice(root.length));
    return m ? m[1] : null;
  }

  /** The site's embed frame whose window is `source`, else null. */
  function frameOf(source) {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source && idOf(frames[i])) return frames[i];
    return null;
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== origin || !event.source) return;
    var frame = frameOf(event.source);
    var data = event.data;
    if (!frame || !data || typeof data !== "object" || Object.keys(data).length !== 3) return;
    var height = data.height;
    if (data.type !== HEIGHT || data.id !== idOf(frame)) return;
    if (typeof height !== "number" || !isFinite(height) || height < 50 || height > 10000) return;
    frame.style.height = Math.ceil(height) + "px";
  });

  // Frames that loaded before this script said their height to nobody: ask them again. The
  // request carries nothing, so it may go to whatever document a frame holds ("*").
  var frames = document.getElementsByTagName("iframe");
  for (var i = 0; i < frames.length; i++)
    if (idOf(frames[i]) && frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: PING }, "*");
})();
