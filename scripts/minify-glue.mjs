// Trunk post-build step: minifies wasm-bindgen's JS glue (about 59 KB as
// written) with esbuild from npm (tools/), and updates the integrity hash
// of the page's <link rel="modulepreload"> to the new bytes, so the browser
// still accepts it. Trunk's own `minify` does not touch the glue.
import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import { createHash } from "node:crypto";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const here = dirname(fileURLToPath(import.meta.url));
const esbuild = createRequire(join(here, "..", "tools", "package.json"))("esbuild");
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("minify-glue: TRUNK_STAGING_DIR is not set (run me from Trunk)");
  process.exit(1);
}
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");
for (const name of readdirSync(dir).filter((f) => /^pantau-(app|publisher)-[0-9a-f]+\.js$/.test(f))) {
  const path = join(dir, name);
  const before = readFileSync(path, "utf8");
  const { code } = esbuild.transformSync(before, { minify: true, format: "esm", target: "es2020" });
  writeFileSync(path, code);
  const integrity = "sha384-" + createHash("sha384").update(code).digest("base64");
  const link = new RegExp(`(href="\\./${name.replace(/\./g, "\\.")}"[^>]*integrity=")[^"]*(")`);
  if (!link.test(html)) {
    console.error(`minify-glue: no integrity for ${name} in index.html`);
    process.exit(1);
  }
  html = html.replace(link, `$1${integrity}$2`);
  console.log(`minify-glue: ${name} ${before.length} -> ${code.length} bytes`);
}
writeFileSync(indexPath, html);
// The page's own classic scripts too: preload.js is on the way to the first
// view, and embed.js on every host page. Their comments stay in static/.
for (const name of ["preload.js", "embed.js"]) {
  const path = join(dir, name);
  let before;
  try {
    before = readFileSync(path, "utf8");
  } catch {
    continue; // a page without it (the publisher's, the embed page's)
  }
  const { code } = esbuild.transformSync(before, { minify: true, target: "es2017" });
  writeFileSync(path, code);
  console.log(`minify-glue: ${name} ${before.length} -> ${code.length} bytes`);
}
