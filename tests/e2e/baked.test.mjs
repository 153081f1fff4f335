// The chart before the code: a static first view, baked by `pantau bake`
// into the built site, shows only when the served dataset is the one it
// was baked from, and the app takes its place without a layout shift.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve, launch, openPage, waitForState, STRICT_CSP, DIST, CHROMIUM_ARGS, EMBED_PAGE } from "./lib.mjs";
import { DEFAULT_TEXT } from "./fixtures.mjs";

let server, context;

before(async () => {
  server = await serve();
  context = await launch();
});
after(async () => {
  await context?.close();
  await server?.close();
});

/** Records every body[data-state] the page passes through. */
async function recordStates(page) {
  await page.addInitScript(() => {
    window.__states = [];
    const push = (s) => {
      if (s && window.__states[window.__states.length - 1] !== s) window.__states.push(s);
    };
    const note = () => push(document.body && document.body.dataset.state);
    // Every value the body had, even one that lasted less than a task:
    // each record holds the value before its change.
    new MutationObserver((records) => {
      for (const r of records) if (r.target === document.body) push(r.oldValue);
      note();
    }).observe(document, { attributes: true, attributeOldValue: true, subtree: true, attributeFilter: ["data-state"] });
    document.addEventListener("DOMContentLoaded", note);
  });
}

/** A wasm that arrives late, as on a slow phone: the static view is on
 * screen before the app, whatever this machine's speed. */
async function slowWasm(page) {
  await page.route("**/*.wasm", async (route) => {
    await new Promise((r) => setTimeout(r, 600));
    await route.continue();
  });
}

test("with the wasm blocked, the default page reaches 'baked' and shows the numbers", async () => {
  const page = await openPage(context, { viewport: { width: 768, height: 900 } });
  await page.route("**/*.wasm", (route) => route.abort());
  await page.goto(server.url("?lang=en"));
  assert.equal(await waitForState(page, ["baked"]), "baked");
  const chart = page.locator("#pantau-baked .baked:not([hidden]) .baked-chart");
  assert.match(await chart.getAttribute("aria-label"), /rose from 75 in 2015 to 150 in 2016, then fell to 87 in 2017/);
  assert.equal(await chart.getAttribute("role"), "img");
  // The drawing for a 768 px page in light colours, the only one on screen.
  const shown = await chart.locator("svg").evaluateAll((svgs) => svgs
    .filter((s) => s.getBoundingClientRect().width > 0)
    .map((s) => ({
      which: `${s.parentNode.className} ${s.getAttribute("class")}`,
      width: s.getBoundingClientRect().width,
      texts: [...s.querySelectorAll("text")].map((t) => t.textContent.trim()),
      background: getComputedStyle(s.querySelector("rect")).fill,
    })));
  assert.equal(shown.length, 1, JSON.stringify(shown));
  assert.equal(shown[0].which, "baked-themed band-m");
  assert.equal(shown[0].background, "rgb(255, 255, 255)");
  assert.ok(shown[0].width > 700, `${shown[0].width} px wide`);
  for (const n of ["75", "150", "87"]) assert.ok(shown[0].texts.includes(n), `${n} is in the drawing: ${shown[0].texts}`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.ok(await page.locator("#pantau").evaluate((el) => el.classList.contains("pantau-behind")));
  await page.close();
});

test("every view and language a link asks for shows baked, then the app takes over", async () => {
  const links = ["trend", "coverage", "map", "table"].flatMap((view) =>
    ["id", "en"].flatMap((lang) => ["", "embed/"].map((start) => `${start}?view=${view}&lang=${lang}`)));
  for (const link of links) {
    const page = await openPage(context, { viewport: { width: 1200, height: 900 } });
    await recordStates(page);
    await slowWasm(page);
    await page.goto(server.url(link));
    await waitForState(page, ["ready"]);
    const states = await page.evaluate(() => window.__states);
    // Never back to "loading" once the static view shows (the map
    // fetches its boundaries with the static map still on screen).
    assert.deepEqual(states, ["loading", "baked", "ready"], `${link}: ${states}`);
    assert.equal(await page.locator("#pantau-baked").count(), 0, "the static view is gone");
    assert.equal(await page.locator(".pantau-behind").count(), 0);
    assert.deepEqual(page.problems(), []);
    await page.close();
  }
});

test("a link's theme picks the drawing's colours in that theme, whatever the reader's scheme", async () => {
  // The palettes' background, muted (axis labels) and grid colours
  // (core::theme).
  const colours = {
    light: ["rgb(255, 255, 255)", "rgb(85, 91, 101)", "rgb(228, 230, 234)"],
    dark: ["rgb(21, 24, 29)", "rgb(169, 176, 186)", "rgb(46, 51, 59)"],
  };
  for (const [theme, scheme] of [["dark", "light"], ["light", "dark"], [null, "dark"], [null, "light"]]) {
    const page = await openPage(context, { viewport: { width: 360, height: 800 } });
    await page.emulateMedia({ colorScheme: scheme });
    await page.route("**/*.wasm", (route) => route.abort());
    await page.goto(server.url(theme ? `?theme=${theme}&lang=id` : "?lang=id"));
    await waitForState(page, ["baked"]);
    // The default view's drawings are in the page, once for both themes:
    // one shows, of this width, at the size of the chart box, in the
    // colours of the theme the link asks for, else of the reader's scheme.
    const shown = await page.locator("#pantau-baked .baked:not([hidden]) .baked-chart svg").evaluateAll((svgs) =>
      svgs.filter((s) => s.getBoundingClientRect().width > 0).map((s) => ({
        which: `${s.parentNode.className} ${s.getAttribute("class")}`,
        background: getComputedStyle(s.querySelector("rect")).fill,
        label: getComputedStyle(s.querySelector("text")).fill,
        grid: getComputedStyle(s.querySelector("polyline")).stroke,
      })));
    const want = colours[theme ?? scheme];
    assert.deepEqual(shown, [{ which: "baked-themed band-s", background: want[0], label: want[1], grid: want[2] }], `${theme} ${scheme}`);
    if (!theme) { await page.close(); continue; }
    // Another view's is a file.
    await page.goto(server.url(`?theme=${theme}&lang=id&view=coverage`));
    await waitForState(page, ["baked"]);
    const src = await page.locator("#pantau-baked .baked:not([hidden]) img").evaluate((i) => i.currentSrc);
    assert.match(src, new RegExp(`coverage-id-s-${theme}\\.svg$`));
    await page.close();
  }
});

test("a link with parameters that were not baked draws live", async () => {
  const page = await openPage(context);
  await recordStates(page);
  await page.goto(server.url("?from=2016&lang=en"));
  await waitForState(page, ["ready"]);
  assert.ok(!(await page.evaluate(() => window.__states)).includes("baked"));
  await page.close();
});

/** A server whose default dataset is `body()` with `cacheControl`: a
 * city that republished its data without baking again. */
const republishing = (body, cacheControl) => serve({
  routes: {
    "/data/tanjungpinang.json": (req, res) => {
      res.writeHead(200, { "content-type": "application/json", "cache-control": cacheControl });
      res.end(body());
    },
  },
});

/** Whether the table on `page` shows 151 and not 150 (the changed value). */
async function showsTheChange(page) {
  const cells = await page.locator("table.data-table td").allTextContents();
  assert.ok(cells.includes("151") && !cells.includes("150"), cells.join(" "));
}

test("a dataset changed after baking never shows baked, and the new numbers show", async () => {
  const changed = DEFAULT_TEXT.replace('"value": 150', '"value": 151');
  assert.notEqual(changed, DEFAULT_TEXT);
  const republished = await republishing(() => changed, "no-cache");
  try {
    const page = await openPage(context);
    await recordStates(page);
    const notes = [];
    page.on("console", (m) => notes.push(m.text()));
    await page.goto(republished.url("?lang=en&view=table"));
    await waitForState(page, ["ready"]);
    assert.ok(!(await page.evaluate(() => window.__states)).includes("baked"));
    assert.ok(notes.some((n) => /changed after it was baked/.test(n)), notes.join("\n"));
    await showsTheChange(page);
    await page.close();
  } finally {
    await republished.close();
  }
});

test("a dataset the browser has cached is asked for again before a static view shows", async () => {
  // The host lets browsers keep the dataset for an hour; the city then
  // republishes it without baking again.
  let body = DEFAULT_TEXT;
  const cached = await republishing(() => body, "max-age=3600");
  try {
    // (No routes here: Playwright turns the HTTP cache off for a page that
    // intercepts requests.)
    const first = await openPage(context);
    await first.goto(cached.url("?lang=en&view=table"));
    await waitForState(first, ["ready"]);
    await first.close();
    body = DEFAULT_TEXT.replace('"value": 150', '"value": 151');
    const again = await openPage(context);
    await recordStates(again);
    await again.goto(cached.url("?lang=en&view=table"));
    await waitForState(again, ["ready"]);
    assert.ok(!(await again.evaluate(() => window.__states)).includes("baked"));
    await showsTheChange(again);
    await again.close();
  } finally {
    await cached.close();
  }
});

/** Sums the page's layout shifts (not after input) into window.__shift. */
async function recordShift(page) {
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
}

for (const width of [360, 768, 1200]) {
  test(`layout shift over the whole load stays at or below 0.01 at ${width} px, full page and embed`, async () => {
    for (const path of ["", EMBED_PAGE]) {
      const page = await openPage(context, { viewport: { width, height: 900 } });
      await recordShift(page);
      await slowWasm(page);
      await recordStates(page);
      await page.goto(server.url(path));
      await waitForState(page, ["ready"]);
      await page.waitForTimeout(300);
      assert.ok((await page.evaluate(() => window.__states)).includes("baked"), `${path || "full page"}: baked first`);
      const shift = await page.evaluate(() => window.__shift);
      assert.ok(shift <= 0.01, `${path || "full page"}: layout shift ${shift}`);
      await page.close();
    }
  });

  test(`a link that was not baked draws live without moving the page at ${width} px`, async () => {
    for (const query of ["?from=2016&lang=en", "?view=coverage&group=Bukit%20Bestari&lang=id"]) {
      const page = await openPage(context, { viewport: { width, height: 900 } });
      await recordShift(page);
      await page.goto(server.url(query));
      await waitForState(page, ["ready"]);
      await page.waitForTimeout(300);
      const shift = await page.evaluate(() => window.__shift);
      assert.ok(shift <= 0.01, `${query}: layout shift ${shift}`);
      await page.close();
    }
  });
}

test("without JavaScript the baked chart and its data date show, with links to the data", async () => {
  const dir = mkdtempSync(join(tmpdir(), "pantau-nojs-"));
  const nojs = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    javaScriptEnabled: false,
  });
  try {
    const page = await nojs.newPage();
    await page.goto(server.url(""));
    const chart = page.locator(".baked[data-view=trend][data-lang=id] .baked-chart");
    assert.ok(await chart.isVisible(), "the static chart shows");
    const box = await chart.boundingBox();
    assert.ok(box.height > 150, `it has a size: ${JSON.stringify(box)}`);
    const text = await page.locator(".baked[data-view=trend][data-lang=id]").innerText();
    assert.match(text, /Dipublikasikan 13 Agustus 2018/);
    assert.ok(await page.locator(".baked[data-view=trend][data-lang=id] .baked-note a[href$='.json']").isVisible());
    assert.ok(await page.locator(".baked[data-view=trend][data-lang=id] .baked-note a[href$='.csv']").isVisible());
    assert.ok(!(await page.locator("#pantau .loading").isVisible()), "no endless loading message");
    const bar = page.locator(".baked[data-view=trend][data-lang=id] .toolbar");
    assert.ok(await bar.locator("a.button[href$='.csv']").isVisible(), "the download bar's CSV works without the app");
    assert.equal(await bar.locator("button, select").filter({ visible: true }).count(), 0, "no image button that never works");
    await page.close();
  } finally {
    await nojs.close();
  }
});

test("the share image is a 1200 × 630 PNG, named in the page's preview tags", async () => {
  const png = readFileSync(join(DIST, "baked", "share.png"));
  assert.deepEqual([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(""), "PNG");
  assert.equal(png.readUInt32BE(16), 1200);
  assert.equal(png.readUInt32BE(20), 630);
  const page = await openPage(context);
  await page.goto(server.url(""));
  assert.equal(await page.locator('meta[property="og:image"]').getAttribute("content"), "baked/share.png");
  assert.match(await page.locator('meta[property="og:title"]').getAttribute("content"), /Tanjungpinang/);
  assert.equal(await page.locator('meta[name="twitter:card"]').getAttribute("content"), "summary_large_image");
  assert.equal(await page.locator('meta[name="description"]').count(), 1);
  await page.close();
});

test("under the strict CSP the static view shows and the app takes over", async () => {
  const strict = await serve({ headers: { "content-security-policy": `${STRICT_CSP}; style-src 'self'` } });
  try {
    const page = await openPage(context);
    await recordStates(page);
    const violations = [];
    page.on("console", (m) => /Content Security Policy/.test(m.text()) && violations.push(m.text()));
    await slowWasm(page);
    // The default view is in the page; another is parsed from its own file,
    // which Trusted Types must allow too.
    for (const query of [`${EMBED_PAGE}?lang=en`, "?view=coverage&lang=id"]) {
      await page.goto(strict.url(query));
      await waitForState(page, ["ready"]);
      assert.ok((await page.evaluate(() => window.__states)).includes("baked"), query);
    }
    assert.deepEqual(violations, []);
    assert.deepEqual(page.problems(), []);
    await page.close();
  } finally {
    await strict.close();
  }
});

test("when the app takes over, the chart, its numbers and its credits stay where the static view had them", async () => {
  const parts = [".chart", "details.numbers > summary", ".credits"];
  const boxes = (page) =>
    page.evaluate(
      (parts) =>
        parts.map((s) => {
          const box = [...document.querySelectorAll(s)].find((e) => e.offsetParent)?.getBoundingClientRect();
          return box && [box.top, box.height];
        }),
      parts,
    );
  for (const path of ["?lang=en", "?lang=en&view=coverage", "?lang=en&view=table", `${EMBED_PAGE}?lang=en`]) {
    for (const width of [375, 1200]) {
      const page = await openPage(context, { viewport: { width, height: 900 } });
      await page.route("**/*.wasm", (route) => route.abort());
      await page.goto(server.url(path));
      await waitForState(page, ["baked"]);
      const before = await boxes(page);
      await page.close();
      const live = await openPage(context, { viewport: { width, height: 900 } });
      await live.goto(server.url(path));
      await waitForState(live, ["ready"]);
      const after = await boxes(live);
      await live.close();
      for (const [i, part] of parts.entries()) {
        assert.equal(Boolean(before[i]), Boolean(after[i]), `${path} at ${width} px: ${part} in one and not the other`);
        if (!before[i]) continue; // the table view has no chart
        const [[top, height], [liveTop, liveHeight]] = [before[i], after[i]];
        assert.ok(Math.abs(liveTop - top) <= 2, `${path} at ${width} px: ${part} moved from ${top} to ${liveTop}`);
        if (i === 0) assert.ok(Math.abs(liveHeight - height) <= 2, `${path} at ${width} px: the chart was ${height} px tall, the live one ${liveHeight}`);
      }
    }
  }
});
