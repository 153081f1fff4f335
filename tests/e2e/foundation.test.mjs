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
      "/fixtures/syntax.json": (req, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end('{\n  "format": "pantau/1",\n  "id": oops\n}');
      },
    },
  });
  context = await launch();
  context.on("request", (r) => requests.push(r.url()));
});
after(async () => {
  await context?.close();
  await server?.close();
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
  assert.match(alert, /series\[0\]\.points\[1\]\.value: must be a number >= 0 or null, got -3/);
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
