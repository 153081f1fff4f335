// Builds the reference pages with esbuild (minified, tree-shaken) into
// bench/dist/<library>/, each with the same dataset as Pantau.
import { build } from "esbuild";
import { mkdirSync, readFileSync, writeFileSync, copyFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dataset = join(here, "..", "static", "data", "tanjungpinang.json");
for (const lib of ["chartjs", "uplot"]) {
  const out = join(here, "dist", lib);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, "data"), { recursive: true });
  await build({
    entryPoints: [join(here, "pages", `${lib}.js`)],
    bundle: true, minify: true, format: "esm", target: "es2022",
    outfile: join(out, "app.js"), logLevel: "warning",
  });
  const html = readFileSync(join(here, "pages", "page.html"), "utf8").replace("__LIB__", lib);
  writeFileSync(join(out, "index.html"), html);
  // uPlot's stylesheet is bundled next to app.js as app.css.
  const css = readFileSync(join(here, "pages", "page.css"), "utf8");
  let extra = "";
  try { extra = readFileSync(join(out, "app.css"), "utf8"); } catch {}
  writeFileSync(join(out, "page.css"), css + extra);
  copyFileSync(dataset, join(out, "data", "tanjungpinang.json"));
  console.log(`built bench/dist/${lib}`);
}
