// The four views as a journalist uses them: hover, keyboard, legend,
// coverage headline, map, and every view on a phone.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openPage, waitForState, EMBED_PAGE } from "./lib.mjs";
import { multiSeries, squareBoundaries, withBoundaries, twoPrograms, json } from "./fixtures.mjs";

let server, context;

before(async () => {
  server = await serve({
    routes: {
      "/fx/multi.json": json(multiSeries()),
      "/fx/programs.json": json(twoPrograms()),
      "/fx/squares.json": json(withBoundaries("squares.geojson")),
      "/fx/squares.geojson": json(squareBoundaries()),
      "/fx/missing-geo.json": json(withBoundaries("nope.geojson")),
      "/fx/id-only.json": json(indonesianOnly()),
    },
  });
  context = await launch();
});
after(async () => {
  await context?.close();
  await server?.close();
});

const tooltip = (page) => page.locator("[role=tooltip]");
const tooltipText = async (page) => ((await tooltip(page).isVisible()) ? await tooltip(page).textContent() : "");

/** Moves the mouse along a row of the canvas until the tooltip mentions `needle`. */
async function hoverUntil(page, needle, rowFraction = 0.75) {
  await page.locator("canvas[role=img]").scrollIntoViewIfNeeded();
  const box = await page.locator("canvas[role=img]").boundingBox();
  for (let x = 2; x < box.width; x += 6) {
    await page.mouse.move(box.x + x, box.y + box.height * rowFraction);
    const text = await tooltipText(page);
    if (text.includes(needle)) return text;
  }
  return null;
}

test("hovering the 2016 point of the default trend shows 150", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en"));
  await waitForState(page);
  const text = await hoverUntil(page, "2016");
  assert.ok(text, "a tooltip for 2016 appeared");
  assert.match(text, /Cases reported to P2TP2A/);
  assert.match(text, /2016: 150 cases/);
  assert.match(text, /\+100% from 2015/);
  await page.mouse.move(1, 1);
  await page.waitForFunction(() => document.querySelector("[role=tooltip]").hidden);
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test("a pointer moving within one bar moves its tooltip without making it again", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en"));
  await waitForState(page);
  assert.ok(await hoverUntil(page, "2016", 0.9), "a tooltip for 2016 appeared");
  const box = await page.locator("canvas[role=img]").boundingBox();
  const before = await page.evaluate(() => {
    const tip = document.querySelector("[role=tooltip]");
    tip.querySelector("strong").dataset.seen = "yes";
    return { top: parseFloat(tip.style.top), left: parseFloat(tip.style.left) };
  });
  // Up the same bar.
  await page.mouse.move(before.left + 2, box.y + box.height * 0.8);
  await page.mouse.move(before.left + 4, box.y + box.height * 0.7);
  const after = await page.evaluate(() => {
    const tip = document.querySelector("[role=tooltip]");
    return { top: parseFloat(tip.style.top), kept: tip.querySelector("strong")?.dataset.seen, text: tip.textContent, hidden: tip.hidden };
  });
  assert.equal(after.hidden, false);
  assert.match(after.text, /2016: 150 cases/);
  assert.equal(after.kept, "yes", "the same tooltip, only moved");
  assert.ok(after.top < before.top, `it follows the pointer up: ${before.top} -> ${after.top}`);
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test("keyboard: Tab reaches the chart, arrows move, Escape hides", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en"));
  await waitForState(page);
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.getAttribute("role") === "img")) break;
  }
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), "CANVAS");
  await tooltip(page).waitFor({ state: "visible" });
  assert.match(await tooltipText(page), /2015: 75 cases/);
  await page.keyboard.press("ArrowRight");
  assert.match(await tooltipText(page), /2016: 150 cases/);
  await page.keyboard.press("End");
  assert.match(await tooltipText(page), /Child-Friendly City award \(Madya\)/, "the event marker is the last stop");
  assert.match(await tooltipText(page), /23 July 2018/);
  await page.keyboard.press("ArrowLeft");
  assert.match(await tooltipText(page), /2017: 87 cases/);
  assert.equal(await page.getAttribute("canvas[role=img]", "aria-describedby"), "pantau-tooltip");
  await page.keyboard.press("Escape");
  await tooltip(page).waitFor({ state: "hidden" });
  // With no point chosen, the chart is described by how to choose one.
  await page.waitForFunction(() => document.querySelector("canvas[role=img]").getAttribute("aria-describedby") === "pantau-chart-keys");
  assert.match(await page.textContent("#pantau-chart-keys"), /arrow keys/);
  await page.close();
});

test("Indonesian numbers and words in the tooltip", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=id"));
  await waitForState(page);
  const text = await hoverUntil(page, "2016");
  assert.match(text, /2016: 150 kasus/);
  assert.match(text, /\+100% dari 2015/);
  await page.close();
});

test("toggling a series in the legend changes the chart's summary and the URL", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en&data=/fx/multi.json"));
  await waitForState(page);
  const canvas = page.locator("canvas[role=img]");
  const before = await canvas.getAttribute("aria-label");
  assert.match(before, /Child victims/);
  assert.match(before, /Not reported: 2016/, "the null is a gap, said in words");
  const button = page.getByRole("button", { name: "Child victims" });
  assert.equal(await button.getAttribute("aria-pressed"), "true");
  await button.click();
  await page.waitForFunction((b) => document.querySelector("canvas[role=img]").getAttribute("aria-label") !== b, before);
  const after = await canvas.getAttribute("aria-label");
  assert.doesNotMatch(after, /Child victims/);
  assert.match(after, /Women victims/);
  assert.equal(await button.getAttribute("aria-pressed"), "false");
  assert.match(page.url(), /series=kasus-p2tp2a%2Cperempuan|series=kasus-p2tp2a,perempuan/);
  await button.click();
  await page.waitForFunction(() => /Child victims/.test(document.querySelector("canvas[role=img]").getAttribute("aria-label")));
  assert.doesNotMatch(page.url(), /series=/);
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test("the year range narrows the trend", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en"));
  await waitForState(page);
  await page.selectOption("#range-from", "2016");
  await page.waitForFunction(() => !/75/.test(document.querySelector("canvas[role=img]").getAttribute("aria-label")));
  assert.match(await page.getAttribute("canvas[role=img]", "aria-label"), /fell from 150 in 2016 to 87 in 2017/);
  assert.match(page.url(), /from=2016/);
  await page.close();
});

test("the year selects always show the years drawn", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en"));
  await waitForState(page);
  await page.selectOption("#range-to", "2015");
  await page.waitForFunction(() => /2015/.test(document.querySelector("canvas[role=img]").getAttribute("aria-label")) && !/150/.test(document.querySelector("canvas[role=img]").getAttribute("aria-label")));
  await page.selectOption("#range-from", "2017");
  await page.waitForFunction(() => document.querySelector("#range-to").value === "2017");
  assert.equal(await page.inputValue("#range-from"), "2017");
  assert.equal(await page.inputValue("#range-to"), "2017");
  const label = await page.getAttribute("canvas[role=img]", "aria-label");
  assert.match(label, /87 in 2017/);
  assert.doesNotMatch(label, /75/);
  assert.match(page.url(), /from=2017&to=2017/);
  await page.close();
});

test("the year selects keep keyboard focus while the arrows change the range", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en"));
  await waitForState(page);
  await page.focus("#range-from");
  for (const year of ["2016", "2017"]) {
    await page.keyboard.press("ArrowDown");
    await page.waitForFunction((y) => new URL(location.href).searchParams.get("from") === y, year);
    assert.equal(await page.evaluate(() => document.activeElement?.id), "range-from", `focus kept at ${year}`);
    assert.equal(await page.inputValue("#range-from"), year);
  }
  await page.focus("#range-to");
  await page.keyboard.press("ArrowUp");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("to") === "2017");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "range-to");
  await page.close();
});

test("hiding every series says so on screen; language buttons are named in full", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en&data=/fx/multi.json&series="));
  await waitForState(page);
  assert.match(await page.textContent(".view.trend .empty"), /No series is shown/);
  assert.deepEqual(await page.locator(".langs button").evaluateAll((bs) => bs.map((b) => b.getAttribute("aria-label"))), ["ID, Bahasa Indonesia", "EN, English"]);
  await page.click(".legend-item >> nth=0");
  await page.waitForFunction(() => !document.querySelector(".view.trend .empty"));
  await page.close();
});

test("in high-contrast mode the chosen language and view keep a visible mark", async () => {
  const page = await openPage(context);
  await page.emulateMedia({ forcedColors: "active" });
  await page.goto(server.url("?lang=en"));
  await waitForState(page);
  const outline = (sel) => page.$eval(sel, (e) => getComputedStyle(e).outlineStyle);
  assert.equal(await outline(".chip.active"), "solid");
  assert.equal(await outline(".tab.active"), "solid");
  assert.equal(await outline(".chip:not(.active)"), "none");
  await page.close();
});

test("the tooltip stays whole inside a 320 px screen", async () => {
  for (const query of ["?lang=en", "?lang=en&view=map", `${EMBED_PAGE}?lang=en&view=coverage`]) {
    const page = await openPage(context, { viewport: { width: 320, height: 700 } });
    await page.goto(server.url(query));
    await waitForState(page);
    await page.locator("canvas[role=img]").focus();
    for (const key of ["Home", "End", "ArrowLeft", "ArrowUp"]) {
      await page.keyboard.press(key);
      await tooltip(page).waitFor({ state: "visible" });
      const box = await tooltip(page).boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= 320, `${query} ${key}: ${JSON.stringify(box)}`);
      assert.ok(box.width >= 120 || (await tooltipText(page)).length < 20, `${query} ${key}: squeezed to ${box.width}px`);
    }
    await page.close();
  }
});

test("a scroll keeps a keyboard tooltip on its point and hides a hover tooltip", async () => {
  const page = await openPage(context, { viewport: { width: 320, height: 500 } });
  await page.goto(server.url("?lang=en"));
  await waitForState(page);
  await page.locator("canvas[role=img]").focus();
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowLeft");
  await tooltip(page).waitFor({ state: "visible" });
  const before = await tooltip(page).boundingBox();
  await page.evaluate(() => window.scrollBy(0, 40));
  await page.waitForFunction((top) => {
    const tip = document.querySelector("[role=tooltip]");
    return !tip.hidden && Math.abs(tip.getBoundingClientRect().top - (top - 40)) <= 2;
  }, before.y);
  assert.match(await tooltipText(page), /2017/);

  await page.locator("canvas[role=img]").blur();
  assert.ok(await hoverUntil(page, "2016", 0.5), "hovering shows a tooltip");
  await page.evaluate(() => window.scrollBy(0, -20));
  await tooltip(page).waitFor({ state: "hidden" });
  await page.close();
});

test("with two programs, coverage and map show the one chosen, and the link keeps it", async () => {
  const page = await openPage(context);
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto(server.url("?lang=en&view=coverage&data=/fx/programs.json"));
  await waitForState(page);
  assert.match(await page.textContent("#view-heading"), /5 of 18 kelurahan have a PATBM team/);
  assert.deepEqual(await page.locator("#program-filter option").allTextContents(), ["PATBM team", "Service centre"]);
  await page.selectOption("#program-filter", "pusat");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("program") === "pusat");
  await waitForState(page);
  assert.match(await page.textContent("#view-heading"), /2 of 18 kelurahan have a Service centre/);
  assert.equal(await page.locator(".area.formed").count(), 2);
  await page.click("button[data-view=map]");
  await waitForState(page);
  assert.match(await page.textContent("#view-heading"), /Service centre/);
  assert.match(await page.textContent(".status-key"), /formed: 2/);
  await page.reload();
  await waitForState(page);
  assert.equal(await page.inputValue("#program-filter"), "pusat");
  await page.selectOption("#program-filter", "patbm");
  await page.waitForFunction(() => !location.search.includes("program="));
  await page.goto(server.url("?lang=en&view=coverage&data=/fx/programs.json&program=nowhere"));
  await waitForState(page);
  assert.match(await page.textContent("#view-heading"), /PATBM/);
  assert.ok(warnings.some((w) => /program="nowhere"/.test(w)), warnings.join("\n"));
  assert.equal(await page.locator("#program-filter").count(), 1);
  await page.goto(server.url("?lang=en&view=coverage"));
  await waitForState(page);
  assert.equal(await page.locator("#program-filter").count(), 0, "one program: nothing to choose");
  await page.close();
});

test("the coverage view says 5 of 18 formed and 9 of 18 with the planned", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en&view=coverage"));
  await waitForState(page);
  const headline = await page.textContent("#view-heading");
  assert.match(headline, /5 of 18 kelurahan have a PATBM team \(28\s?%\)/);
  assert.match(headline, /with the 4 planned for 2018, 9 of 18 \(50\s?%\)/);
  assert.equal(await page.locator(".area.formed").count(), 5);
  assert.equal(await page.locator(".area.planned").count(), 4);
  assert.equal(await page.locator(".area.none").count(), 9);
  assert.match(await page.textContent(".area.formed >> nth=0"), /formed 2017/);
  // The step chart's table lists the years the chart draws, from zero.
  const years = await page.locator(".view.coverage details.numbers table >> nth=-1").locator("tbody th").allTextContents();
  assert.deepEqual(years.map((y) => y.trim()), ["2016", "2017", "2018"]);
  const text = await hoverUntil(page, "2018", 0.5);
  assert.match(text, /formed: 5 of 18/);
  assert.match(text, /with planned: 9 of 18/);
  await page.selectOption("#group-filter", "Bukit Bestari");
  await page.waitForFunction(() => /Bukit Bestari: 2 of 5/.test(document.querySelector("#view-heading").textContent));
  assert.equal(await page.locator(".group-card").count(), 1);
  assert.match(page.url(), /group=Bukit\+Bestari|group=Bukit%20Bestari/);
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test("the map draws a dot map from centroids", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en&view=map"));
  await waitForState(page);
  const label = await page.getAttribute("canvas[role=img]", "aria-label");
  assert.match(label, /Map of 18 kelurahan by PATBM team status\. Formed in 5: .*Sei Jang/);
  const nonBlank = await page.$eval("canvas[role=img]", (c) => {
    const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) n++;
    return n;
  });
  assert.ok(nonBlank > 500, `${nonBlank} pixels drawn`);
  await page.close();
});

test("the map draws boundaries, and unmatched features are warnings, not failures", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en&view=map&data=/fx/squares.json"));
  assert.equal(await waitForState(page, ["ready", "error"]), "ready");
  assert.match(await page.textContent(".map-warnings"), /boundary feature "id9999999999" matches no area/);
  await page.locator("canvas[role=img]").scrollIntoViewIfNeeded();
  const box = await page.locator("canvas[role=img]").boundingBox();
  let found = null;
  for (let y = 10; y < box.height && !found; y += 8) {
    for (let x = 10; x < box.width && !found; x += 8) {
      await page.mouse.move(box.x + x, box.y + y);
      const text = await tooltipText(page);
      if (text.includes("Kelurahan")) found = text;
    }
  }
  assert.ok(found, "some area answers the pointer");
  assert.match(found, /Kecamatan/);
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test("the default map draws the 18 kelurahan as polygons coloured by status, credited, at three widths in both themes", async () => {
  for (const width of [360, 768, 1200]) for (const scheme of ["light", "dark"]) {
    const page = await openPage(context, { viewport: { width, height: 900 } });
    await page.emulateMedia({ colorScheme: scheme });
    const geo = [];
    page.on("request", (r) => { if (r.url().endsWith(".geojson")) geo.push(r.url()); });
    await page.goto(server.url("?lang=en&view=map"));
    assert.equal(await waitForState(page, ["ready", "error"]), "ready");
    await page.waitForFunction(() => !document.querySelector(".map-warnings"));
    assert.equal(geo.length, 1, `${width} ${scheme}: ${geo}`);
    // The canvas, not the DOM: polygons fill much of the map, in the three
    // status colours; a dot map would leave it nearly all background.
    const paint = await page.locator("canvas[role=img]").evaluate((c) => {
      const { data } = c.getContext("2d").getImageData(0, 0, c.width, c.height);
      const bg = [data[0], data[1], data[2]];
      let painted = 0;
      const colours = new Map();
      for (let i = 0; i < data.length; i += 16) {
        const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
        if (Math.abs(r - bg[0]) + Math.abs(g - bg[1]) + Math.abs(b - bg[2]) < 24) continue;
        painted += 1;
        const key = `${r >> 4},${g >> 4},${b >> 4}`;
        colours.set(key, (colours.get(key) || 0) + 1);
      }
      const big = [...colours.values()].filter((n) => n > (data.length / 16) * 0.005).length;
      return { share: painted / (data.length / 16), big };
    });
    assert.ok(paint.share > 0.15, `${width} ${scheme}: only ${paint.share} of the map painted`);
    assert.ok(paint.big >= 3, `${width} ${scheme}: ${paint.big} large colour areas`);
    assert.match(await page.textContent("footer.credits"), /Boundaries: BPS \/ OCHA, via HDX \(licence CC-BY-IGO-3\.0\)/);
    assert.deepEqual(page.problems(), [], `${width} ${scheme}`);
    await page.close();
  }
});

test("the trend view never downloads the boundaries; the map does when first shown", async () => {
  const page = await openPage(context);
  const geo = [];
  page.on("request", (r) => { if (r.url().endsWith(".geojson")) geo.push(r.url()); });
  await page.goto(server.url("?lang=en"));
  await waitForState(page);
  await page.waitForLoadState("networkidle");
  assert.deepEqual(geo, []);
  await page.locator("nav.tabs button", { hasText: "Map" }).click();
  await page.waitForFunction(() => document.querySelector("canvas[role=img]") && !document.querySelector(".map-warnings"));
  await page.waitForLoadState("networkidle");
  assert.equal(geo.length, 1, geo.join(" "));
  await page.close();
});

test("boundaries that fail to load leave a dot map and a note", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en&view=map&data=/fx/missing-geo.json"));
  assert.equal(await waitForState(page, ["ready", "error"]), "ready");
  assert.match(await page.textContent(".map-warnings"), /HTTP 404/);
  assert.equal(await page.locator("canvas[role=img]").count(), 1);
  await page.close();
});

test("every view is ready from 320 to 1200 px and at devicePixelRatio 1, 2 and 3 without horizontal scrolling", async () => {
  const sizes = [[360, 2], [320, 3], [1200, 1]];
  for (const view of ["trend", "coverage", "map", "table"]) for (const [width, dpr] of sizes) {
    const page = await openPage(context, { viewport: { width, height: 740 } });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setDeviceMetricsOverride", { width, height: 740, deviceScaleFactor: dpr, mobile: width < 600 });
    await page.goto(server.url(`?view=${view}&data=/fx/multi.json`));
    assert.equal(await waitForState(page, ["ready", "error"]), "ready", view);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${view} at ${width}px scrolls sideways by ${overflow}px`);
    const canvases = await page.$$eval("canvas", (cs) => cs.map((c) => [c.width, c.getBoundingClientRect().width]));
    for (const [backing, css] of canvases) assert.equal(backing, Math.round(css * dpr), `${view} at ${width}px`);
    assert.deepEqual(page.problems(), [], view);
    await page.close();
  }
});

test("a tap on a bar shows the tooltip and a tap elsewhere dismisses it", async () => {
  const page = await openPage(context, { viewport: { width: 400, height: 800 } });
  await page.goto(server.url("?lang=en"));
  await waitForState(page);
  const box = await page.locator("canvas[role=img]").boundingBox();
  let shown = null;
  for (let x = 4; x < box.width && !shown; x += 6) {
    await page.mouse.click(box.x + x, box.y + box.height * 0.8);
    const text = await tooltipText(page);
    if (/2017/.test(text)) shown = text;
  }
  assert.match(shown, /2017: 87 cases/);
  await page.mouse.click(5, 5);
  await tooltip(page).waitFor({ state: "hidden" });
  await page.close();
});

/** A dataset whose title and second series are given in Indonesian only. */
function indonesianOnly() {
  const ds = multiSeries();
  ds.title = { id: "Judul hanya dalam bahasa Indonesia" };
  ds.series[1].label = { id: "Korban anak" };
  return ds;
}

test("text the page's language lacks is shown in Indonesian and marked so (lang=id)", async () => {
  for (const start of ["", `${EMBED_PAGE}`]) {
    const page = await openPage(context);
    await page.goto(server.url(`${start}?lang=en&data=fx/id-only.json`));
    assert.equal(await waitForState(page, ["ready", "error"]), "ready");
    assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
    assert.equal(await page.locator("h1").getAttribute("lang"), "id", `${start}: the title`);
    assert.equal(await page.locator("h1").innerText(), "Judul hanya dalam bahasa Indonesia");
    if (!start) {
      assert.equal(await page.locator(".legend-item span[lang=id]").innerText(), "Korban anak");
      assert.equal(await page.locator(".legend-item span[lang]").count(), 1, "labels in English stay unmarked");
    }
    assert.deepEqual(page.problems(), []);
    await page.close();
  }
});

test("loading another dataset is a new entry in the tab's history: Back returns to the dataset before", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en"));
  await waitForState(page);
  const shown = () => page.evaluate(() => ({
    data: new URL(location.href).searchParams.get("data"),
    lang: document.documentElement.lang,
    state: document.body.dataset.state,
    multi: document.body.textContent.includes("Child victims"),
  }));
  await page.click(".other-data summary");
  await page.fill("#data-url", "fx/multi.json");
  await page.click(".load-data button");
  await page.waitForFunction(() => document.body.dataset.state === "ready" && document.body.textContent.includes("Child victims"));
  assert.deepEqual(await shown(), { data: "fx/multi.json", lang: "en", state: "ready", multi: true });
  await page.goBack();
  await page.waitForFunction(() => document.body.dataset.state === "ready" && !document.body.textContent.includes("Child victims"));
  assert.deepEqual(await shown(), { data: null, lang: "en", state: "ready", multi: false });
  assert.match(await page.getAttribute("canvas[role=img]", "aria-label"), /75.*150.*87/);
  await page.goForward();
  await page.waitForFunction(() => document.body.dataset.state === "ready" && document.body.textContent.includes("Child victims"));
  assert.deepEqual(await shown(), { data: "fx/multi.json", lang: "en", state: "ready", multi: true });
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test("after Back the address keeps the language and theme shown, even where the entry differs in nothing else", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en"));
  await waitForState(page);
  for (const view of ["map", "trend"]) {
    await page.click(`nav.tabs button[data-view=${view}]`);
    await waitForState(page);
  }
  await page.click("button[lang=id]");
  await page.selectOption("#theme", "dark");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("theme") === "dark");
  // Two entries back: the same view as now, in English and the system theme.
  await page.evaluate(() => history.go(-2));
  await page.waitForFunction(() => !new URL(location.href).searchParams.has("view") && history.length > 0);
  await page.waitForTimeout(200);
  const address = new URL(page.url()).searchParams;
  assert.deepEqual([address.get("lang"), address.get("theme")], ["id", "dark"], page.url());
  assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.theme]), ["id", "dark"]);
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test("switching views adds to the tab's history: Back returns to the view before, Forward comes back", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en"));
  await waitForState(page);
  const current = () => page.locator("nav.tabs button[aria-current=page]").textContent();
  for (const name of ["Map", "Coverage"]) {
    await page.locator("nav.tabs button", { hasText: name }).click();
    await waitForState(page);
  }
  assert.match(page.url(), /view=coverage/);
  await page.goBack();
  await page.waitForFunction(() => document.querySelector(".view.map"));
  assert.equal(await current(), "Map");
  assert.match(page.url(), /view=map/);
  await page.goBack();
  await page.waitForFunction(() => document.querySelector(".view.trend"));
  assert.equal(await current(), "Trend");
  await page.goForward();
  await page.waitForFunction(() => document.querySelector(".view.map"));
  assert.equal(await current(), "Map");
  // A filter is no new entry: Back still goes to the view before.
  await page.selectOption(".view.map select >> nth=-1", { index: 1 });
  await page.goBack();
  await page.waitForFunction(() => document.querySelector(".view.trend"));
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test("the numbers and the citation the reader opened stay open when a series is hidden or the language changes", async () => {
  const page = await openPage(context);
  await page.goto(server.url("?lang=en&data=/fx/multi.json"));
  await waitForState(page);
  await page.click("details.numbers > summary");
  await page.click("details.cite > summary");
  const numbers = () => page.textContent("details.numbers table");
  const opened = () => page.$$eval("details.numbers, details.cite", (ds) => ds.map((d) => d.open));
  const before = await numbers();
  await page.click(".legend-item >> nth=0");
  await page.waitForFunction(() => new URL(location.href).searchParams.has("series"));
  assert.notEqual(await numbers(), before, "the table shows the series left");
  assert.deepEqual(await opened(), [true, true]);
  await page.click(".langs button[lang=id]");
  await page.waitForFunction(() => document.documentElement.lang === "id");
  assert.equal(await page.textContent("details.numbers > summary"), "Tampilkan angka dalam tabel");
  assert.deepEqual(await opened(), [true, true]);
  await page.close();
});

test("keyboard focus stays on a download button when the colour scheme changes under it", async () => {
  const page = await openPage(context);
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(server.url("?lang=en&view=coverage"));
  await waitForState(page);
  await page.focus("[data-export=png]");
  const bar = await page.$("[data-export=png]");
  await page.emulateMedia({ colorScheme: "dark" });
  // The bar is made again for the new colours (its images use them).
  await page.waitForFunction((old) => !old.isConnected, bar);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.export), "png");
  await page.close();
});
