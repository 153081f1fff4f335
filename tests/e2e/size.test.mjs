// The built files stay within their byte budgets: a size check, not a
// timing, so it is the same on every machine. The budgets are the sizes
// after the last diet (README, "Performance") with a little room; a change
// that needs more must say so there and raise them here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { DIST } from "./lib.mjs";

// Bytes after Node's zlib at level 9 (a little more than gzip -9 gives).
const BUDGET = {
  wasm: 251_500, // 250.1 KB now: the diet (-4.9 KB), then all of #13 (+22 KB: Embed panel, citation, pinned copies, host look, PNG sizes, share)
  glue: 8_200, // the minified JS glue; 7.8 KB now
  page: 12_000, // index.html with the baked default view inline; 8.4 KB now
};

const gzipped = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const only = (pattern) => {
  const found = readdirSync(DIST).filter((f) => pattern.test(f));
  assert.equal(found.length, 1, `one file matching ${pattern} in dist/: ${found}`);
  return found[0];
};

test("the wasm stays within its byte budget", () => {
  const size = gzipped(only(/^pantau-app-[0-9a-f]+_bg\.wasm$/));
  assert.ok(size <= BUDGET.wasm, `wasm is ${size} B gzip, budget ${BUDGET.wasm}`);
});

test("the JS glue stays minified and within its budget", () => {
  const file = only(/^pantau-app-[0-9a-f]+\.js$/);
  const size = gzipped(file);
  assert.ok(size <= BUDGET.glue, `JS glue is ${size} B gzip, budget ${BUDGET.glue}`);
  assert.ok(!readFileSync(join(DIST, file), "utf8").includes("\n    "), "indented code: not minified");
});

test("the page with its static view stays within its budget", () => {
  const size = gzipped("index.html");
  assert.ok(size <= BUDGET.page, `index.html is ${size} B gzip, budget ${BUDGET.page}`);
});

test("the default map's boundaries stay within their budget", () => {
  const size = gzipped("data/tanjungpinang-kelurahan.geojson");
  assert.ok(size <= 15_000, `boundaries are ${size} B gzip, budget 15000`);
});
