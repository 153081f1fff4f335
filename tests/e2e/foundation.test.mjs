// The walking skeleton as a person meets it: the default dataset draws,
// a broken one says what is wrong, and nothing panics.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { serve, launch, openPage, waitForState, DIST } from "./lib.mjs";

const DEFAULT = readFileSync(join(DIST, "data", "tanjungpinang.json"), "utf8");
let server, context;
const requests = [];

before(async () => {
  server = await serve({
    routes: {
      "/fixtures/broken.json": (req, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(DEFAULT.replace('"value": 150', '"value": -3'));
      },
      "/fixtures/many-errors.json": (req, res) => {
        const ds = JSON.parse(DEFAULT);
        ds.series[0].points = Array.from({ length: 30 }, (_, i) => ({ year: 1990 + i, value: -1 }));
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(ds));
      },
      "/fixtures/no-programs.json": (req, res) => {
        const ds = JSON.parse(DEFAULT);
        delete ds.programs;
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(ds));
      },
      "/fixtures/syntax.json": (req, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end('{\n  "format": "pantau/1",\n  "id": oops\n}');
      },
    },
  });
  context = await launch();
  context.on("request", (r) => requests.push(r.url()));
  // A host that lets browsers cache the dataset for an hour, as many do.
  cached = await serve({
    routes: {
      "/data/tanjungpinang.json": (req, res) => {
        cachedHits += 1;
        res.writeHead(200, {
          "content-type": "application/json",
          "cache-control": "max-age=3600",
          "last-modified": new Date(Date.UTC(2026, 0, 1 + cachedVersion)).toUTCString(),
        });
        res.end(cachedVersion === 0 ? DEFAULT : DEFAULT.replace('"value": 75', '"value": 99'));
      },
    },
  });
});
let cached;
let cachedHits = 0;
let cachedVersion = 0;
after(async () => {
  await context?.close();
  await server?.close();
  await cached?.close();
});

test("the default dataset reaches ready with 75, 150 and 87 in the summary", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en"));
  assert.equal(await waitForState(page, ["ready", "error"]), "ready");
  const label = await page.getAttribute("canvas[role=img]", "aria-label");
  for (const n of ["75", "150", "87"]) assert.match(label, new RegExp(`\\b${n}\\b`));
  assert.match(label, /rose from 75 in 2015 to 150 in 2016, then fell to 87 in 2017/);
  const source = await page.textContent(".source-line");
  assert.match(source, /Humas Pemko Tanjungpinang/);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  const table = await page.textContent("details.numbers table");
  for (const n of ["75", "150", "87"]) assert.ok(table.includes(n), table);
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test("lang=id shows the page and the chart summary in Indonesian", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=id"));
  await waitForState(page);
  assert.equal(await page.getAttribute("html", "lang"), "id");
  assert.match(await page.getAttribute("canvas[role=img]", "aria-label"), /naik dari 75 pada 2015/);
  await page.close();
});

test("a broken dataset reaches error with the field path in the alert", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en&data=/fixtures/broken.json"));
  assert.equal(await waitForState(page, ["ready", "error"]), "error");
  const alert = await page.textContent("[role=alert]");
  assert.match(alert, /Series 1 “Cases reported to P2TP2A”, year 2016: must be a number >= 0 or null, got -3\s+series\[0\]\.points\[1\]\.value/);
  assert.equal(await page.locator("canvas").count(), 0, "a dataset with errors is never drawn");
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test("a JSON syntax error names line and column", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en&data=/fixtures/syntax.json"));
  assert.equal(await waitForState(page, ["ready", "error"]), "error");
  assert.match(await page.textContent("[role=alert]"), /line 3, column 9/);
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test("the canvas is drawn at the devicePixelRatio and follows its container", async () => {
  const page = await openPage(context, { viewport: { width: 800, height: 900 } });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setDeviceMetricsOverride", { width: 800, height: 900, deviceScaleFactor: 2, mobile: false });
  await page.goto(server.url());
  await waitForState(page);
  const size = () => page.$eval("canvas[role=img]", (c) => ({
    backing: c.width, css: c.getBoundingClientRect().width, height: c.height, cssHeight: c.getBoundingClientRect().height,
  }));
  const wide = await size();
  assert.equal(wide.backing, Math.round(wide.css * 2));
  assert.equal(wide.height, Math.round(wide.cssHeight * 2));
  await cdp.send("Emulation.setDeviceMetricsOverride", { width: 360, height: 900, deviceScaleFactor: 3, mobile: true });
  await page.waitForFunction(() => {
    const c = document.querySelector("canvas[role=img]");
    return c && Math.abs(c.width - c.getBoundingClientRect().width * 3) < 1 && c.getBoundingClientRect().width < 360;
  });
  const narrow = await size();
  assert.ok(narrow.css < wide.css);
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test("the default dataset is requested once, in parallel with the wasm", async () => {
  requests.length = 0;
  const page = await openPage(context);
  await page.goto(server.url());
  await waitForState(page);
  const data = requests.filter((u) => u.endsWith("/data/tanjungpinang.json"));
  assert.equal(data.length, 1, data.join("\n"));
  await page.close();
});

test("a republished default dataset shows on the next load, even when the host lets it be cached", async () => {
  const page = await openPage(context);
  await page.goto(cached.url("?lang=en"));
  await waitForState(page);
  assert.match(await page.getAttribute("canvas[role=img]", "aria-label"), /from 75 in 2015/);
  cachedVersion = 1;
  const hits = cachedHits;
  await page.reload();
  await waitForState(page);
  assert.match(await page.getAttribute("canvas[role=img]", "aria-label"), /from 99 in 2015/);
  assert.equal(cachedHits, hits + 1, "the dataset is asked of the server again");
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test("with a data parameter the default dataset is not fetched again nor used", async () => {
  // The baked page preloads its default dataset from the HTML, before any
  // script can read the link's parameters: that one download is the price
  // of a sooner first chart on slow networks (README, "The chart before
  // the code"). Nothing fetches it again, and the page shows the other.
  requests.length = 0;
  const page = await openPage(context);
  await page.goto(server.url("?lang=en&data=fixtures/syntax.json"));
  await waitForState(page, ["error"]);
  await page.waitForLoadState("networkidle");
  assert.ok(requests.filter((u) => u.endsWith("/data/tanjungpinang.json")).length <= 1, requests.join(" "));
  assert.match(await page.textContent("[role=alert]"), /fixtures\/syntax\.json/);
  await page.close();
});

test("the alert lists every problem: the first 20 in view, the rest one click away", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en&data=fixtures/many-errors.json"));
  assert.equal(await waitForState(page, ["ready", "error"]), "error");
  const problems = await page.locator("[role=alert] li code").allTextContents();
  assert.equal(problems.length, 30, problems.join("\n"));
  assert.ok(problems.some((p) => p.endsWith(": must be a number >= 0 or null, got -1\nseries[0].points[29].value")), problems.join("\n"));
  const summary = page.locator("[role=alert] details summary");
  assert.match(await summary.textContent(), /10 more problems/);
  assert.equal(await page.locator("[role=alert] details li").first().isVisible(), false);
  await summary.click();
  assert.equal(await page.locator("[role=alert] details li").first().isVisible(), true);
  await page.close();
});

test("areas without programs: the coverage view says there is no program, not no areas", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en&view=coverage&data=fixtures/no-programs.json"));
  assert.equal(await waitForState(page, ["ready", "error"]), "ready");
  assert.match(await page.textContent("main"), /no programs whose coverage could be shown/);
  assert.doesNotMatch(await page.textContent("main"), /has no areas/);
  await page.close();
});
