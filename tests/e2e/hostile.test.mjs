// A hostile dataset renders inertly: every text is text, links are only
// http(s), nothing it carries runs; and switching views and datasets 200
// times does not grow memory.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openPage, waitForState } from "./lib.mjs";
import { defaultDataset, multiSeries, json } from "./fixtures.mjs";

const PAYLOAD = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"><a href="javascript:window.__pwned=1">x</a>`;

function hostile() {
  const ds = defaultDataset();
  const p = (s) => `${s} ${PAYLOAD}`;
  ds.id = "hostile";
  ds.title = { id: p("Judul"), en: p("Title") };
  ds.description = p("Description");
  ds.place = { name: p("Place"), province: p("Province"), country: "ID" };
  ds.sources[0].name = p("Source");
  ds.sources[0].title = p("Source title");
  ds.sources[0].url = "https://example.org/?q=<script>window.__pwned=1</script>";
  const s = ds.series[0];
  s.label = p("Label");
  s.unit = p("unit");
  s.definition = p("Definition");
  for (const a of ds.areas.items) { a.name = p(a.name); a.group = p(a.group); a.code = p(a.code); }
  ds.areas.level = p("Kelurahan");
  ds.areas.group_level = p("Kecamatan");
  ds.programs[0].label = p("Program");
  ds.programs[0].definition = p("Program definition");
  ds.events[0].label = p("Event");
  ds.notes = [p("Note"), { en: p("Another note") }];
  return ds;
}

function withLongTitle() {
  const ds = defaultDataset();
  ds.id = "long-title";
  ds.title = { en: "Long ".repeat(20000) + "END" };
  return ds;
}

let server, context;
before(async () => {
  const badLink = defaultDataset();
  badLink.sources[0].url = "javascript:window.__pwned=1";
  server = await serve({
    routes: {
      "/h/hostile.json": json(hostile()),
      "/h/bad-link.json": json(badLink),
      "/h/long.json": json(withLongTitle()),
      "/h/multi.json": json(multiSeries()),
    },
  });
  context = await launch(["--js-flags=--expose-gc", "--enable-precise-memory-info"]);
});
after(async () => {
  await context?.close();
  await server?.close();
});

test("script tags, event handlers and javascript: links in every text field stay inert", async () => {
  const page = await openPage(context);
  const dialogs = [];
  page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
  for (const view of ["trend", "coverage", "map", "table"]) {
    await page.goto(server.url(`?lang=en&view=${view}&data=/h/hostile.json`));
    assert.equal(await waitForState(page, ["ready", "error"]), "ready", view);
    const state = await page.evaluate(() => ({
      pwned: window.__pwned === 1,
      scripts: [...document.scripts].map((s) => s.src).filter((s) => !/loader-|pantau-app-|\/preload\.js$/.test(s)),
      images: document.querySelectorAll("img").length,
      links: [...document.querySelectorAll("a[href]")].map((a) => a.href),
      text: document.body.innerText,
    }));
    assert.equal(state.pwned, false, view);
    assert.deepEqual(state.scripts, [], view);
    assert.equal(state.images, 0, view);
    for (const href of state.links) assert.match(href, /^https?:/, `${view}: ${href}`);
    assert.ok(state.text.includes("<script>window.__pwned=1</script>"), `${view} shows the text as text`);
  }
  assert.deepEqual(dialogs, []);
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test("a javascript: source link is refused with its path, shown as text", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en&data=/h/bad-link.json"));
  assert.equal(await waitForState(page, ["error"]), "error");
  assert.match(await page.textContent("[role=alert]"), /must be an http: or https: address, got "javascript:window\.__pwned=1"\s*sources\[0\]\.url/);
  assert.equal(await page.evaluate(() => window.__pwned === 1), false);
  await page.close();
});

test("a very long title is shortened on screen and kept whole in the CSV", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en&data=/h/long.json"));
  await waitForState(page);
  const h1 = await page.textContent("h1");
  assert.ok(h1.length <= 200 && h1.endsWith("…"), `${h1.length} characters`);
  const [file] = await Promise.all([page.waitForEvent("download"), page.click("[data-export=csv]")]);
  const { readFileSync } = await import("node:fs");
  const csv = readFileSync(await file.path(), "utf8");
  const title = csv.split("\n").find((line) => line.startsWith('"# Long'));
  assert.ok(title && title.endsWith('END"'), "the CSV's notes keep the whole title");
  await page.close();
});

test("switching views and datasets 200 times does not grow memory", async () => {
  const page = await openPage(context, { viewport: { width: 900, height: 800 } });
  await page.addInitScript(() => addEventListener("TrunkApplicationStarted", (e) => { window.__wasm = e.detail.wasm; }));
  await page.goto(server.url("?lang=en"));
  await waitForState(page);
  await page.click(".other-data summary");
  const views = ["coverage", "map", "table", "trend"];
  const datasets = ["/h/multi.json", "data/tanjungpinang.json"];
  let switches = 0;
  async function round() {
    for (const view of views) {
      await page.click(`button[data-view=${view}]`);
      await waitForState(page);
      switches += 1;
    }
    await page.fill("#data-url", datasets[switches % 2]);
    await page.click(".load-data button");
    await page.waitForFunction(() => document.body.dataset.state === "ready" && document.querySelector("canvas[role=img]"));
    switches += 1;
  }
  const measure = () => page.evaluate(() => {
    window.gc();
    return { wasm: window.__wasm.memory.buffer.byteLength, heap: performance.memory.usedJSHeapSize, listeners: document.querySelectorAll("*").length };
  });
  for (let i = 0; i < 8; i++) await round();
  const warm = await measure();
  const start = switches;
  while (switches - start < 200) await round();
  const end = await measure();
  assert.ok(end.wasm - warm.wasm <= 1 << 20, `wasm memory grew from ${warm.wasm} to ${end.wasm}`);
  assert.ok(end.heap - warm.heap <= 4 << 20, `JS heap grew from ${warm.heap} to ${end.heap}`);
  assert.ok(Math.abs(end.listeners - warm.listeners) < 50, `DOM grew from ${warm.listeners} to ${end.listeners} elements`);
  assert.deepEqual(page.problems(), []);
  await page.close();
});
