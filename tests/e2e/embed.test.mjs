// Embedding and sharing: every URL parameter and its round trip, the
// embed protocol with a host page, languages, themes, downloads, the
// strict CSP, a sub-path host and the print fallback.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { join } from "node:path";
import { serve, launch, openPage, waitForState, STRICT_CSP, DIST, EMBED_PAGE, appFiles } from "./lib.mjs";
import { multiSeries, defaultDataset, json } from "./fixtures.mjs";

let server, context;

function bigNumbers() {
  const ds = defaultDataset();
  ds.id = "test-big";
  ds.series[0].points = [{ year: 2015, value: 1234 }, { year: 2016, value: 56789.5 }, { year: 2017, value: 87 }];
  ds.notes = ["TEST FIXTURE: invented numbers."];
  return ds;
}

before(async () => {
  server = await serve({ routes: { "/fx/multi.json": json(multiSeries()), "/fx/big.json": json(bigNumbers()) } });
  context = await launch();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
});
after(async () => {
  await context?.close();
  await server?.close();
});

const params = (page) => Object.fromEntries(new URL(page.url()).searchParams);

async function ready(query, options) {
  const page = await openPage(context, options);
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  page.warnings = warnings;
  await page.goto(server.url(query));
  assert.equal(await waitForState(page, ["ready", "error"]), "ready", query);
  return page;
}

test("view, lang and theme round-trip between the UI and the URL", async () => {
  const page = await ready("?view=table&lang=en&theme=dark");
  assert.equal(await page.locator(".view.tables").count(), 1);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal(await page.getAttribute("html", "data-theme"), "dark");
  await page.click("button[data-view=trend]");
  await page.waitForFunction(() => !location.search.includes("view="));
  assert.deepEqual(params(page), { lang: "en", theme: "dark" });
  await page.click("button[lang=id]");
  await page.waitForFunction(() => document.documentElement.lang === "id");
  assert.equal(params(page).lang, "id");
  await page.selectOption("#theme", "light");
  await page.waitForFunction(() => document.documentElement.dataset.theme === "light");
  assert.equal(params(page).theme, "light");
  await page.selectOption("#theme", "auto");
  await page.waitForFunction(() => !location.search.includes("theme="));
  // A copied link reopens the same view.
  const link = page.url();
  const again = await ready(link.replace(server.url(""), ""));
  assert.equal(await again.getAttribute("html", "lang"), "id");
  await again.close();
  await page.close();
});

test("data, series, from, to and group are read and kept", async () => {
  const page = await ready("?data=/fx/multi.json&series=perempuan&from=2016&to=2017&lang=en");
  assert.equal(await page.getByRole("button", { name: "Women victims" }).getAttribute("aria-pressed"), "true");
  assert.equal(await page.getByRole("button", { name: "Child victims" }).getAttribute("aria-pressed"), "false");
  const label = await page.getAttribute("canvas[role=img]", "aria-label");
  assert.match(label, /Women victims fell from 61 in 2016 to 35 in 2017/);
  assert.doesNotMatch(label, /Cases reported/);
  assert.deepEqual(params(page), { data: "/fx/multi.json", series: "perempuan", from: "2016", to: "2017", lang: "en" });
  await page.close();
  const coverage = await ready("?view=coverage&group=Tanjungpinang+Kota&lang=en");
  assert.equal(await coverage.locator(".group-card").count(), 1);
  assert.match(await coverage.textContent("#view-heading"), /Tanjungpinang Kota: 1 of 4/);
  await coverage.close();
});

test("invalid parameter values are ignored with a console warning", async () => {
  const page = await ready("?view=pie&lang=xx&from=abc&theme=neon&accent=red&embed=maybe&series=nope");
  assert.equal(await page.locator(".view.trend").count(), 1);
  const text = page.warnings.join("\n");
  for (const name of ["view", "lang", "from", "theme", "accent", "embed", "series"]) {
    assert.match(text, new RegExp(`ignoring URL parameter ${name}=`), name);
  }
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test("the accent colours the chrome and the first series", async () => {
  const page = await ready("?accent=aa0000&theme=light");
  const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--accent").trim());
  assert.equal(accent, "#aa0000");
  assert.equal(params(page).accent, "aa0000");
  const bar = await page.$eval("canvas[role=img]", (c) => {
    const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
    for (let i = 0; i < d.length; i += 4) if (d[i] === 0xaa && d[i + 1] === 0 && d[i + 2] === 0) return true;
    return false;
  });
  assert.ok(bar, "bars are drawn in the accent");
  await page.close();
});

test("the dark theme darkens the page and the chart", async () => {
  const page = await ready("?theme=dark");
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, "rgb(21, 24, 29)");
  const corner = await page.$eval("canvas[role=img]", (c) => Array.from(c.getContext("2d").getImageData(1, 1, 1, 1).data.slice(0, 3)));
  assert.deepEqual(corner, [21, 24, 29]);
  await page.close();
  const dark = await openPage(context);
  await dark.emulateMedia({ colorScheme: "dark" });
  await dark.goto(server.url());
  await waitForState(dark);
  assert.equal(await dark.getAttribute("html", "data-theme"), "dark", "auto follows prefers-color-scheme");
  await dark.emulateMedia({ colorScheme: "light" });
  await dark.waitForFunction(() => document.documentElement.dataset.theme === "light");
  await dark.close();
});

test("numbers follow the language: 1,234 in English and 1.234 in Indonesian", async () => {
  for (const [lang, thousand, decimal] of [["en", "1,234", "56,789.5"], ["id", "1.234", "56.789,5"]]) {
    const page = await ready(`?data=/fx/big.json&view=table&lang=${lang}`);
    const table = await page.textContent(".data-table");
    assert.ok(table.includes(thousand), `${lang}: ${table}`);
    assert.ok(table.includes(decimal), `${lang}: ${table}`);
    await page.close();
  }
});

// Embeds load the embed build's page; links pasted before it existed
// (`index.html?embed=1`) keep working, and get the same embed.
const EMBEDS = [`${EMBED_PAGE}?`, "?embed=1&"];
const embedded = (query) => `${EMBED_PAGE}?${query}`;

test("an embed, from the embed page or index.html?embed=1, is compact and links to the full view", async () => {
  for (const start of EMBEDS) {
    const page = await ready(`${start}frame=f1&lang=en&view=coverage`);
    assert.equal(await page.locator(".tabs").count(), 0);
    assert.equal(await page.locator(".toolbar").count(), 0);
    assert.equal(await page.locator("h1").count(), 1);
    assert.equal(await page.locator("canvas[role=img]").count(), 1);
    assert.match(await page.textContent(".source-line"), /Humas Pemko Tanjungpinang/);
    const href = await page.getAttribute(".full-view a", "href");
    const full = new URL(href);
    assert.equal(full.pathname, "/", `${start}: the full app, at the site's root`);
    assert.equal(full.searchParams.get("embed"), null);
    assert.equal(full.searchParams.get("frame"), null);
    assert.equal(full.searchParams.get("view"), "coverage");
    const data = await page.getAttribute(".full-view a:nth-of-type(2)", "href");
    assert.equal(new URL(data).pathname, "/data/tanjungpinang.json", "a link to the data");
    await theNumbersAreOneClickAway(page, /Senggarang/);
    assert.deepEqual(page.problems(), []);
    await page.close();
  }
  for (const start of EMBEDS) {
    for (const [view, number] of [["trend", /2016\s*150/], ["map", /Senggarang/]]) {
      const page = await ready(`${start}lang=en&view=${view}`);
      await theNumbersAreOneClickAway(page, number);
      await page.close();
    }
  }
});

/** The page contract: the chart's numbers in a real table, one click away. */
async function theNumbersAreOneClickAway(page, number) {
  assert.equal(await page.locator("details.numbers").count(), 1);
  assert.equal(await page.locator("details.numbers table").first().isVisible(), false, "folded at first");
  await page.click("details.numbers summary");
  assert.ok(await page.locator("details.numbers table").first().isVisible());
  assert.match(await page.locator("details.numbers").innerText(), number);
}

test("the embed page loads the embed build, not the full app's code", async () => {
  const page = await openPage(context);
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(server.url(embedded("lang=en")));
  assert.equal(await waitForState(page, ["ready", "error"]), "ready");
  const [full, embed] = [appFiles("index.html"), appFiles(`${EMBED_PAGE}index.html`)];
  assert.notEqual(full.wasm, embed.wasm);
  assert.equal(requests.filter((r) => r === `/${embed.wasm}`).length, 1, `downloaded once: ${requests.join("\n")}`);
  assert.ok(!requests.includes(`/${full.wasm}`), "the full app's wasm is not downloaded");
  // Its address stays the embed page's as its parameters are written back.
  assert.equal(new URL(page.url()).pathname, `/${EMBED_PAGE}`);
  await page.close();
});

test("the coverage embed names all 18 kelurahan with their status, by kecamatan, without the pickers", async () => {
  for (const width of [360, 640, 700]) {
    const page = await ready(embedded("lang=en&view=coverage"), { viewport: { width, height: 900 } });
    // No name breaks inside a word: a name takes at most a line per word.
    const broken = await page.$$eval(".groups .area .name", (names) => names.filter((n) => {
      const range = document.createRange();
      range.selectNodeContents(n);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      return lines > n.textContent.trim().split(/\s+/).length;
    }).map((n) => n.textContent));
    assert.deepEqual(broken, [], `${width}px: names broken mid-word`);
    const areas = await page.$$eval(".groups .area", (items) =>
      items.map((li) => ({ name: li.querySelector(".name").textContent, status: li.querySelector(".status").textContent })));
    assert.equal(areas.length, 18);
    assert.equal(new Set(areas.map((a) => a.name)).size, 18);
    assert.ok(areas.some((a) => a.name === "Senggarang" && /planned/i.test(a.status)), JSON.stringify(areas));
    assert.equal(await page.locator(".groups .group-card h3").count(), 4, "the four kecamatan");
    assert.equal(await page.locator("select").count(), 0, "no pickers in an embed");
    assert.deepEqual(page.problems(), []);
    await page.close();
  }
});

test("the host page's iframes take the heights their widgets post", async () => {
  const page = await openPage(context, { viewport: { width: 1100, height: 900 } });
  const messages = [];
  await page.exposeFunction("__record", (m) => messages.push(m));
  await page.addInitScript(() => window.addEventListener("message", (e) => window.__record(e.data)));
  await page.goto(server.url("demo.html"));
  for (const id of ["left", "right"]) {
    const frame = page.frame({ url: new RegExp(`frame=${id}`) }) || (await (await page.$(`#${id}`)).contentFrame());
    await frame.waitForFunction(() => document.body.dataset.state === "ready");
  }
  await page.waitForFunction(() => ["left", "right"].every((id) => parseFloat(document.getElementById(id).style.height) > 200));
  await page.waitForTimeout(300);
  for (const id of ["left", "right"]) {
    const frame = await (await page.$(`#${id}`)).contentFrame();
    const content = await frame.evaluate(() => Math.ceil(Math.max(document.body.scrollHeight, document.body.getBoundingClientRect().height)));
    const iframe = await page.$eval(`#${id}`, (f) => parseFloat(f.style.height));
    assert.ok(Math.abs(iframe - content) <= 2, `${id}: iframe ${iframe}px, content ${content}px`);
    // Nothing reaches below the reported height: the frame never scrolls
    // (a scrollbar would take 15 px of the column where scrollbars show).
    const overflow = await frame.evaluate(() => document.scrollingElement.scrollHeight - innerHeight);
    assert.ok(overflow <= 0, `${id}: the frame scrolls by ${overflow}px`);
    const mine = messages.filter((m) => m && m.type === "pantau:resize" && m.frame === id);
    assert.ok(mine.length >= 1, `${id} posted its height`);
    assert.equal(mine.at(-1).height, iframe);
  }
  assert.ok(messages.some((m) => m && m.sentinel === "amp" && m.type === "embed-size" && m.height > 0));
  assert.ok(messages.some((m) => m && m.context === "iframe.resize" && m.height > 0));
  // Heights are posted when they change, and only then.
  const before = messages.length;
  await page.waitForTimeout(500);
  assert.equal(messages.length, before);
  await page.close();
});

test("embed.js arriving after the widget has reported still sizes its iframe", async () => {
  for (const start of EMBEDS) {
    const page = await openPage(context, { viewport: { width: 900, height: 900 } });
    const host = `<!doctype html><title>host</title><p>Article text.</p>
      <iframe id="late" src="${server.url(`${start}frame=late&lang=en`)}" title="chart" width="100%" height="520" style="border:0;width:100%"></iframe>`;
    await page.route("**/host-late.html", (route) => route.fulfill({ contentType: "text/html", body: host }));
    await page.goto(server.url("host-late.html"));
    const frame = await (await page.$("#late")).contentFrame();
    await frame.waitForFunction(() => document.body.dataset.state === "ready");
    await page.waitForTimeout(300);
    assert.equal(await page.$eval("#late", (f) => f.style.height), "", "nothing resizes before embed.js");
    await page.addScriptTag({ url: server.url("embed.js") });
    await page.waitForFunction(() => parseFloat(document.getElementById("late").style.height) > 100);
    const content = await frame.evaluate(() => Math.ceil(Math.max(document.body.scrollHeight, document.body.getBoundingClientRect().height)));
    const iframe = await page.$eval("#late", (f) => parseFloat(f.style.height));
    assert.ok(Math.abs(iframe - content) <= 2, `${start}: iframe ${iframe}px, content ${content}px`);
    const overflow = await frame.evaluate(() => document.scrollingElement.scrollHeight - innerHeight);
    assert.ok(overflow <= 0, `${start}: the frame scrolls by ${overflow}px`);
    await page.close();
  }
});

/** A host page of `background`, for a reader whose system is
 * `colorScheme`, with a widget of `query` and embed.js. */
async function hostedWidget(background, colorScheme, query = "") {
  const page = await openPage(context, { viewport: { width: 900, height: 900 } });
  await page.emulateMedia({ colorScheme });
  const style = background ? ` style="background:${background}"` : "";
  const host = `<!doctype html><title>host</title><body${style}><main><p>Article text.</p>
    <iframe id="w" src="${server.url(embedded(`frame=w&lang=en${query}`))}" title="chart" width="100%" height="520" style="border:0;width:100%"></iframe>
    </main><script src="${server.url("embed.js")}"></script></body>`;
  await page.route("**/host-look.html", (route) => route.fulfill({ contentType: "text/html", body: host }));
  await page.goto(server.url("host-look.html"));
  const frame = await (await page.$("#w")).contentFrame();
  await frame.waitForFunction(() => document.body.dataset.state === "ready");
  return { page, frame };
}

// The colour the widget paints: its page, and the chart's own background
// (a canvas pixel in the top-left corner, which only the background covers).
async function widgetLook(frame) {
  return frame.evaluate(() => {
    const canvas = document.querySelector("canvas[role=img]");
    const [r, g, b] = canvas.getContext("2d").getImageData(1, 1, 1, 1).data;
    return {
      theme: document.documentElement.dataset.theme,
      page: getComputedStyle(document.body).backgroundColor,
      chart: `rgb(${r}, ${g}, ${b})`,
    };
  });
}

test("a host page with no declared scheme and a dark background gets a dark widget on that background", async () => {
  const { page, frame } = await hostedWidget("#202124", "light");
  await frame.waitForFunction(() => document.documentElement.dataset.theme === "dark");
  await page.waitForTimeout(200);
  assert.deepEqual(await widgetLook(frame), { theme: "dark", page: "rgb(32, 33, 36)", chart: "rgb(32, 33, 36)" });
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test("a light host keeps a widget light for a reader whose system is dark", async () => {
  const { page, frame } = await hostedWidget("#f4f1e8", "dark");
  await frame.waitForFunction(() => document.documentElement.dataset.theme === "light");
  await page.waitForTimeout(200);
  assert.deepEqual(await widgetLook(frame), { theme: "light", page: "rgb(244, 241, 232)", chart: "rgb(244, 241, 232)" });
  await page.close();
});

test("bg=transparent lets the host's background show through the widget and its chart", async () => {
  const { page, frame } = await hostedWidget("#fdf6e3", "light", "&bg=transparent");
  await page.waitForFunction(() => parseFloat(document.getElementById("w").style.height) > 100);
  await page.waitForTimeout(300);
  const inside = await frame.evaluate(() => {
    const canvas = document.querySelector("canvas[role=img]");
    return {
      page: getComputedStyle(document.body).backgroundColor,
      root: getComputedStyle(document.documentElement).backgroundColor,
      chartAlpha: canvas.getContext("2d").getImageData(1, 1, 1, 1).data[3],
    };
  });
  assert.deepEqual(inside, { page: "rgba(0, 0, 0, 0)", root: "rgba(0, 0, 0, 0)", chartAlpha: 0 });
  // What a reader sees in the chart's empty corner is the host's colour.
  const at = await page.$eval("#w", (f) => { const r = f.getBoundingClientRect(); return { x: r.x, y: r.y }; });
  const box = await frame.$eval("canvas[role=img]", (c) => { const r = c.getBoundingClientRect(); return { x: r.x, y: r.y }; });
  const shot = await page.screenshot({ clip: { x: at.x + box.x + 2, y: at.y + box.y + 2, width: 1, height: 1 } });
  assert.deepEqual(onePixel(shot), [0xfd, 0xf6, 0xe3]);
  await page.close();
});

test("show= chooses what an embed adds to its view: title, notes, data link", async () => {
  const page = await ready(embedded("lang=en&show=notes"));
  assert.equal(await page.locator("h1").count(), 1, "the page keeps its heading");
  assert.ok(await page.$eval("h1", (h) => h.classList.contains("sr-only")), "for screen readers only");
  assert.match(await page.textContent(".credits .notes"), /quoted claim, not measured data/);
  assert.equal(await page.locator(".full-view a").count(), 1, "no data link");
  await page.close();
  const plain = await ready(embedded("lang=en"));
  assert.equal(await plain.locator(".credits .notes").count(), 0, "notes stay in the full view by default");
  assert.equal(await plain.locator(".full-view a").count(), 2);
  await plain.close();
});

test("theme=dark in the link still wins over a light host", async () => {
  const { page, frame } = await hostedWidget("#fff", "light", "&theme=dark");
  await page.waitForFunction(() => parseFloat(document.getElementById("w").style.height) > 100);
  await page.waitForTimeout(200);
  const look = await widgetLook(frame);
  assert.equal(look.theme, "dark");
  assert.equal(look.page, "rgb(21, 24, 29)", "the widget's own dark background");
  await page.close();
});

test("the Embed button gives a snippet with a titled, lazy, full-width iframe and the script", async () => {
  const page = await ready("?lang=en&view=map");
  await page.getByRole("button", { name: "Embed" }).click();
  const code = await page.inputValue("#embed-code");
  assert.match(code, /<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/\?[^"]*frame=pantau-\d+[^"]*"/, "the embed build's page");
  assert.doesNotMatch(code, /embed=1/, "which is an embed without saying so");
  assert.match(code, /view=map/);
  assert.match(code, /title="Violence against women and children in Tanjungpinang — Map"/);
  assert.match(code, /loading="lazy"/);
  assert.match(code, /width="100%"/);
  assert.match(code, /<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>/);
  await page.close();
});

/** Opens the Embed panel of `query` with `choices` made, and waits until the
 * preview has measured its height. */
async function embedPanel(query, choices, viewport = { width: 1280, height: 900 }) {
  const page = await ready(query, { viewport });
  await page.getByRole("button", { name: "Embed" }).click();
  for (const [name, value] of Object.entries(choices)) {
    await page.selectOption(`select[data-embed=${name}]`, value);
  }
  await page.waitForFunction(() => document.querySelector("#embed-code").dataset.height !== "520", null, { timeout: 20000 });
  // Settled: the height no longer changes.
  let last = "";
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(250);
    const now = await page.$eval("#embed-code", (t) => t.dataset.height);
    if (now === last) break;
    last = now;
  }
  const code = await page.inputValue("#embed-code");
  const src = /<iframe src="([^"]+)"/.exec(code)[1].replaceAll("&amp;", "&");
  const height = Number(/height="(\d+)"/.exec(code)[1]);
  return { page, code, src, height };
}

test("the embed preview shows exactly the embed the snippet makes, with the chosen options", async () => {
  const { page, code, src, height } = await embedPanel("?lang=en&view=trend", { view: "coverage", lang: "id", theme: "dark", column: "640" });
  const preview = await page.$eval(".embed-preview-frame", (f) => ({ src: f.src, width: f.getBoundingClientRect().width, height: f.getBoundingClientRect().height }));
  assert.equal(preview.src, src, "the preview loads the snippet's own address");
  assert.equal(preview.width, 640);
  assert.ok(Math.abs(preview.height - height) <= 1, `preview ${preview.height}, snippet ${height}`);
  const params = new URL(src).searchParams;
  assert.equal(params.get("view"), "coverage");
  assert.equal(params.get("lang"), "id");
  assert.equal(params.get("theme"), "dark");
  assert.equal(new URL(src).pathname, `/${EMBED_PAGE}`);
  // The iframe is titled in its own language, as its content is.
  assert.match(code, /title="Kekerasan terhadap perempuan dan anak di Kota Tanjungpinang — Cakupan"/);
  const frame = await (await page.$(".embed-preview-frame")).contentFrame();
  assert.equal(await frame.evaluate(() => document.documentElement.dataset.theme), "dark");
  assert.equal(await frame.$$eval(".groups .area", (a) => a.length), 18);
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test("the Embed panel's choices of what to show and a transparent background reach the snippet", async () => {
  const { page, src } = await embedPanel("?lang=en&view=map", {});
  await page.uncheck("input[data-embed=title]");
  await page.check("input[data-embed=notes]");
  await page.check("input[data-embed=transparent]");
  await page.waitForFunction(() => /bg=transparent/.test(document.querySelector("#embed-code").value));
  const code = await page.inputValue("#embed-code");
  const params = new URL(/<iframe src="([^"]+)"/.exec(code)[1].replaceAll("&amp;", "&")).searchParams;
  assert.equal(params.get("show"), "notes,data");
  assert.equal(params.get("bg"), "transparent");
  assert.equal(new URL(src).searchParams.get("show"), null, "the defaults add nothing");
  const preview = await page.$eval(".embed-preview-frame", (f) => f.src);
  assert.equal(new URL(preview).searchParams.get("show"), "notes,data", "the preview follows");
  await page.close();
});

test("the snippet's height fits its view at its column width where scripts are stripped", async () => {
  for (const [view, column] of [["trend", "360"], ["coverage", "640"], ["map", "360"], ["map", "960"]]) {
    const { page, code, height } = await embedPanel(`?lang=en&view=${view}`, { column });
    await page.close();
    // A CMS that strips <script>: the iframe alone, in a column that wide.
    const iframe = code.split("\n")[0].replace('loading="lazy"', "");
    const host = `<!doctype html><title>host</title><body style="margin:0"><div style="width:${column}px">${iframe}</div></body>`;
    const hostPage = await openPage(context, { viewport: { width: 1280, height: 900 } });
    await hostPage.route("**/host-stripped.html", (route) => route.fulfill({ contentType: "text/html", body: host }));
    await hostPage.goto(server.url("host-stripped.html"));
    const frame = await (await hostPage.$("iframe")).contentFrame();
    await frame.waitForFunction(() => document.body.dataset.state === "ready", null, { timeout: 20000 });
    await hostPage.waitForTimeout(300);
    const content = await frame.evaluate(() => Math.ceil(Math.max(document.body.scrollHeight, document.body.getBoundingClientRect().height)));
    assert.ok(content <= height + 1, `${view} at ${column}: the content (${content}px) fits the iframe (${height}px)`);
    assert.ok(height - content <= 24, `${view} at ${column}: no gap under it (${height - content}px)`);
    await hostPage.close();
  }
});

test("Share opens the system's share sheet where the browser has one", async () => {
  const page = await openPage(context);
  await page.addInitScript(() => {
    window.__shared = [];
    navigator.share = (data) => { window.__shared.push(data); return Promise.resolve(); };
  });
  await page.goto(server.url("?lang=en&view=map&from=2016"));
  await waitForState(page);
  await page.click("button[data-share=native]");
  await page.waitForFunction(() => window.__shared.length === 1);
  const [data] = await page.evaluate(() => window.__shared);
  assert.equal(data.title, "Violence against women and children in Tanjungpinang");
  assert.equal(new URL(data.url).searchParams.get("view"), "map");
  assert.equal(new URL(data.url).searchParams.get("from"), null);
  await page.close();
  const plain = await ready("?lang=en");
  const hasShare = await plain.evaluate(() => typeof navigator.share === "function");
  assert.equal(await plain.locator("button[data-share=native]").count(), hasShare ? 1 : 0, "only where it exists");
  await plain.close();
});

test("Copy link puts the view's URL on the clipboard", async () => {
  const page = await ready("?lang=en&view=coverage");
  await page.getByRole("button", { name: "Copy link" }).click();
  await page.waitForFunction(() => document.querySelector(".share .status").textContent.length > 0);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  await page.close();
});

test("a copied link keeps only the filters of its view", async () => {
  const page = await ready("?lang=en&view=map&from=2016&to=2017&group=Tanjungpinang%20Barat");
  const copied = async () => {
    await page.evaluate(() => navigator.clipboard.writeText(""));
    await page.getByRole("button", { name: "Copy link" }).click();
    await page.waitForFunction(async () => (await navigator.clipboard.readText()).length > 0);
    return new URL(await page.evaluate(() => navigator.clipboard.readText())).searchParams;
  };
  const map = await copied();
  assert.equal(map.get("view"), "map");
  assert.equal(map.get("group"), "Tanjungpinang Barat");
  assert.equal(map.get("from"), null, "the map has no year range");
  assert.equal(map.get("to"), null);
  assert.match(page.url(), /from=2016/, "the address bar keeps it for the trend view");
  await page.click("button[data-view=trend]");
  await waitForState(page);
  const trend = await copied();
  assert.equal(trend.get("from"), "2016");
  assert.equal(trend.get("group"), null, "the trend view is not filtered by kecamatan");
  await page.close();
});

test("every view offers a citation naming publisher, title, compiler, dates and its link", async () => {
  for (const [query, start, compiled] of [
    ["?lang=en&view=coverage&from=2016", "Humas Pemko Tanjungpinang (2018). Violence against women and children in Tanjungpinang.", " Compiled by the Pantau team, from the Humas Pemko Tanjungpinang press release. Published 13 August 2018, updated 30 November 2026. "],
    ["?lang=id&view=map", "Humas Pemko Tanjungpinang (2018). Kekerasan terhadap perempuan dan anak di Kota Tanjungpinang.", " Disusun oleh Tim Pantau, dari siaran pers Humas Pemko Tanjungpinang. Terbit 13 Agustus 2018, diperbarui 30 November 2026. "],
  ]) {
    const page = await ready(query);
    await page.click(".cite summary");
    const text = (await page.textContent(".cite .citation")).trim();
    const cited = text.split(" ").pop();
    assert.equal(text, start + compiled + cited);
    // The view's link without the trend's years, pinned to the dated copy
    // the bake kept.
    const link = new URL(page.url());
    link.searchParams.delete("from");
    link.searchParams.set("data", await keptCopy(page));
    assert.deepEqual(sortedLink(cited), sortedLink(link.href));
    assert.match(await page.textContent(".cite-licence"), /not stated by the publisher|tidak disebutkan oleh penerbit/);
    assert.match(await page.textContent(".cite-sources"), /Humas Pemko Tanjungpinang \((no link known|tautan tidak diketahui)\)/);
    await page.close();
  }
});

/** The colour of a 1×1 PNG screenshot: its one row, inflated; with no
 * neighbours every PNG filter leaves the bytes as they are. */
function onePixel(png) {
  const idat = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    if (type === "IDAT") idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const row = inflateSync(Buffer.concat(idat));
  return [...row.subarray(1, 4)];
}

/** The dated copy of the data the bake kept, as the page names it. */
function keptCopy(page) {
  return page.$eval("#pantau-version", (l) => l.getAttribute("href"));
}

/** A link's address and its parameters in a fixed order, to compare. */
function sortedLink(href) {
  const url = new URL(href);
  return [url.origin + url.pathname, [...url.searchParams].sort()];
}

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test("PNG sizes are the reader's choice, not the device's: social 1200×675, print at A4 width, kept when the language changes", async () => {
  for (const width of [375, 1280]) {
    for (const view of ["trend", "coverage", "map"]) {
      const page = await ready(`?lang=en&view=${view}`, { viewport: { width, height: 900 } });
      await page.selectOption("select[data-export-size=png]", "social");
      const social = await download(page, "[data-export=png]");
      const size = (png) => [png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)];
      assert.deepEqual(size(social), [1200, 675], `${view} at ${width}: social`);
      await page.selectOption("select[data-export-size=png]", "print");
      const print = await download(page, "[data-export=png]");
      assert.equal(size(print)[0], 1588, `${view} at ${width}: print is 2x A4's 794 px`);
      assert.ok(size(print)[1] > 300);
      // The toolbar is made again in the other language; the choice stays.
      await page.click(".langs button[lang=id]");
      await page.waitForFunction(() => document.querySelector("[data-export=png]")?.closest("[role=group]")?.getAttribute("aria-label") === "Unduh");
      assert.equal(await page.inputValue("select[data-export-size=png]"), "print");
      assert.equal(size(await download(page, "[data-export=png]"))[0], 1588, `${view} at ${width}: print after switching language`);
      assert.deepEqual(page.problems(), []);
      await page.close();
    }
  }
});

test("exported images carry the view's link and the licence", async () => {
  const page = await ready("?lang=en&view=coverage&from=2016");
  const svg = (await download(page, "[data-export=svg]")).bytes.toString("utf8");
  const link = new URL(page.url());
  link.searchParams.delete("from");
  link.searchParams.set("data", await keptCopy(page));
  const cited = /<text[^>]*>(http[^<]+)<\/text>/.exec(svg)[1].replaceAll("&amp;", "&");
  assert.deepEqual(sortedLink(cited), sortedLink(link.href), "the link without the trend's years, pinned");
  assert.match(svg, /Licence: not stated by the publisher/);
  assert.match(svg, />Kecamatan Tanjungpinang Kota: Tanjungpinang Kota \(none yet\), Senggarang \(planned for 2018\)/, "the coverage image lists the kelurahan");
  await page.close();
});

test("downloads: the CSV holds 2016 and 150, the PNG is a PNG, the SVG is an SVG", async () => {
  const page = await ready("?lang=en");
  const csv = await download(page, "[data-export=csv]");
  assert.equal(csv.name, "tanjungpinang-ppa-trend.csv");
  const text = csv.bytes.toString("utf8");
  assert.match(text, /^series,year,value,/, "the header row first");
  assert.match(text, /^"# Violence against women/m);
  assert.match(text, /^"# Source: Humas Pemko Tanjungpinang/m);
  assert.match(text, /^"# Licence: /m);
  assert.match(text, /^kasus-p2tp2a,2016,150,cases,/m);
  const png = await download(page, "[data-export=png]");
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.bytes.readUInt32BE(16);
  const css = await page.$eval("canvas[role=img]", (c) => c.getBoundingClientRect().width);
  assert.equal(width, Math.round((css + 32) * 2), "2x the chart plus its frame");
  const svg = await download(page, "[data-export=svg]");
  const svgText = svg.bytes.toString("utf8");
  assert.match(svgText, /^<svg/);
  assert.match(svgText, />\s*150\s*</);
  assert.match(svgText, /Humas Pemko Tanjungpinang/);
  await page.close();
});

test("the coverage CSV lists every kelurahan with its status", async () => {
  const page = await ready("?lang=en&view=coverage");
  const csv = (await download(page, "[data-export=csv]")).bytes.toString("utf8");
  const rows = csv.split("\n\n")[0].split("\n");
  assert.equal(rows[0], "area,group,code,status,status_label,year,name,lat,lon,program,boundary_id");
  assert.equal(rows.length, 19);
  assert.ok(rows.includes("kampung-bugis,Tanjungpinang Kota,21.72.03.1005,formed,formed 2017,2017,Kampung Bugis,0.9571,104.4716,patbm,id2172030003"));
  await page.close();
});

test("dist/index.html and the embed page have no inline script, and work under the strict CSP", async () => {
  for (const name of ["index.html", `${EMBED_PAGE}index.html`]) {
    const html = readFileSync(join(DIST, name), "utf8");
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      assert.match(m[1], /\bsrc=/, `${name}: every script is a file`);
      assert.equal(m[2].trim(), "");
    }
  }
  const strict = await serve({ headers: { "content-security-policy": STRICT_CSP } });
  const page = await openPage(context);
  const violations = [];
  page.on("console", (m) => /Content Security Policy|Refused to/.test(m.text()) && violations.push(m.text()));
  await page.goto(strict.url("?view=map&lang=en"));
  assert.equal(await waitForState(page, ["ready", "error"]), "ready");
  await page.click("button[data-view=trend]");
  await waitForState(page);
  // Sizes and the tooltip's place still apply without inline styles.
  const canvas = page.locator("canvas[role=img]");
  const box = await canvas.boundingBox();
  assert.ok(box.width > 300 && box.height > 150, JSON.stringify(box));
  await canvas.focus();
  await page.keyboard.press("End");
  await page.locator("[role=tooltip]").waitFor({ state: "visible" });
  const tip = await page.locator("[role=tooltip]").boundingBox();
  assert.ok(tip.x >= box.x - 130 && tip.x <= box.x + box.width, `tooltip at ${tip.x}, chart ${box.x}–${box.x + box.width}`);
  assert.ok(tip.y > 0 && tip.y < box.y + box.height, `tooltip at y ${tip.y}`);
  await page.goto(strict.url(`${EMBED_PAGE}?view=coverage&lang=en`));
  assert.equal(await waitForState(page, ["ready", "error"]), "ready", "the embed page");
  assert.deepEqual(violations, []);
  assert.deepEqual(page.problems(), []);
  await page.close();
  await strict.close();
});

test("dist/ works unchanged from a sub-path of another host", async () => {
  const sub = await serve({ base: "/widgets/pantau/" });
  const page = await openPage(context);
  await page.goto(sub.url("?lang=en"));
  assert.equal(await waitForState(page, ["ready", "error"]), "ready");
  await page.click("button[data-view=table]");
  assert.match(page.url(), /\/widgets\/pantau\/\?/);
  // The embed page too: its data, static view and full-view link are the
  // site's, under the sub-path.
  await page.goto(sub.url(`${EMBED_PAGE}?lang=en&view=map`));
  assert.equal(await waitForState(page, ["ready", "error"]), "ready");
  const links = await page.$$eval(".full-view a", (as) => as.map((a) => new URL(a.href).pathname));
  assert.deepEqual(links, ["/widgets/pantau/", "/widgets/pantau/data/tanjungpinang.json"]);
  assert.equal(new URL(page.url()).pathname, `/widgets/pantau/${EMBED_PAGE}`);
  for (const name of ["index.html", `${EMBED_PAGE}index.html`]) {
    const html = readFileSync(join(DIST, name), "utf8");
    assert.doesNotMatch(html, /(src|href)="\/(?!\/)/, `${name}: no root-relative URLs`);
  }
  await page.close();
  await sub.close();
});

test("printing shows the chart, its numbers and its source, without the controls", async () => {
  const page = await ready("?lang=en");
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  assert.equal(await page.getAttribute("details.numbers", "open"), "");
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.isVisible(".bar"), false);
  assert.equal(await page.isVisible(".toolbar"), false);
  assert.equal(await page.isVisible("canvas[role=img]"), true);
  assert.equal(await page.isVisible("details.numbers table"), true);
  assert.equal(await page.isVisible(".source-line"), true);
  await page.close();
});
