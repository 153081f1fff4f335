/* Pantau: starts the default dataset's download as soon as the page
   does, alongside the wasm's, and revalidated with the server like every
   dataset fetch of the app. (A <link rel="preload"> would answer the app
   from the HTTP cache, so a republished file could show late.) The app
   takes the download over when it starts; with a `data` parameter there
   is nothing to start here. */
(function () {
  "use strict";
  if (new URLSearchParams(location.search).has("data")) return;
  var url = new URL("data/tanjungpinang.json", document.baseURI).href;
  var controller = new AbortController();
  var response = fetch(url, { cache: "no-cache", signal: controller.signal });
  // The app reports a failed download; until it takes this one over, a
  // rejection is not an uncaught error.
  response.catch(function () {});
  window.pantauPreload = { url: url, controller: controller, response: response };
})();
