// `pantau render` draws what a link shows: for the same state and width,
// its SVG equals the browser's "SVG" download, for every view with a
// chart of the default dataset and of two fixtures.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { serve, launch, openPage, waitForState, ROOT, DIST } from "./lib.mjs";
import { json } from "./fixtures.mjs";

const DATASETS = {
  "data/tanjungpinang.json": join(DIST, "data", "tanjungpinang.json"),
  "fx/multi-series.json": join(ROOT, "tests", "fixtures", "valid", "multi-series.json"),
  "fx/two-programs.json": join(ROOT, "tests", "fixtures", "valid", "two-programs.json"),
};

let server, context;

before(async () => {
  const routes = {};
  for (const [path, file] of Object.entries(DATASETS)) {
    if (path.startsWith("fx/")) routes[`/${path}`] = json(JSON.parse(readFileSync(file, "utf8")));
  }
  server = await serve({ routes });
  context = await launch();
});
after(async () => {
  await context?.close();
  await server?.close();
});

/** `pantau render` of `file` for `query` at `width`, as text. */
function render(file, query, width) {
  return execFileSync(
    "cargo",
    ["run", "--quiet", "--bin", "pantau", "--", "render", file, "--link", query, "--width", String(width), "--out", "-"],
    { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
}

for (const [path, file] of Object.entries(DATASETS)) {
  for (const view of ["trend", "coverage", "map"]) {
    for (const lang of ["id", "en"]) {
      test(`the SVG download equals pantau render: ${path}, ${view}, ${lang}`, async (t) => {
        const page = await openPage(context, { viewport: { width: 1000, height: 900 } });
        const data = path.startsWith("fx/") ? `${server.origin}/${path}` : path;
        // The second program of the fixture: the choice must reach the CLI too.
        const program = path.includes("two-programs") ? "&program=test-program" : "";
        const query = `view=${view}&lang=${lang}&theme=light${program}`;
        await page.goto(server.url(`?data=${encodeURIComponent(data)}&${query}`));
        await waitForState(page);
        if ((await page.locator("[data-export=svg]").count()) === 0) {
          await page.close();
          return t.skip(`${path} has no ${view} chart`);
        }
        const width = await page.evaluate(
          () => document.querySelector(".view canvas[role=img]").getBoundingClientRect().width,
        );
        const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-export=svg]")]);
        const browser = readFileSync(await download.path(), "utf8");
        // The image cites the view's address, as the citation does: given
        // the whole link, the CLI cites it too.
        const link = (await page.textContent(".cite .citation")).trim().split(" ").pop();
        assert.ok(browser.includes(`>${link.replaceAll("&", "&amp;")}</text>`), "the SVG cites its link");
        assert.equal(browser, render(file, link, width));
        assert.deepEqual(page.problems(), []);
        await page.close();
      });
    }
  }
}
