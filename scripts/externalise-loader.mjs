// Trunk post-build hook: moves the inline module script Trunk writes into
// index.html into its own file, so the page runs under
// `script-src 'self' 'wasm-unsafe-eval'` with no inline script, and moves
// the app's tags to the end of <body>.
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("externalise-loader: TRUNK_STAGING_DIR is not set (run me from Trunk)");
  process.exit(1);
}
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");
const inline = /<script type="module"(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
let count = 0;
html = html.replace(inline, (_whole, body) => {
  // The wasm downloads meanwhile (Trunk's preload links) and compiles as
  // its bytes arrive, off the main thread, but starting it waits until
  // preload.js has shown the static first view (or found it cannot): on a
  // busy main thread the view would wait for the app. Compiling at once
  // instead of after that wait makes the app ready about 15 ms sooner on a
  // fast connection (medians of 15 loads), where the wasm has arrived by
  // then. A host that serves the wasm as another type than
  // application/wasm gets it compiled from its bytes; anything else that
  // fails is left to wasm-bindgen's own loading from the address, on
  // purpose: it downloads again only then, and reports the real error.
  const start = /^const wasm = await init\(\{ module_or_path: ('[^']+') \}\);$/m;
  if (!start.test(body)) {
    console.error("externalise-loader: Trunk's loader no longer starts the wasm as expected");
    process.exit(1);
  }
  const content = body.trim().replace(start, (_line, url) => [
    `const compiled = fetch(${url})`,
    `  .then((r) => (r.ok ? r : Promise.reject(r)))`,
    `  .then((r) => r.headers.get("Content-Type") === "application/wasm" ? WebAssembly.compileStreaming(r) : r.arrayBuffer().then((b) => WebAssembly.compile(b)))`,
    `  .catch(() => ${url});`,
    `await (window.pantauPreload && window.pantauPreload.settled);`,
    `const wasm = await init({ module_or_path: await compiled });`,
  ].join("\n")) + "\n";
  const hash = createHash("sha256").update(content).digest("hex").slice(0, 16);
  const name = `loader-${hash}.js`;
  writeFileSync(join(dir, name), content);
  count += 1;
  return `<script type="module" src="./${name}"></script>`;
});
// The app's files go last in <body>, after the static first view: on
// HTTP/1.1 a browser opens six connections to a host, and requests them in
// document order, so the dataset, preload.js, the stylesheet and the static
// chart take the first ones and the wasm the next. The loader waits for the
// static view anyway.
const appTags = /<link rel="modulepreload"[^>]*>|<link rel="preload"[^>]*\.wasm"[^>]*>|<script type="module" src="\.\/loader-[^"]*"><\/script>/g;
const tags = html.match(appTags) || [];
if (tags.length) {
  html = html.replace(appTags, "");
  const order = (t) => (t.includes(".wasm") ? 0 : t.includes("modulepreload") ? 1 : 2);
  tags.sort((a, b) => order(a) - order(b));
  html = html.replace("</body>", `${tags.join("\n")}\n</body>`);
}
if (/<script(?![^>]*\bsrc=)[^>]*>[\s\S]*?<\/script>/.test(html)) {
  console.error("externalise-loader: an inline script is left in index.html");
  process.exit(1);
}
writeFileSync(indexPath, html);
console.log(`externalise-loader: moved ${count} inline script(s) out of index.html`);
