// Shared helpers of the end-to-end tests: a static server for dist/ on
// 127.0.0.1 (with switches for the faults and headers tests need) and
// Debian's Chromium driven by playwright-core.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, extname, normalize, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DIST = process.env.PANTAU_DIST || join(ROOT, "dist");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".geojson": "application/geo+json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

// No inline script and no inline style, and Trusted Types enforced with no
// policy at all (no string ever reaches innerHTML or a similar sink): what
// a careful host allows.
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; require-trusted-types-for 'script'; trusted-types 'none'";

/**
 * Serves `dist` under `base` (e.g. "/widgets/pantau/") on 127.0.0.1.
 * `routes` maps a path to a handler (req, res) that answers instead of
 * the file system: the place for deliberate faults and fixtures.
 */
export async function serve({ dist = DIST, base = "/", headers = {}, routes = {} } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    const handler = routes[url.pathname];
    if (handler) return handler(req, res, url);
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404, { "content-type": "text/plain" });
      return res.end("not found");
    }
    let rel = decodeURIComponent(url.pathname.slice(base.length));
    if (rel === "" || rel.endsWith("/")) rel += "index.html";
    const path = normalize(join(dist, rel));
    if (!path.startsWith(normalize(dist))) {
      res.writeHead(403);
      return res.end();
    }
    try {
      const info = await stat(path);
      if (!info.isFile()) throw new Error("not a file");
      const body = await readFile(path);
      res.writeHead(200, {
        "content-type": TYPES[extname(path)] || "application/octet-stream",
        "cache-control": "no-cache",
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path = "") => `${origin}${base}${path}`,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}

export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Debian's Chromium with a fresh profile (and any extra flags). */
export async function launch(extraArgs = []) {
  const userDataDir = mkdtempSync(join(tmpdir(), "pantau-chromium-"));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/**
 * A new page that records page errors and console errors; `problems()`
 * returns them, so a test can assert the page stayed clean.
 */
export async function openPage(context, options = {}) {
  const page = await context.newPage();
  if (options.viewport) await page.setViewportSize(options.viewport);
  const problems = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    const text = m.text();
    if (m.type() === "error" && !/Failed to load resource/.test(text)) problems.push(`console.error: ${text}`);
    if (/panicked/.test(text)) problems.push(`panic: ${text}`);
  });
  page.problems = () => problems;
  return page;
}

/** Waits until `body[data-state]` is one of `states`. */
export async function waitForState(page, states = ["ready"], timeout = 20000) {
  const list = Array.isArray(states) ? states : [states];
  await page.waitForFunction(
    (wanted) => wanted.includes(document.body.dataset.state),
    list,
    { timeout },
  );
  return page.evaluate(() => document.body.dataset.state);
}

/** The embed build's page, relative to the site (SPEC: "an embed build
 * (e.g. `embed/`)"): what new snippets load. */
export const EMBED_PAGE = "embed/";

/** The app files (`wasm`, JS `glue`) the built `page` (relative to dist/)
 * loads; the embed page's sit beside the full app's, at the site's root. */
export function appFiles(page = "index.html") {
  const html = readFileSync(join(DIST, page), "utf8");
  const wasm = /<link rel="preload" href="\.\/(pantau-app-[0-9a-f]+_bg\.wasm)"/.exec(html);
  const glue = /<link rel="modulepreload" href="\.\/(pantau-app-[0-9a-f]+\.js)"/.exec(html);
  if (!wasm || !glue) throw new Error(`${page} names no app files`);
  return { wasm: wasm[1], glue: glue[1] };
}
