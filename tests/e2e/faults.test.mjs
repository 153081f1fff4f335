// Network faults: each gets an alert in the page's language naming the
// cause and the URL, with "Try again"; a failed retry keeps the page
// usable; a dataset that loads after a failure is drawn normally.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openPage, waitForState } from "./lib.mjs";
import { DEFAULT_TEXT, json } from "./fixtures.mjs";

let server, other, context;
let flakyCalls = 0;
const hanging = new Set();

before(async () => {
  server = await serve({
    routes: {
      "/f/404.json": (req, res) => { res.writeHead(404, { "content-type": "text/plain" }); res.end("no"); },
      "/f/500.json": (req, res) => { res.writeHead(500, { "content-type": "text/plain" }); res.end("boom"); },
      "/f/503.json": (req, res) => { res.writeHead(503, { "content-type": "text/plain" }); res.end("busy"); },
      "/f/hang.json": (req, res) => { hanging.add(res); },
      "/f/cut.json": (req, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-length": String(DEFAULT_TEXT.length) });
        res.write(DEFAULT_TEXT.slice(0, 500));
        setTimeout(() => req.socket.destroy(), 50);
      },
      "/f/html.json": (req, res) => { res.writeHead(200, { "content-type": "text/html; charset=utf-8" }); res.end("<!doctype html><p>Home page</p>"); },
      // Saved by a tool in Latin-1: "é" is one byte, 0xE9, not UTF-8.
      "/f/latin1.json": (req, res) => {
        const text = DEFAULT_TEXT.replace("Tanjungpinang", "Tanjungpinang \u00e9");
        res.writeHead(200, { "content-type": "application/json" });
        res.end(Buffer.from(text, "latin1"));
      },
      "/f/flaky.json": (req, res) => {
        flakyCalls += 1;
        if (flakyCalls === 1) { res.writeHead(503); return res.end(); }
        json(DEFAULT_TEXT)(req, res);
      },
    },
  });
  // Another origin that does not allow this page to read its files.
  other = await serve({ routes: { "/no-cors.json": json(DEFAULT_TEXT) } });
  context = await launch();
});
after(async () => {
  for (const res of hanging) res.destroy();
  await context?.close();
  await server?.close();
  await other?.close();
});

async function failing(query) {
  const page = await openPage(context);
  await page.goto(server.url(query));
  assert.equal(await waitForState(page, ["ready", "error"], 30000), "error", query);
  return page;
}

for (const [name, path, cause] of [
  ["404", "/f/404.json", /HTTP 404 \(not found\)/],
  ["500", "/f/500.json", /HTTP 500 \(server error\)/],
  ["503", "/f/503.json", /HTTP 503 \(server unavailable\)/],
  ["a body cut short", "/f/cut.json", /connection broke|EOF while parsing|JSON syntax error/],
  ["the wrong content type", "/f/html.json", /sent a web page \(text\/html; charset=utf-8\)/],
  ["a file in another encoding", "/f/latin1.json", /not UTF-8 text \(invalid byte at offset \d+\)/],
]) {
  test(`${name}: an alert naming the cause and the URL, with Try again`, async () => {
    const page = await failing(`?lang=en&data=${path}`);
    const alert = await page.textContent("[role=alert]");
    assert.match(alert, cause);
    assert.ok(alert.includes(`${server.origin}${path}`), alert);
    if (name !== "a body cut short" || /connection broke/.test(alert)) {
      // Trying again helps with the network, never with the file itself.
      const retry = name === "a file in another encoding" ? 0 : 1;
      assert.equal(await page.getByRole("button", { name: "Try again" }).count(), retry);
    }
    assert.deepEqual(page.problems(), []);
    await page.close();
  });
}

test("a server that never answers is given up after 15 seconds, and says so", async () => {
  const page = await failing("?lang=en&data=/f/hang.json");
  assert.match(await page.textContent("[role=alert]"), /did not answer within 15 seconds/);
  assert.equal(await page.getByRole("button", { name: "Try again" }).count(), 1);
  await page.close();
});

test("a CORS refusal is named as a possible cause", async () => {
  const page = await failing(`?lang=en&data=${encodeURIComponent(other.url("no-cors.json").replace(/\/$/, ""))}`);
  const alert = await page.textContent("[role=alert]");
  assert.match(alert, /CORS/);
  assert.ok(alert.includes(other.origin), alert);
  await page.close();
});

// The loader compiles the wasm as it arrives (scripts/externalise-loader.mjs).
for (const [name, at] of [["the full page", ""], ["the embed page", "embed/"]]) {
  test(`the wasm is downloaded once, and a host that serves it with another type still starts it, on ${name}`, async () => {
    for (const type of ["application/wasm", "application/octet-stream"]) {
      const page = await openPage(context);
      const wasm = [];
      page.on("request", (r) => r.url().endsWith(".wasm") && wasm.push(r.url()));
      await page.route("**/*.wasm", async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), "content-type": type } });
      });
      await page.goto(server.url(`${at}?lang=en`));
      assert.equal(await waitForState(page, ["ready", "error"]), "ready", type);
      assert.equal(wasm.length, 1, `${type}: ${wasm.join(", ")}`);
      assert.deepEqual(page.problems(), []);
      await page.close();
    }
  });
}

test("offline: the alert says so, in Indonesian too", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=id&data=/f/503.json"));
  await waitForState(page, ["error"]);
  await context.setOffline(true);
  await page.getByRole("button", { name: "Coba lagi" }).click();
  await waitForState(page, ["error"]);
  await page.waitForFunction(() => /luring/.test(document.querySelector("[role=alert]").textContent));
  assert.ok((await page.textContent("[role=alert]")).includes("/f/503.json"));
  await context.setOffline(false);
  await page.close();
});

test("a failed retry keeps the page usable, and a dataset that then loads is drawn", async () => {
  const page = await failing("?lang=en&data=/f/503.json");
  await page.getByRole("button", { name: "Try again" }).focus();
  await page.keyboard.press("Enter");
  assert.equal(await waitForState(page, ["error"]), "error");
  // The keyboard stays where the reader was: on the button again.
  await page.waitForFunction(() => document.activeElement?.textContent === "Try again");
  await page.click(".other-data summary");
  await page.fill("#data-url", "data/tanjungpinang.json");
  await page.click(".load-data button");
  assert.equal(await waitForState(page, ["ready"]), "ready");
  assert.match(await page.getAttribute("canvas[role=img]", "aria-label"), /75.*150.*87/);
  assert.equal(await page.locator("[role=alert]").count(), 0);
  assert.deepEqual(page.problems(), []);
  await page.close();
});

// The embed page draws its alert and its retry without yew: the same
// words and the same outcome.
for (const [name, at] of [["the full page", ""], ["the embed page", "embed/"]]) {
  test(`Try again after a failure draws the dataset normally, on ${name}`, async () => {
    flakyCalls = 0;
    const page = await failing(`${at}?lang=en&data=/f/flaky.json`);
    assert.match(await page.textContent("[role=alert]"), /HTTP 503 \(server unavailable\)/);
    // The tab names the failure, not the default dataset the page was baked for.
    assert.equal(await page.title(), "The data cannot be shown · Pantau");
    await page.getByRole("button", { name: "Try again" }).focus();
    await page.keyboard.press("Enter");
    assert.equal(await waitForState(page, ["ready", "error"]), "ready");
    assert.equal(await page.title(), "Violence against women and children in Tanjungpinang");
    // The keyboard is not sent back to the top of the page.
    assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), "BODY");
    assert.match(await page.getAttribute("canvas[role=img]", "aria-label"), /rose from 75 in 2015 to 150 in 2016/);
    assert.equal(await page.locator("[role=alert]").count(), 0);
    assert.equal(flakyCalls, 2);
    assert.deepEqual(page.problems(), []);
    await page.close();
  });
}
