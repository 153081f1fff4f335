// Screenshots of every view for a person to look at (not a test):
//   node tests/e2e/screenshot.mjs [out-dir] [query]
import { serve, launch, openPage, waitForState } from "./lib.mjs";
import { mkdirSync } from "node:fs";

const out = process.argv[2] || "/tmp/pantau-shots";
const extra = process.argv[3] || "";
mkdirSync(out, { recursive: true });
const server = await serve();
const context = await launch();
try {
  for (const view of ["trend", "coverage", "map", "table"]) {
    for (const [name, viewport, scale] of [["phone", { width: 375, height: 800 }, 2], ["desktop", { width: 1200, height: 900 }, 1]]) {
      for (const theme of ["light", "dark"]) {
        const page = await openPage(context, { viewport });
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setDeviceMetricsOverride", { width: viewport.width, height: viewport.height, deviceScaleFactor: scale, mobile: name === "phone" });
        await page.goto(server.url(`?view=${view}&theme=${theme}${extra}`));
        const state = await waitForState(page, ["ready", "error"]).catch(() => "timeout");
        const file = `${out}/${view}-${name}-${theme}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file, state, page.problems().join(" | "));
        await page.close();
      }
    }
  }
} finally {
  await context.close();
  await server.close();
}
