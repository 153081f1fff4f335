// Lighthouse 12 on the built site, as a city's web team runs it before
// embedding the widget: mobile and desktop, the full page and the embed.
// The site is served as README "Hosting" advises (long immutable cache for
// hashed files, no-cache for the rest, gzip). Prints the scores and the
// failing audits; exits 1 unless accessibility, best practices and SEO
// score 100 and layout shift stays at or below 0.01.
//
//   node tests/lighthouse/run.mjs [dist]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { join, extname, normalize, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import * as chromeLauncher from "chrome-launcher";

const here = dirname(fileURLToPath(import.meta.url));
const DIST = normalize(process.argv[2] || join(here, "..", "..", "dist"));
const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json",
  ".geojson": "application/geo+json", ".wasm": "application/wasm", ".svg": "image/svg+xml", ".png": "image/png", ".csv": "text/csv",
};
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|css|wasm)$/;

const server = createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (path.endsWith("/")) path += "index.html";
  const file = normalize(join(DIST, path));
  try {
    if (!file.startsWith(DIST) || !(await stat(file)).isFile()) throw new Error("not found");
    const body = await readFile(file);
    const gzip = /\bgzip\b/.test(req.headers["accept-encoding"] || "") && !/\.(png)$/.test(file);
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] || "application/octet-stream",
      "cache-control": HASHED.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
      ...(gzip ? { "content-encoding": "gzip" } : {}),
    });
    res.end(gzip ? gzipSync(body) : body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found");
  }
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const origin = `http://127.0.0.1:${server.address().port}`;

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
// The embed as new snippets load it: the embed build's page.
const PAGES = { "full page": "/?lang=id", embed: "/embed/?lang=id" };
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
let ok = true;
try {
  for (const [formFactor, config] of [["mobile", undefined], ["desktop", desktopConfig]]) {
    for (const [name, path] of Object.entries(PAGES)) {
      const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES }, config);
      const lhr = result.lhr;
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const cls = lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN;
      const scores = CATEGORIES.map((c) => `${c} ${score(c)}`).join(", ");
      console.log(`${formFactor}, ${name}: ${scores}, CLS ${cls.toFixed(3)}`);
      for (const id of ["accessibility", "best-practices", "seo"]) {
        for (const ref of lhr.categories[id].auditRefs) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`  failing (${id}): ${ref.id}: ${audit.title}`);
        }
        if (score(id) < 100) ok = false;
      }
      for (const ref of lhr.categories.performance.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative") console.log(`  to look at (performance): ${ref.id}: ${audit.displayValue || audit.title}`);
      }
      if (!(cls <= 0.01)) ok = false;
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log(ok ? "Lighthouse: accessibility, best practices and SEO 100, CLS ≤ 0.01" : "Lighthouse: a budget failed (above)");
process.exit(ok ? 0 : 1);
