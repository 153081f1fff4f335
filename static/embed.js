/* Pantau embed helper: resizes each Pantau iframe to the height its widget
   reports. Dependency-free; touches only the iframe whose window sent the
   message. */
(function () {
  "use strict";
  if (window.__pantauEmbed) return;
  window.__pantauEmbed = true;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "pantau:resize") return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0 || height > 100000) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + "px";
        break;
      }
    }
  });
  // Widgets that started before this script arrived (deferred by a tag
  // manager, say) have already posted their height; ask them again. Only
  // embedded Pantau frames (their URL has embed=1) are asked.
  var frames = document.getElementsByTagName("iframe");
  for (var i = 0; i < frames.length; i++) {
    if (/[?&]embed=1(?:[&#]|$)/.test(frames[i].src || "") && frames[i].contentWindow) {
      frames[i].contentWindow.postMessage({ type: "pantau:measure" }, "*");
    }
  }
})();
