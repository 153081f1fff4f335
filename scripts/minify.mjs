// Trunk post-build step: minifies what the page downloads on its way to
// the first chart with esbuild from npm (tools/): wasm-bindgen's JS glue
// (about 59 KB as written), the page's scripts and its stylesheets, and
// updates the integrity hash the page gives each linked file to its new
// bytes, so the browser still accepts it. Trunk's own `minify` does not
// touch the glue, and would strip the comments in index.html that
// `pantau bake` fills.
import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import { createHash } from "node:crypto";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const here = dirname(fileURLToPath(import.meta.url));
const esbuild = createRequire(join(here, "..", "tools", "package.json"))("esbuild");
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("minify: TRUNK_STAGING_DIR is not set (run me from Trunk)");
  process.exit(1);
}
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");
// Rewrites `name` minified; its new bytes.
function minify(name, before, options) {
  const { code } = esbuild.transformSync(before, { minify: true, ...options });
  writeFileSync(join(dir, name), code);
  console.log(`minify: ${name} ${before.length} -> ${code.length} bytes`);
  return code;
}
// Rewrites `name` minified and gives the page's link to it the new hash.
function minifyLinked(name, options) {
  const code = minify(name, readFileSync(join(dir, name), "utf8"), options);
  const integrity = "sha384-" + createHash("sha384").update(code).digest("base64");
  const link = new RegExp(`(href="\\./${name.replace(/\./g, "\\.")}"[^>]*integrity=")[^"]*(")`);
  if (!link.test(html)) {
    console.error(`minify: no integrity for ${name} in index.html`);
    process.exit(1);
  }
  html = html.replace(link, `$1${integrity}$2`);
}
for (const name of readdirSync(dir).filter((f) => /^pantau-(app|publisher)-[0-9a-f]+\.js$/.test(f))) {
  minifyLinked(name, { format: "esm", target: "es2020" });
}
// The stylesheets Trunk hashed and linked (static/pantau.css, and the
// explorer's for the full app and the publisher page): 1.8 KB gzip off the
// full page. Their comments stay in static/.
for (const name of readdirSync(dir).filter((f) => /^(pantau|explorer)-[0-9a-f]+\.css$/.test(f))) {
  minifyLinked(name, { loader: "css" });
}
writeFileSync(indexPath, html);
// The page's own classic scripts too: preload.js is on the way to the first
// view, and embed.js on every host page. Their comments stay in static/.
for (const name of ["preload.js", "embed.js"]) {
  let before;
  try {
    before = readFileSync(join(dir, name), "utf8");
  } catch {
    continue; // a page without it (the publisher's, the embed page's)
  }
  minify(name, before, { target: "es2017" });
}
