// The built files stay within their byte budgets: a size check, not a
// timing, so it is the same on every machine. The budgets are the sizes
// after the last diet (README, "Performance") with a little room; a change
// that needs more must say so there and raise them here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { DIST, EMBED_PAGE, appFiles } from "./lib.mjs";

// Bytes after Node's zlib at level 9 (a little more than gzip -9 gives).
const BUDGET = {
  wasm: 167_500, // 166.9 KB now: +2.0 for a review's mends (every JSON syntax error explained in both languages, the Embed panel following the page, the keyboard kept after "Try again", credits on an empty view); -1.8 before that with its drawing code once for the canvas and the SVG download (-1.8), and before that drawn without yew and without a second (compact) renderer for `?embed=1`; +1.3 for the tabs, legend and years changed in place and +0.7 for the program and kecamatan choices, -0.6 with every listener boxed in one place (241.5 with yew's runtime and virtual DOM: no Intl, no Rust float printer, wasm-opt re-looped, one sort, no libm pow; 253.9 before that)
  embedWasm: 135_000, // the embed build (dist/embed/), without yew, Intl, a float printer or Unicode's printable tables: 134.3 KB now (+1.5 for every JSON syntax error explained in both languages and the keyboard kept after "Try again") with its folded tables, its painter on the canvas type itself, where the full app paints through one trait object for the canvas and the SVG download (147.0 before; 213.1 with yew)
  glue: 7_200, // the minified JS glue; 7.0 KB now (the embed build's 6.1 KB); 8.2 with yew
  styles: 4_600, // the stylesheets the full app links, minified: 4.3 KB now (6.2 as written, with their comments)
  page: 7_000, // index.html with the baked default view inline, drawn once for both schemes; 5.7 KB now (8.7 with a dark copy)
};

const gzipped = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const full = appFiles("index.html");
const embed = appFiles(`${EMBED_PAGE}index.html`);

test("the wasm stays within its byte budget", () => {
  const size = gzipped(full.wasm);
  assert.ok(size <= BUDGET.wasm, `wasm is ${size} B gzip, budget ${BUDGET.wasm}`);
});

test("the embed build stays within its budget, and saves what pays for it (20 KB gzip)", () => {
  const size = gzipped(embed.wasm);
  assert.ok(size <= BUDGET.embedWasm, `embed wasm is ${size} B gzip, budget ${BUDGET.embedWasm}`);
  const saved = gzipped(full.wasm) - size;
  assert.ok(saved >= 20_000, `the embed build saves ${saved} B gzip over the full app's`);
});

test("the JS glue stays minified and within its budget", () => {
  for (const { glue } of [full, embed]) {
    const size = gzipped(glue);
    assert.ok(size <= BUDGET.glue, `JS glue ${glue} is ${size} B gzip, budget ${BUDGET.glue}`);
    assert.ok(!readFileSync(join(DIST, glue), "utf8").includes("\n    "), `${glue}: indented code, not minified`);
  }
});

test("the stylesheets stay minified and within their budget", () => {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const sheets = [...html.matchAll(/<link rel="stylesheet" href="\.\/([^"]+\.css)"/g)].map((m) => m[1]);
  assert.ok(sheets.length >= 2, `index.html links ${sheets.length} stylesheets`);
  let total = 0;
  for (const sheet of sheets) {
    const text = readFileSync(join(DIST, sheet), "utf8");
    assert.ok(!text.includes("/*") && !text.includes("\n  "), `${sheet}: comments or indentation, not minified`);
    total += gzipped(sheet);
  }
  assert.ok(total <= BUDGET.styles, `the stylesheets are ${total} B gzip, budget ${BUDGET.styles}`);
});

test("the pages with their static view stay within their budget", () => {
  for (const page of ["index.html", `${EMBED_PAGE}index.html`]) {
    const size = gzipped(page);
    assert.ok(size <= BUDGET.page, `${page} is ${size} B gzip, budget ${BUDGET.page}`);
  }
});

test("the default map's boundaries stay within their budget", () => {
  const size = gzipped("data/tanjungpinang-kelurahan.geojson");
  assert.ok(size <= 15_000, `boundaries are ${size} B gzip, budget 15000`);
});
