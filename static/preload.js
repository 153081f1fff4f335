/* Pantau: takes over the default dataset's download, which a baked page
   starts with a <link rel="preload">, and makes sure it was revalidated
   with the server like every dataset fetch of the app, so a republished
   file never shows late. The app takes the download over when it starts;
   with a `data` parameter there is nothing to take.

   When the page was baked (`pantau bake`), it also shows the static first
   view the link asks for, but only once the bytes that arrived have the
   checksum the static view was made from: a republished dataset without a
   new bake is drawn live, never from old numbers. The checksum is the one
   of src/core/bake/checksum.rs. */
(function () {
  "use strict";
  var params = new URLSearchParams(location.search);
  // Opened from disk, the browser refuses the app's code and its data: say
  // so, and how to serve the folder, instead of "loading" for ever.
  if (location.protocol === "file:") {
    var explain = function () {
      var line = document.querySelector("#pantau .loading");
      if (!line) return;
      line.setAttribute("role", "alert");
      line.textContent =
        "Pantau perlu dibuka lewat server web, bukan langsung dari berkas. Di folder ini, jalankan " +
        "\u201cpython3 -m http.server 8000\u201d lalu buka http://localhost:8000/. / " +
        "Pantau must be opened through a web server, not from a file. In this folder, run " +
        "\u201cpython3 -m http.server 8000\u201d and open http://localhost:8000/.";
      document.body.setAttribute("data-state", "error");
    };
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", explain);
    else explain();
    return;
  }
  // An embed pasted before the embed build existed (`index.html?embed=1`)
  // is the embed build's page now: the full app's code draws no embed, and
  // the embed's own is smaller. Its address stays the site's, so a `data`
  // address resolves as before (the embed page's base is the site's root).
  if (params.get("embed") === "1" && document.documentElement.getAttribute("data-build") !== "embed") {
    params.delete("embed");
    location.replace(new URL("embed/?" + params + location.hash, document.baseURI).href);
    return;
  }
  if (params.has("data")) return;
  var url = new URL("data/tanjungpinang.json", document.baseURI).href;
  var controller = new AbortController();
  var ask = function () { return fetch(url, { cache: "no-cache", signal: controller.signal, priority: "high" }); };
  // A baked page preloads the dataset with a <link>, and this fetch takes
  // that download over; but a preload may be answered from the HTTP cache
  // without asking the server. Only an answer that crossed the network
  // (transferSize > 0, a 304 included) is used; otherwise ask again.
  var fromNetwork = function () {
    var entries = performance.getEntriesByName ? performance.getEntriesByName(url) : [];
    for (var i = 0; i < entries.length; i++) if (entries[i].transferSize > 0) return true;
    return false;
  };
  var response = ask().then(function (r) {
    return r.clone().arrayBuffer().then(function () { return fromNetwork() ? r : ask(); });
  });
  // The app reports a failed download; until it takes this one over, a
  // rejection is not an uncaught error.
  response.catch(function () {});
  var settle;
  // Settled once a static first view is shown, or known not to be: the
  // wasm loader waits for it rather than compete for the main thread.
  var settled = new Promise(function (resolve) { settle = resolve; });
  var bytes = response.then(function (r) {
    if (!r.ok) throw new Error("HTTP " + r.status);
    return r.clone().arrayBuffer();
  });
  // The app reads the dataset from these bytes, instead of waiting on the
  // network service again for the body.
  bytes.catch(function () {});
  window.pantauPreload = { url: url, controller: controller, response: response, bytes: bytes, settled: settled };

  var note = function (why) { console.info("Pantau: drawing live, " + why); settle(); };
  // This script may run before the parser has read the static views. They
  // are whole once the app's element after them exists; waiting for that,
  // not for DOMContentLoaded, spares waiting for the app's own scripts.
  var parsed = function () { return !!document.getElementById("pantau") || document.readyState !== "loading"; };
  var page = parsed()
    ? Promise.resolve()
    : new Promise(function (resolve) {
        var watch = new MutationObserver(function () {
          if (parsed()) { watch.disconnect(); resolve(); }
        });
        watch.observe(document.documentElement, { childList: true, subtree: true });
        document.addEventListener("DOMContentLoaded", function () { watch.disconnect(); resolve(); });
      });
  // A static view is made for the default state of each view and language.
  var unbaked = ["series", "from", "to", "group", "program", "accent", "bg", "show"].filter(function (n) {
    return params.has(n);
  });
  if (unbaked.length) return note("the link sets " + unbaked.join(", "));
  var views = ["trend", "coverage", "map", "table"];
  var view = views.indexOf(params.get("view")) >= 0 ? params.get("view") : "trend";
  var lang = params.get("lang");
  if (lang !== "id" && lang !== "en") {
    lang = "id";
    var wanted = navigator.languages || [navigator.language || ""];
    for (var i = 0; i < wanted.length; i++) {
      var primary = String(wanted[i]).split(/[-_]/)[0].toLowerCase();
      if (primary === "id" || primary === "in") { lang = "id"; break; }
      if (primary === "en") { lang = "en"; break; }
    }
  }

  function checksum(bytes) {
    var fnv = 0x811c9dc5, mix = 0;
    for (var i = 0; i < bytes.length; i++) {
      fnv = Math.imul(fnv ^ bytes[i], 0x01000193);
      mix = Math.imul(mix ^ bytes[i], 0x5bd1e995);
      mix ^= mix >>> 15;
    }
    var hex = function (n) { return ("0000000" + (n >>> 0).toString(16)).slice(-8); };
    return bytes.length + "-" + hex(fnv) + "-" + hex(mix);
  }

  var baked, chosen;
  var theme = params.get("theme");
  var forced = theme === "light" || theme === "dark";
  // The default view is in the page; another waits in a file of its own.
  var fragments = page.then(function () {
    baked = document.getElementById("pantau-baked");
    if (!baked) throw new Error("the page was not baked");
    if ((baked.getAttribute("data-views") || "").split(" ").indexOf(view) >= 0) return baked;
    // Parsed by the browser as a document (XMLHttpRequest's "document"
    // response), not by DOMParser or innerHTML from a string: those are
    // Trusted Types sinks a careful host forbids.
    return new Promise(function (resolve, reject) {
      var request = new XMLHttpRequest();
      request.open("GET", "baked/" + view + ".html");
      request.responseType = "document";
      request.setRequestHeader("Cache-Control", "no-cache");
      request.onload = function () {
        if (request.status !== 200 || !request.response) reject(new Error("HTTP " + request.status));
        else resolve(request.response.body);
      };
      request.onerror = function () { reject(new Error("the static view could not be downloaded")); };
      request.send();
    });
  });
  var found = fragments.then(function (within) {
    chosen = within.querySelector('.baked[data-view="' + view + '"][data-lang="' + lang + '"]');
    if (!chosen) throw new Error("no static " + view + " view in " + lang);
    if (chosen.parentNode !== baked) chosen = baked.appendChild(document.adoptNode(chosen));
    // The drawings follow the reader's colour scheme; a link may force one.
    var sources = chosen.querySelectorAll("source");
    for (var i = 0; forced && i < sources.length; i++) {
      if (sources[i].getAttribute("data-theme") !== theme) sources[i].remove();
      else sources[i].media = sources[i].getAttribute("data-band") || "all";
    }
  });
  Promise.all([bytes, found]).then(function (both) {
    if (checksum(new Uint8Array(both[0])) !== baked.getAttribute("data-checksum")) {
      chosen = null;
      return note("the dataset changed after it was baked");
    }
    // Shown with its drawing, not before it: "visible" means the chart.
    var img = chosen.querySelector("img");
    if (img) img.loading = "eager";
    return img && img.decode ? img.decode().catch(function () {}) : null;
  }).then(function () {
    if (!chosen || baked.hidden === false) return;
    // The app was quicker: it has drawn, or said what went wrong.
    if (document.body.getAttribute("data-state") !== "loading") return settle();
    if (forced) document.documentElement.setAttribute("data-theme", theme);
    // An embed: the embed build's page.
    if (document.documentElement.getAttribute("data-build") === "embed") {
      chosen.classList.add("embed");
    }
    document.documentElement.lang = lang;
    chosen.hidden = false;
    baked.hidden = false;
    // The app renders behind the static view, out of the flow, and takes
    // its place in one step once it has drawn.
    var app = document.getElementById("pantau");
    if (app) app.classList.add("pantau-behind");
    document.body.setAttribute("data-state", "baked");
    settle();
  }).catch(function (e) { note(e && e.message ? e.message : String(e)); });
})();
