/* Pantau embed helper: resizes each Pantau iframe to the height its widget
   reports, and tells the widget how the page looks where it sits (its
   background colour, light or dark), so `theme=auto` matches the article.
   Dependency-free; touches only the iframe whose window sent the message. */
(function () {
  "use strict";
  if (window.__pantauEmbed) return;
  window.__pantauEmbed = true;

  // The colour painted behind the iframe: the first ancestor with an
  // opaque background, else the page's canvas (dark only when the page
  // declares a dark scheme and the reader uses one).
  function backgroundBehind(frame) {
    for (var node = frame.parentElement; node; node = node.parentElement) {
      var match = /^rgba?\(([^)]*)\)$/.exec(getComputedStyle(node).backgroundColor || "");
      if (!match) continue;
      var parts = match[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
      if (parts.length < 4 || parts[3] >= 1) return parts.slice(0, 3);
    }
    var declared = getComputedStyle(document.documentElement).colorScheme || "";
    var dark = /dark/.test(declared) && window.matchMedia &&
      window.matchMedia("(prefers-color-scheme: dark)").matches;
    return dark ? [18, 18, 18] : [255, 255, 255];
  }

  function tellLook(frame) {
    if (!frame.contentWindow) return;
    var rgb = backgroundBehind(frame);
    var brightness = 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2];
    var hex = "#" + rgb.map(function (c) {
      return ("0" + Math.max(0, Math.min(255, Math.round(c))).toString(16)).slice(-2);
    }).join("");
    frame.contentWindow.postMessage({
      type: "pantau:host",
      background: hex,
      scheme: brightness < 128 ? "dark" : "light"
    }, "*");
  }

  var told = [];
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "pantau:resize") return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0 || height > 100000) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + "px";
        // Answered on every report: a widget that reloads asks again.
        tellLook(frames[i]);
        if (told.indexOf(frames[i]) < 0) told.push(frames[i]);
        break;
      }
    }
  });
  // A host whose colours follow the reader's scheme changes with it.
  if (window.matchMedia) {
    var query = window.matchMedia("(prefers-color-scheme: dark)");
    var retell = function () { told.forEach(tellLook); };
    if (query.addEventListener) query.addEventListener("change", retell);
  }
  // Widgets that started before this script arrived (deferred by a tag
  // manager, say) have already posted their height; ask them again. Only
  // embedded Pantau frames (the embed page, embed/, or a URL with embed=1)
  // are asked.
  var frames = document.getElementsByTagName("iframe");
  for (var i = 0; i < frames.length; i++) {
    if (/[?&]embed=1(?:[&#]|$)|\/embed\/(?:index\.html)?(?:[?#]|$)/.test(frames[i].src || "") && frames[i].contentWindow) {
      frames[i].contentWindow.postMessage({ type: "pantau:measure" }, "*");
    }
  }
})();
