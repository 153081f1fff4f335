// Pantau against Chart.js and uPlot: the same two charts of the same JSON
// in Debian's Chromium, cold loads alternating between pages, in a normal
// and a throttled profile (CPU 4x slower, DevTools "Fast 3G"). Prints the
// medians and Pantau's ratio to each peer, checks the README's budgets and
// writes bench/results.md.
//
//   node bench/run.mjs [runs]        (build first: trunk build --release; node bench/build.mjs)
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { existsSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join, extname, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const RUNS = Number(process.argv[2] || 7);
const ROOTS = { pantau: join(root, "dist"), "pantau-embed": join(root, "dist"), chartjs: join(here, "dist", "chartjs"), uplot: join(here, "dist", "uplot") };
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".wasm": "application/wasm" };
const LARGE = join(here, "large.json");

for (const [name, dir] of Object.entries(ROOTS)) {
  if (!existsSync(join(dir, "index.html"))) {
    console.error(`missing ${dir}: build it first (trunk build --release; node bench/build.mjs)`);
    process.exit(2);
  }
}
if (!existsSync(LARGE)) {
  console.log("generating bench/large.json (40 series x 100 years x 2,000 areas)");
  const text = execFileSync("cargo", ["run", "--quiet", "--release", "--example", "large_dataset"], { cwd: root, maxBuffer: 64 << 20 });
  writeFileSync(LARGE, text);
}

// A static server that gzips like a web host would.
const cache = new Map();
const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://x");
  const [, site, ...rest] = url.pathname.split("/");
  let path = rest.join("/") || "index.html";
  if (path.endsWith("/")) path += "index.html";
  const file = site === "pantau" && path === "large.json" ? LARGE : join(ROOTS[site] || "/nonexistent", path);
  try {
    if (!(await stat(file)).isFile()) throw new Error();
    if (!cache.has(file)) {
      const body = await readFile(file);
      cache.set(file, { body, gz: gzipSync(body, { level: 6 }) });
    }
    const { body, gz } = cache.get(file);
    const gzip = /\bgzip\b/.test(req.headers["accept-encoding"] || "");
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] || "application/octet-stream",
      "cache-control": "no-cache",
      ...(gzip ? { "content-encoding": "gzip" } : {}),
    });
    res.end(gzip ? gz : body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--enable-precise-memory-info"],
});

const PROFILES = {
  normal: null,
  throttled: { cpu: 4, network: { offline: false, latency: 562.5, downloadThroughput: 180000, uploadThroughput: 84375 } },
};

const INSTRUMENT = () => {
  // "Visible": the first chart is on screen (Pantau's static view, state
  // `baked`, or the live chart); "ready": it is interactive.
  const mark = () => {
    const state = document.body?.dataset.state;
    if ((state === "baked" || state === "ready") && window.__visibleAt === undefined) window.__visibleAt = performance.now();
    if (state === "ready" && window.__readyAt === undefined) window.__readyAt = performance.now();
  };
  new MutationObserver(mark).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-state"], childList: true });
  addEventListener("TrunkApplicationStarted", (e) => { window.__wasm = e.detail.wasm; });
};

const visibleTip = () => {
  const t = document.querySelector("[role=tooltip]");
  return !!t && !t.hidden && t.textContent.length > 0 && getComputedStyle(t).display !== "none";
};

// The embed is the same site as the full page, opened as the Embed
// panel's snippet opens it: the embed build's page.
const QUERIES = { "pantau-embed": "embed/" };

async function measure(site, profile, query = QUERIES[site] || "") {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  let bytes = 0;
  cdp.on("Network.loadingFinished", (e) => { bytes += e.encodedDataLength; });
  if (profile) {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
    await cdp.send("Network.emulateNetworkConditions", profile.network);
  }
  await page.addInitScript(INSTRUMENT);
  await page.goto(`${origin}/${site}/${query}`, { waitUntil: "commit" });
  await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 60000, polling: 20 });
  const readyMs = await page.evaluate(() => window.__readyAt);
  const visibleMs = await page.evaluate(() => window.__visibleAt);
  await page.waitForLoadState("load");
  const memory = await page.evaluate(() => ({
    heap: performance.memory.usedJSHeapSize,
    wasm: window.__wasm?.memory?.buffer?.byteLength ?? 0,
  }));
  // Hover: find the 2016 bar off the clock, then time a fresh move onto it.
  let hoverMs = NaN;
  if (!query.includes("data=")) {
    const canvas = page.locator("canvas").first();
    const box = await canvas.boundingBox();
    let target = null;
    for (let x = 4; x < box.width && !target; x += 8) {
      await page.mouse.move(box.x + x, box.y + box.height * 0.6);
      if (await page.evaluate(visibleTip) && /2016/.test(await page.textContent("[role=tooltip]"))) target = { x: box.x + x, y: box.y + box.height * 0.6 };
    }
    if (target) {
      await page.mouse.move(1, 1);
      await page.waitForFunction((f) => !eval(f)(), visibleTip.toString()).catch(() => {});
      await page.evaluate((f) => {
        const visible = eval(f);
        window.__hover = new Promise((resolve) => {
          let start = null;
          addEventListener("pointermove", (e) => { if (start === null) start = e.timeStamp; }, { capture: true });
          const check = () => {
            if (start !== null && visible()) requestAnimationFrame(() => resolve(performance.now() - start));
            else requestAnimationFrame(check);
          };
          check();
        });
      }, visibleTip.toString());
      await page.mouse.move(target.x, target.y);
      hoverMs = await page.evaluate(() => window.__hover);
    }
  }
  await context.close();
  return { readyMs, visibleMs, bytes, hoverMs, heap: memory.heap, wasm: memory.wasm };
}

const median = (xs) => {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return v.length ? (v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2) : NaN;
};

const SITES = ["pantau", "pantau-embed", "chartjs", "uplot"];
const results = {};
for (const [profileName, profile] of Object.entries(PROFILES)) {
  const runs = Object.fromEntries(SITES.map((s) => [s, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const site of SITES) runs[site].push(await measure(site, profile));
    process.stdout.write(`\r${profileName}: ${i + 1}/${RUNS} runs`);
  }
  process.stdout.write("\n");
  results[profileName] = Object.fromEntries(SITES.map((s) => [s, {
    readyMs: median(runs[s].map((r) => r.readyMs)),
    visibleMs: median(runs[s].map((r) => r.visibleMs)),
    kb: median(runs[s].map((r) => r.bytes)) / 1024,
    hoverMs: median(runs[s].map((r) => r.hoverMs)),
    heapMb: median(runs[s].map((r) => r.heap)) / (1 << 20),
    wasmMb: median(runs[s].map((r) => r.wasm)) / (1 << 20),
  }]));
}
const large = [];
for (let i = 0; i < Math.min(RUNS, 5); i++) large.push((await measure("pantau", null, "?data=large.json")).readyMs);
const largeMs = median(large);
await browser.close();
server.close();

const NAMES = { pantau: "Pantau (full page)", "pantau-embed": "Pantau embed (`embed/`)", chartjs: "Chart.js 4.6 (tree-shaken)", uplot: "uPlot 1.6" };
const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : "–");
const lines = [
  `Measured ${new Date().toISOString().slice(0, 10)}, ${RUNS} cold loads per page and profile, medians, Debian Chromium headless, 1000×900 px.`,
  "",
  "First chart visible: Pantau's static view (baked) or live chart; for the peers the two are the same.",
  "",
  "| page | transferred, KB (gzip) | first chart visible, normal ms | interactive, normal ms | first chart visible, throttled ms | interactive, throttled ms | hover to tooltip painted, ms (normal) | JS heap, MB | wasm memory, MB |",
  "|---|---|---|---|---|---|---|---|---|",
  ...SITES.map((s) => `| ${NAMES[s]} | ${fmt(results.normal[s].kb, 1)} | ${fmt(results.normal[s].visibleMs)} | ${fmt(results.normal[s].readyMs)} | ${fmt(results.throttled[s].visibleMs)} | ${fmt(results.throttled[s].readyMs)} | ${fmt(results.normal[s].hoverMs, 1)} | ${fmt(results.normal[s].heapMb, 1)} | ${fmt(results.normal[s].wasmMb, 1)} |`),
  "",
  "Pantau's ratio to each peer (below 1.0 is better):",
  "",
  "| Pantau page | peer | visible, normal | visible, throttled | interactive, normal | interactive, throttled | hover | bytes |",
  "|---|---|---|---|---|---|---|---|",
  ...["pantau", "pantau-embed"].flatMap((me) => ["chartjs", "uplot"].map((p) => `| ${NAMES[me]} | ${NAMES[p]} | ${fmt(results.normal[me].visibleMs / results.normal[p].visibleMs, 2)} | ${fmt(results.throttled[me].visibleMs / results.throttled[p].visibleMs, 2)} | ${fmt(results.normal[me].readyMs / results.normal[p].readyMs, 2)} | ${fmt(results.throttled[me].readyMs / results.throttled[p].readyMs, 2)} | ${fmt(results.normal[me].hoverMs / results.normal[p].hoverMs, 2)} | ${fmt(results.normal[me].kb / results.normal[p].kb, 2)} |`)),
  "",
  `Large dataset (40 series × 100 years × 2,000 areas) ready in ${fmt(largeMs)} ms (normal profile).`,
];
const budgets = [
  ["first chart visible ≤ 1.0× uPlot, normal profile", results.normal.pantau.visibleMs <= results.normal.uplot.visibleMs],
  ["first chart visible ≤ 1.0× uPlot, throttled profile", results.throttled.pantau.visibleMs <= results.throttled.uplot.visibleMs],
  ["everything transferred for the default view ≤ 170 KB gzip", results.normal.pantau.kb <= 170],
  ["the embed transfers no more than the full page", results.normal["pantau-embed"].kb <= results.normal.pantau.kb],
  ["the embed transfers ≤ 170 KB gzip for its default view", results.normal["pantau-embed"].kb <= 170],
  ["interactive ≤ Chart.js, normal profile", results.normal.pantau.readyMs <= results.normal.chartjs.readyMs],
  ["interactive ≤ Chart.js, throttled profile", results.throttled.pantau.readyMs <= results.throttled.chartjs.readyMs],
  ["embed interactive ≤ Chart.js, normal profile", results.normal["pantau-embed"].readyMs <= results.normal.chartjs.readyMs],
  ["embed interactive ≤ Chart.js, throttled profile", results.throttled["pantau-embed"].readyMs <= results.throttled.chartjs.readyMs],
  ["hover ≤ Chart.js", results.normal.pantau.hoverMs <= results.normal.chartjs.hoverMs],
  ["embed hover ≤ Chart.js", results.normal["pantau-embed"].hoverMs <= results.normal.chartjs.hoverMs],
  ["large dataset ready < 1 s, normal profile", largeMs < 1000],
];
lines.push("", "Budgets:", "", ...budgets.map(([name, ok]) => `- ${ok ? "PASS" : "FAIL"}: ${name}`));
const text = lines.join("\n") + "\n";
writeFileSync(join(here, "results.md"), text);
console.log("\n" + text);
process.exit(budgets.every(([, ok]) => ok) ? 0 : 1);
