// Publishing without breaking the city's pages: a broken live file falls
// back to the last good copy the bake kept, with a notice; a site opened
// from disk says how to serve it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { serve, launch, openPage, waitForState, DIST } from "./lib.mjs";
import { DEFAULT_TEXT, pointSource, json } from "./fixtures.mjs";

let context;
before(async () => { context = await launch(); });
after(async () => { await context?.close(); });

const BROKEN = DEFAULT_TEXT.replace('"value": 150', '"value": 150,');

for (const [name, answer, at] of [
  ["a trailing comma", (req, res) => { res.writeHead(200, { "content-type": "application/json" }); res.end(BROKEN); }, ""],
  ["an HTTP 500", (req, res) => { res.writeHead(500, { "content-type": "text/plain" }); res.end("boom"); }, ""],
  ["a trailing comma, in an embed", (req, res) => { res.writeHead(200, { "content-type": "application/json" }); res.end(BROKEN); }, "embed/"],
]) {
  test(`a live file with ${name} shows the last good copy with a dated notice`, async () => {
    const server = await serve({ routes: { "/data/tanjungpinang.json": answer } });
    try {
      const page = await openPage(context);
      const errors = [];
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      await page.goto(server.url(`${at}?lang=en&view=table`));
      assert.equal(await waitForState(page, ["ready", "error"]), "ready");
      const notice = page.locator(".stale-notice[role=status]");
      assert.match(await notice.locator("p").first().innerText(),
        /^The latest data file could not be read; these numbers were published on \d+ \w+ \d{4}\.$/);
      assert.equal(await page.locator("[role=alert]").count(), 0, "readers see no error box");
      const cells = await page.locator("table.data-table td").allTextContents();
      assert.ok(cells.includes("150"), "the last good numbers");
      await notice.locator("summary").click();
      assert.match(await notice.innerText(), name === "an HTTP 500" ? /HTTP 500/ : /line \d+/);
      assert.equal(new URL(page.url()).pathname, `/${at}`, "an embed stays an embed");
      const why = name === "an HTTP 500" ? /last good copy.*HTTP 500/ : /last good copy.*line \d+/;
      assert.ok(errors.some((e) => why.test(e)), `the publisher finds why in the console: ${errors}`);
      await page.close();
    } finally {
      await server.close();
    }
  });
}

const KEPT = /<link[^>]*id="pantau-version" href="([^"]+)" data-for="data\/tanjungpinang.json">/;

/** The city revises 150 to 151 and publishes again: a new live file and a
 *  new dated copy named in the page at `path` (its HTML `html`, which named
 *  `copy`); the old copy stays in dist/. */
function serveRepublished(path, html, copy) {
  const revised = DEFAULT_TEXT.replace('"value": 150', '"value": 151').replace('"updated": "2026-11-30"', '"updated": "2026-12-05"');
  const next = "data/tanjungpinang.2026-12-05.json";
  const republished = html.replace(`id="pantau-version" href="${copy}"`, `id="pantau-version" href="${next}"`);
  const send = (type, body) => (req, res) => { res.writeHead(200, { "content-type": type, "cache-control": "no-cache" }); res.end(body); };
  return serve({
    routes: {
      [path]: send("text/html", republished),
      [`${path}index.html`]: send("text/html", republished),
      "/data/tanjungpinang.json": send("application/json", revised),
      [`/${next}`]: send("application/json", revised),
    },
  });
}

/** On a page showing a replaced copy: its numbers, the notice, and its link
 *  to the latest numbers, followed. Returns the address it leads to. */
async function followReplacedNotice(page) {
  const cells = await page.locator("table.data-table td").allTextContents();
  assert.ok(cells.includes("150") && !cells.includes("151"), "the cited numbers: " + cells.join(" "));
  const notice = page.locator(".stale-notice.replaced[role=status]");
  assert.match(await notice.innerText(), /^This link shows the numbers as published on 30 November 2026\. They have been updated since\. Show the latest numbers$/);
  await notice.locator("a").click();
  await waitForState(page);
  const latest = await page.locator("table.data-table td").allTextContents();
  assert.ok(latest.includes("151"), "the latest numbers: " + latest.join(" "));
  const url = new URL(page.url());
  assert.equal(url.searchParams.get("data"), null, "the live file again");
  assert.equal(await page.locator(".stale-notice.replaced").count(), 0);
  assert.deepEqual(page.problems(), []);
  return url;
}

test("a citation pins the dated copy, which reopens the old numbers after the city republishes", async () => {
  const index = readFileSync(join(DIST, "index.html"), "utf8");
  const kept = KEPT.exec(index);
  assert.ok(kept, "the bake names its dated copy in the page");
  const copy = kept[1];
  assert.match(copy, /^data\/tanjungpinang\.\d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(readFileSync(join(DIST, copy), "utf8"), DEFAULT_TEXT, "the copy is the published bytes");

  // Before: the citation and the pin choice name the copy.
  const first = await serve();
  let pinned;
  try {
    const page = await openPage(context);
    await page.goto(first.url("?lang=en&view=table"));
    await waitForState(page);
    await page.click(".cite summary");
    pinned = (await page.textContent(".cite .citation")).trim().split(" ").pop();
    assert.equal(new URL(pinned).searchParams.get("data"), copy);
    assert.match(await page.textContent(".share .pin"), /Link to these numbers as published on 30 November 2026/);
    await page.close();
  } finally {
    await first.close();
  }

  const second = await serveRepublished("/", index, copy);
  try {
    const page = await openPage(context);
    const old = new URL(pinned);
    await page.goto(second.url(`?${old.searchParams}`));
    await waitForState(page);
    await followReplacedNotice(page);
    await page.close();
  } finally {
    await second.close();
  }
});

test("an embed of a pinned copy that was replaced says so, and links to the latest numbers in the embed", async () => {
  const embedPage = readFileSync(join(DIST, "embed/index.html"), "utf8");
  const kept = KEPT.exec(embedPage);
  assert.ok(kept, "the bake names its dated copy in the embed page too");
  const copy = kept[1];
  const server = await serveRepublished("/embed/", embedPage, copy);
  try {
    const page = await openPage(context);
    await page.goto(server.url(`embed/?lang=en&view=table&data=${copy}`));
    await waitForState(page);
    const url = await followReplacedNotice(page);
    assert.equal(url.pathname, "/embed/", "still the embed");
    await page.close();
  } finally {
    await server.close();
  }
});

test("a broken file with no kept copy shows the error, as before", async () => {
  const server = await serve({
    routes: { "/fx/broken.json": (req, res) => { res.writeHead(200, { "content-type": "application/json" }); res.end(BROKEN); } },
  });
  try {
    const page = await openPage(context);
    await page.goto(server.url("?lang=en&data=/fx/broken.json"));
    assert.equal(await waitForState(page, ["ready", "error"]), "error");
    assert.match(await page.locator("[role=alert]").innerText(), /line \d+/);
    assert.equal(await page.locator(".stale-notice").count(), 0);
    await page.close();
  } finally {
    await server.close();
  }
});

test("opened from disk, the page says it needs a web server and how to start one", async () => {
  const page = await openPage(context);
  await page.goto(`file://${join(DIST, "index.html")}`);
  assert.equal(await waitForState(page, ["error"]), "error");
  const alert = await page.locator("[role=alert]").innerText();
  assert.match(alert, /server web/);
  assert.match(alert, /python3 -m http\.server/);
  await page.close();
});

test("a value's own source and note show in the tooltip, the table and the credits", async () => {
  const server = await serve({ routes: { "/fx/point-source.json": json(pointSource()) } });
  try {
    const page = await openPage(context);
    await page.goto(server.url("?lang=en&data=/fx/point-source.json"));
    await waitForState(page);
    // The keyboard reaches 2017, the last value.
    await page.focus("canvas[role=img]");
    // End is the 2018 award's marker; the value before it is 2017's.
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowLeft");
    const tip = page.locator("[role=tooltip]");
    await tip.waitFor({ state: "visible" });
    const text = await tip.innerText();
    assert.match(text, /2017: 87 cases/);
    assert.match(text, /Revised figure \(test data\)/);
    assert.match(text, /Source: Later report \(test fixture\)/);
    const credits = await page.locator("footer.credits .source-line").innerText();
    assert.match(credits, /Humas Pemko Tanjungpinang/);
    assert.match(credits, /Later report \(test fixture\)/);
    await page.locator("details.numbers summary").click();
    const row = await page.locator("table.data-table tr", { hasText: "2017" }).first().innerText();
    assert.match(row, /Revised figure \(test data\)\. Source: Later report/);
    assert.deepEqual(page.problems(), []);
    await page.close();
  } finally {
    await server.close();
  }
});
