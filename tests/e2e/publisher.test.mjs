// The publisher page (dist/terbitkan/), as a data officer uses it: open
// the spreadsheet CSVs and the metadata, read a problem in plain
// Indonesian, fix it, preview, and download a JSON that validates.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync, statSync, readdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, launch, openPage, waitForState, ROOT, DIST, EMBED_PAGE, appFiles } from "./lib.mjs";

let server, context;
before(async () => {
  server = await serve();
  context = await launch();
});
after(async () => {
  await context?.close();
  await server?.close();
});

const EXAMPLE = join(ROOT, "static", "contoh");
const file = (name, text) => ({ name, mimeType: name.endsWith(".csv") ? "text/csv" : "application/json", buffer: Buffer.from(text) });

test("open the CSVs, see a problem in plain Indonesian, fix it, preview, download a JSON that validates", async () => {
  const page = await openPage(context, { viewport: { width: 1000, height: 900 } });
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(server.url("terbitkan/"));
  await page.locator("#publisher-files").waitFor();
  assert.match(await page.locator(".privacy").innerText(), /tidak dikirim ke mana pun/);
  const areas = readFileSync(join(EXAMPLE, "areas.csv"), "utf8");
  await page.setInputFiles("#publisher-files", [
    file("meta.json", readFileSync(join(EXAMPLE, "meta.json"), "utf8")),
    file("series.csv", readFileSync(join(EXAMPLE, "series.csv"), "utf8")),
    file("areas.csv", areas.replace(",formed,", ",terbentuk,")),
  ]);
  const alert = page.locator(".publisher-result [role=alert]");
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /areas\.csv:2:4:/);
  assert.match(text, /status harus formed, planned, none atau kosong, bukan "terbentuk"; maksudnya "formed"\?/);
  // The corrected file replaces the one before it.
  await page.setInputFiles("#publisher-files", [file("areas.csv", areas)]);
  await page.locator(".publisher-result.ok").waitFor();
  assert.equal(await page.locator(".publisher-result [role=alert]").count(), 0);
  // The preview is the widget itself, ready, showing every view.
  await waitForState(page, ["ready"]);
  assert.match(await page.locator(".publisher-preview").innerText(), /Kasus dilaporkan ke P2TP2A/);
  await page.locator(".publisher-preview [data-view=coverage]").click();
  await waitForState(page, ["ready"]);
  assert.match(await page.locator(".publisher-preview .headline").innerText(), /5 dari 18 kelurahan/);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-action=download]")]);
  const dir = mkdtempSync(join(tmpdir(), "pantau-publish-"));
  const saved = join(dir, download.suggestedFilename());
  await download.saveAs(saved);
  const out = execFileSync("cargo", ["run", "--quiet", "--bin", "pantau", "--", "validate", saved], { cwd: ROOT, encoding: "utf8" });
  assert.match(out, /valid/);
  // Nothing was sent anywhere: no request carried the officer's files.
  assert.ok(requests.every((u) => u.startsWith(server.origin)), requests.join("\n"));
  assert.ok(!requests.some((u) => /meta\.json|series\.csv|areas\.csv/.test(u)), "files are read, not uploaded");
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test("a dataset with a trailing comma is explained in the page's language", async () => {
  const page = await openPage(context);
  await page.goto(server.url("terbitkan/"));
  await page.locator("#publisher-files").waitFor();
  const broken = readFileSync(join(DIST, "data", "tanjungpinang.json"), "utf8").replace('"value": 150', '"value": 150,');
  await page.setInputFiles("#publisher-files", [file("tanjungpinang.json", broken)]);
  const alert = page.locator(".publisher-result [role=alert]");
  await alert.waitFor();
  assert.match(await alert.innerText(), /koma berlebih/);
  await page.getByRole("button", { name: "English" }).click();
  await page.waitForFunction(() => /extra comma/.test(document.querySelector(".publisher-result [role=alert]")?.textContent || ""));
  await page.close();
});

test("the publisher page speaks the link's language, names it in its title, and is ready at once", async () => {
  const page = await openPage(context);
  // Indonesian first, whatever the browser's language.
  await page.goto(server.url("terbitkan/"));
  await page.locator("#publisher-files").waitFor();
  assert.equal(await waitForState(page, ["ready"]), "ready");
  assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.title]), ["id", "Terbitkan data Pantau"]);
  assert.equal(new URL(page.url()).search, "", "nothing written that was not chosen");
  await page.goto(server.url("terbitkan/?lang=en"));
  await page.locator("#publisher-files").waitFor();
  assert.equal(await waitForState(page, ["ready"]), "ready");
  assert.equal(await page.locator("h1").innerText(), "Publish Pantau data");
  assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.title]), ["en", "Publish Pantau data"]);
  await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await page.waitForFunction(() => document.title === "Terbitkan data Pantau");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "id");
  assert.equal(new URL(page.url()).searchParams.get("lang"), "id", "a reload keeps it");
  assert.deepEqual(page.problems(), []);
  await page.close();
});

test("the publisher page adds nothing to what the widget and an embed download", async () => {
  const page = await openPage(context);
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  for (const query of [EMBED_PAGE, "?embed=1", "?view=map"]) {
    await page.goto(server.url(query));
    await waitForState(page, ["ready"]);
  }
  assert.ok(!requests.some((u) => /terbitkan|publisher|contoh/.test(u)), requests.join("\n"));
  const publisherWasm = readdirSync(join(DIST, "terbitkan")).find((f) => f.endsWith(".wasm"));
  for (const name of ["index.html", `${EMBED_PAGE}index.html`]) {
    const html = readFileSync(join(DIST, name), "utf8");
    assert.ok(!/terbitkan|pantau-publisher/.test(html), `${name} names nothing of the publisher page`);
    const { wasm } = appFiles(name);
    assert.ok(statSync(join(DIST, wasm)).size < statSync(join(DIST, "terbitkan", publisherWasm)).size, name);
  }
  await page.close();
});
