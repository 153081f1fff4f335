import { serve, launch, openPage, waitForState } from "./lib.mjs";
const server = await serve();
const context = await launch();
for (const q of ["?from=2016&lang=en", "?view=table&from=2016", "?view=coverage&group=Bukit%20Bestari"]) for (const width of [360, 1200]) {
  const page = await openPage(context, { viewport: { width, height: 800 } });
  await page.addInitScript(() => { window.__cls = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls.push([Math.round(e.startTime), e.value.toFixed(4), e.sources.map(s => s.node?.nodeName + "." + (s.node?.className||"") + JSON.stringify([s.previousRect.y, s.currentRect.y]))]); }).observe({ type: "layout-shift", buffered: true }); });
  await page.goto(server.url(q));
  await waitForState(page);
  await page.waitForTimeout(800);
  console.log(q, width, JSON.stringify(await page.evaluate(() => window.__cls)));
  await page.close();
}
await context.close(); await server.close();
