// The explorer's parts live as long as what they show: a part made again
// keeps what the reader set in it, and what belongs to one view or one
// dataset goes with it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serve, launch, openPage, waitForState } from "./lib.mjs";
import { defaultDataset, multiSeries, squareBoundaries, withBoundaries, json } from "./fixtures.mjs";

let server, context;
// Boundaries that come only when a test lets them.
let waiting = [];
const letBoundariesCome = () => {
  for (const res of waiting) json(squareBoundaries())(null, res);
  waiting = [];
};

before(async () => {
  const noAreas = defaultDataset();
  delete noAreas.areas;
  delete noAreas.programs;
  // A label given once, for every language: the same in both.
  const plainLabel = defaultDataset();
  plainLabel.series[0].label = "P2TP2A";
  server = await serve({
    routes: {
      "/fx/multi.json": json(multiSeries()),
      "/fx/slow.json": json(withBoundaries("slow.geojson")),
      "/fx/slow.geojson": (req, res) => waiting.push(res),
      "/fx/no-areas.json": json(noAreas),
      "/fx/plain-label.json": json(plainLabel),
      // Neither series nor areas: every view is empty.
      "/fx/minimal.json": json(JSON.parse(readFileSync(new URL("../fixtures/valid/minimal.json", import.meta.url), "utf8"))),
    },
  });
  context = await launch();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
});
after(async () => {
  letBoundariesCome();
  await context?.close();
  await server?.close();
});

test("leaving the map before its boundaries come, the view chosen is ready, and stays so when they come", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en&view=map&data=/fx/slow.json"));
  await page.locator(".view.map canvas[role=img]").waitFor();
  assert.equal(await page.evaluate(() => document.body.dataset.state), "loading", "the map waits for its boundaries");
  await page.click("button[data-view=trend]");
  assert.equal(await waitForState(page, ["ready"], 5000), "ready");
  letBoundariesCome();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.body.dataset.state), "ready");
  assert.equal(await page.locator(".view.trend").count(), 1);
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test("the map's numbers the reader opened stay open when the boundaries come with a warning", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en&view=map&data=/fx/slow.json"));
  await page.locator(".view.map details.numbers summary").click();
  assert.equal(await page.locator(".map-warnings").count(), 0);
  letBoundariesCome();
  await waitForState(page);
  await page.locator(".map-warnings").waitFor();
  assert.equal(await page.locator("details.numbers[open]").count(), 1, "still open");
  await page.close();
});

test("a view with nothing to draw says why in the language chosen", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en&view=coverage&data=/fx/no-areas.json"));
  await waitForState(page);
  const english = await page.textContent("main p.empty");
  assert.ok(english.length > 0);
  await page.click("button[lang=id]");
  await page.waitForFunction((before) => document.querySelector("main p.empty")?.textContent !== before, english);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "id");
  assert.notEqual(await page.textContent("main p.empty"), english);
  await page.close();
});

test("the share bar's \"Link copied\" is not left saying it of another link or in another language", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=id&view=coverage"));
  await waitForState(page);
  await page.getByRole("button", { name: "Salin tautan" }).click();
  await page.waitForFunction(() => document.querySelector(".share .status")?.textContent.length > 0);
  await page.click("button[lang=en]");
  await page.waitForFunction(() => document.documentElement.lang === "en");
  assert.equal(await page.textContent(".share .status"), "");
  await page.getByRole("button", { name: "Copy link" }).click();
  await page.waitForFunction(() => document.querySelector(".share .status")?.textContent === "Link copied");
  await page.click("button[data-view=map]");
  await waitForState(page);
  assert.equal(await page.textContent(".share .status"), "");
  // Pinning the link to the dated numbers changes what a copy gives.
  await page.getByRole("button", { name: "Copy link" }).click();
  await page.waitForFunction(() => document.querySelector(".share .status")?.textContent === "Link copied");
  await page.check("input[data-share=pin]");
  assert.equal(await page.textContent(".share .status"), "");
  await page.close();
});

test("an open Embed panel embeds the view and language the reader chose last, titled in the embed's language", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=id"));
  await waitForState(page);
  await page.getByRole("button", { name: "Sematkan" }).click();
  const code = () => page.inputValue("#embed-code");
  assert.doesNotMatch(await code(), /view=/, "the trend, the default view");
  await page.click("button[data-view=map]");
  await page.waitForFunction(() => /view=map/.test(document.querySelector("#embed-code").value));
  assert.equal(await page.$eval("select[data-embed=view]", (s) => s.value), "map");
  assert.match(await code(), /title="Kekerasan terhadap perempuan dan anak di Kota Tanjungpinang — Peta"/);
  // The panel's own choice still changes the embed alone.
  await page.selectOption("select[data-embed=view]", "coverage");
  await page.waitForFunction(() => /view=coverage/.test(document.querySelector("#embed-code").value));
  assert.match(page.url(), /view=map/);
  await page.click("button[lang=en]");
  await page.waitForFunction(() => /lang=en/.test(document.querySelector("#embed-code").value));
  assert.match(await code(), /title="Violence against women and children in Tanjungpinang — Coverage"/);
  assert.equal(await page.$eval("select[data-embed=lang]", (s) => s.value), "en");
  // A title in one language throughout, whichever the page shows.
  await page.selectOption("select[data-embed=lang]", "id");
  await page.waitForFunction(() => /lang=id/.test(document.querySelector("#embed-code").value));
  assert.match(await code(), /title="Kekerasan terhadap perempuan dan anak di Kota Tanjungpinang — Cakupan"/);
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test("an empty view still names its source and date, and a table with nothing to download has no download bar", async () => {
  const page = await openPage(context);
  for (const view of ["trend", "coverage", "map"]) {
    await page.goto(server.url(`?lang=en&view=${view}&data=/fx/minimal.json`));
    await waitForState(page);
    assert.ok((await page.textContent("main p.empty")).length > 0, view);
    const credits = await page.textContent("footer.credits");
    assert.match(credits, /Publisher/, `${view}: the source`);
    assert.match(credits, /Published 1 January 2020/, `${view}: the date`);
  }
  await page.goto(server.url("?lang=en&view=table&data=/fx/minimal.json"));
  await waitForState(page);
  assert.match(await page.textContent("footer.credits"), /Publisher/);
  assert.equal(await page.locator("main .toolbar[aria-label=Download]").count(), 0);
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test("the Embed panel stays open with its preview while the page's theme changes, and closes with its dataset", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en"));
  await waitForState(page);
  await page.click("button[aria-controls=embed-panel]");
  const frame = page.locator(".embed-preview-frame");
  await frame.waitFor();
  // The preview has measured its widget.
  await page.waitForFunction(() => document.querySelector("#embed-code")?.dataset.height !== "520");
  const height = await page.getAttribute("#embed-code", "data-height");
  await frame.evaluate((f) => { f.dataset.mark = "the same frame"; });
  await page.selectOption("#theme", "dark");
  await page.waitForFunction(() => document.documentElement.dataset.theme === "dark" || getComputedStyle(document.body).colorScheme.includes("dark"));
  assert.equal(await frame.getAttribute("data-mark"), "the same frame", "the preview was not loaded again");
  assert.equal(await page.getAttribute("#embed-code", "data-height"), height, "nor measured again");
  assert.equal(await page.getAttribute("button[aria-controls=embed-panel]", "aria-expanded"), "true");

  await page.click(".other-data summary");
  await page.fill("#data-url", server.url("fx/multi.json"));
  await page.click(".load-data button[type=submit]");
  await page.waitForFunction(() => document.querySelectorAll(".legend-item").length > 1);
  await waitForState(page);
  assert.equal(await page.locator("#embed-panel").count(), 0, "another dataset's share bar starts closed");
  assert.equal(await page.getAttribute("button[aria-controls=embed-panel]", "aria-expanded"), "false");
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test("an address the reader is typing stays when the language changes", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en"));
  await waitForState(page);
  await page.click(".other-data summary");
  await page.fill("#data-url", "https://example.org/other-city.json");
  await page.click("button[lang=id]");
  await page.waitForFunction(() => document.documentElement.lang === "id");
  assert.equal(await page.inputValue("#data-url"), "https://example.org/other-city.json");
  assert.equal(await page.locator("details.other-data[open]").count(), 1);
  await page.close();
});

test("the legend button, year and tab the reader uses change in place, so they keep the focus and only their state changes", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en&data=/fx/multi.json"));
  await waitForState(page);
  const mark = (selector) => page.locator(selector).first().evaluate((e) => { e.dataset.mark = "kept"; });
  const marked = (selector) => page.locator(selector).first().getAttribute("data-mark");

  await mark(".legend-item");
  await page.locator(".legend-item").first().click();
  await page.waitForFunction(() => document.querySelector(".legend-item").getAttribute("aria-pressed") === "false");
  assert.equal(await marked(".legend-item"), "kept", "the legend button");
  assert.equal(await page.evaluate(() => document.activeElement.dataset.mark), "kept", "and it has the focus");
  assert.match(await page.getAttribute(".legend-item", "class"), /\boff\b/);

  await mark("#range-to");
  const years = await page.$$eval("#range-to option", (os) => os.map((o) => o.value));
  await page.selectOption("#range-to", years[years.length - 2]);
  await page.waitForFunction((y) => new URL(location.href).searchParams.get("to") === y, years[years.length - 2]);
  assert.equal(await marked("#range-to"), "kept", "the year select");
  assert.equal(await page.inputValue("#range-to"), years[years.length - 2]);

  await mark("button[data-view=coverage]");
  await page.click("button[data-view=coverage]");
  await waitForState(page);
  assert.equal(await marked("button[data-view=coverage]"), "kept", "the tab");
  assert.equal(await page.getAttribute("button[data-view=coverage]", "aria-current"), "page");
  assert.equal(await page.getAttribute("button[data-view=trend]", "aria-current"), null);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.view), "coverage");
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test("the trend's controls speak the language chosen, also when the series' labels are the same in both", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en&data=/fx/plain-label.json"));
  await waitForState(page);
  const english = [await page.textContent(".range legend"), await page.textContent("label[for=range-from]")];
  await page.click("button[lang=id]");
  await page.waitForFunction(() => document.documentElement.lang === "id");
  await waitForState(page);
  const indonesian = [await page.textContent(".range legend"), await page.textContent("label[for=range-from]")];
  assert.notDeepEqual(indonesian, english);
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test("the theme changes in place when no dataset is shown", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en&data=/fx/nowhere.json"));
  assert.equal(await waitForState(page, ["ready", "error"]), "error");
  await page.locator("#theme").evaluate((e) => { e.dataset.mark = "kept"; });
  await page.selectOption("#theme", "dark");
  await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
  assert.equal(await page.getAttribute("#theme", "data-mark"), "kept");
  assert.equal(await page.locator("#theme option[selected]").getAttribute("value"), "dark");
  await page.close();
});

test("the kecamatan choice changes in place, and the cards and key follow it", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en&view=coverage"));
  await waitForState(page);
  const allCards = await page.locator(".groups .group-card").count();
  await page.locator("#group-filter").evaluate((e) => { e.dataset.mark = "kept"; });
  const kecamatan = await page.$$eval("#group-filter option", (os) => os.map((o) => o.value).filter(Boolean));
  await page.focus("#group-filter");
  await page.selectOption("#group-filter", kecamatan[0]);
  await page.waitForFunction(() => new URL(location.href).searchParams.has("group"));
  await waitForState(page);
  assert.equal(await page.getAttribute("#group-filter", "data-mark"), "kept", "the same select");
  assert.equal(await page.evaluate(() => document.activeElement.id), "group-filter");
  assert.ok(allCards > 1);
  assert.equal(await page.locator(".groups .group-card").count(), 1, "one kecamatan's card");
  assert.equal(await page.locator("#group-filter option[selected]").getAttribute("value"), kecamatan[0]);
  assert.equal(await page.locator(".status-key").count(), 1);
  assert.deepEqual(page.problems(), []);
  await page.close();
});
