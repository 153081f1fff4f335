// axe-core, as a city's or a newsroom's web team runs it before embedding
// the widget: WCAG 2.0, 2.1 and 2.2 A/AA plus best practices, over every
// view, theme, width and language, and over the states a reader reaches
// (the embed, an error, the Embed dialog, a tooltip, the expanded table).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { serve, launch, openPage, waitForState, EMBED_PAGE } from "./lib.mjs";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

let server, context;
before(async () => {
  server = await serve({
    routes: {
      "/fx/broken.json": (req, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end('{"format": "pantau/1", "id": ');
      },
    },
  });
  context = await launch();
});
after(async () => {
  await context?.close();
  await server?.close();
});

/** axe's violations on the page as it is now, one line each. */
async function violations(page) {
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(AXE);
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }), TAGS);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function open(query, { width = 1200, scheme = "light" } = {}) {
  const page = await openPage(context, { viewport: { width, height: 900 } });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(server.url(query));
  await waitForState(page, ["ready", "error"]);
  return page;
}

test("every view, in both themes, at 360 and 1200 px, in both languages, has no axe violation", async () => {
  const found = [];
  for (const view of ["trend", "coverage", "map", "table"]) {
    for (const lang of ["id", "en"]) for (const scheme of ["light", "dark"]) for (const width of [360, 1200]) {
      const page = await open(`?view=${view}&lang=${lang}`, { width, scheme });
      for (const v of await violations(page)) found.push(`${view} ${lang} ${scheme} ${width}: ${v}`);
      await page.close();
    }
  }
  assert.deepEqual(found, []);
});

test("the embed, the error state, the Embed dialog, a tooltip and the expanded table have no axe violation", async () => {
  const found = [];
  const check = async (name, page) => {
    for (const v of await violations(page)) found.push(`${name}: ${v}`);
  };
  let page = await open(`${EMBED_PAGE}?lang=en&view=coverage`, { width: 360 });
  await check("embed", page);
  await page.close();

  page = await open("?lang=en&data=/fx/broken.json");
  assert.equal(await page.evaluate(() => document.body.dataset.state), "error");
  await check("error", page);
  await page.close();

  page = await open("?lang=en");
  await page.getByRole("button", { name: "Embed" }).click();
  await page.locator("#embed-code").waitFor();
  await check("Embed dialog", page);
  await page.close();

  page = await open("?lang=id&view=map", { width: 360, scheme: "dark" });
  await page.locator("canvas[role=img]").focus();
  await page.keyboard.press("End");
  await page.locator("[role=tooltip]").waitFor({ state: "visible" });
  await check("tooltip", page);
  await page.close();

  page = await open("?lang=en&view=coverage");
  await page.click("details.numbers summary");
  await page.locator("details.numbers table").first().waitFor();
  await check("expanded table", page);
  await page.close();

  assert.deepEqual(found, []);
});

test("the static first view has no axe violation", async () => {
  const found = [];
  for (const [view, scheme] of [["trend", "light"], ["coverage", "dark"]]) {
    const page = await openPage(context, { viewport: { width: 360, height: 900 } });
    await page.emulateMedia({ colorScheme: scheme });
    await page.route("**/*.wasm", (route) => route.abort());
    await page.goto(server.url(`?view=${view}&lang=id`));
    await waitForState(page, ["baked"]);
    for (const v of await violations(page)) found.push(`${view} ${scheme}: ${v}`);
    await page.close();
  }
  assert.deepEqual(found, []);
});

test("the page and the publisher page have a favicon, and nothing they ask for is missing", async () => {
  for (const path of ["?lang=en", "terbitkan/"]) {
    const page = await openPage(context);
    const missing = [];
    page.on("response", (r) => r.status() >= 400 && missing.push(`${r.status()} ${r.url()}`));
    await page.goto(server.url(path));
    await page.waitForLoadState("networkidle");
    const icon = await page.locator('link[rel="icon"]').evaluate((l) => l.href);
    const response = await page.request.get(icon);
    assert.equal(response.status(), 200, icon);
    assert.match(response.headers()["content-type"], /image\/svg\+xml/);
    assert.deepEqual(missing, [], path);
    await page.close();
  }
});

test("a keyboard choice is read out once and whole; a pointer crossing the chart is not read out", async () => {
  const page = await open("?lang=en");
  const spoken = () => page.locator("[aria-live=polite][aria-atomic=true]").textContent();
  assert.equal(await page.locator("[role=tooltip][aria-live]").count(), 0, "the tooltip is no live region");
  const box = await page.locator("canvas[role=img]").boundingBox();
  let hovered = false;
  for (let x = 4; x < box.width && !hovered; x += 8) {
    await page.mouse.move(box.x + x, box.y + box.height * 0.8);
    hovered = await page.locator("[role=tooltip]").isVisible();
  }
  assert.ok(hovered, "the pointer shows a tooltip");
  assert.equal(await spoken(), "");
  await page.locator("canvas[role=img]").focus();
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowLeft");
  await page.waitForFunction(() => /2017/.test(document.querySelector("[aria-live=polite][aria-atomic=true]").textContent));
  assert.match(await spoken(), /2017: 87 cases/);
  await page.close();
});
