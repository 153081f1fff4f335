// The CSV downloads open cleanly in a spreadsheet: LibreOffice Calc
// (Debian's, headless) reads each into the right columns, the header row
// first and every note in one cell. Needs `soffice`: the test command
// installs it (PANTAU_ENGINES=1); without it the file is skipped.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, launch, openPage, waitForState } from "./lib.mjs";

const SOFFICE = "/usr/bin/soffice";
const skip = !process.env.PANTAU_ENGINES && !existsSync(SOFFICE) ? "no LibreOffice (set PANTAU_ENGINES=1)" : false;

let server, context;
before(async () => {
  if (skip) return;
  server = await serve();
  context = await launch();
});
after(async () => {
  await context?.close();
  await server?.close();
});

/** The rows LibreOffice reads from `csv`, written back as `;`-separated text. */
function calcRows(csv) {
  const dir = mkdtempSync(join(tmpdir(), "pantau-calc-"));
  writeFileSync(join(dir, "data.csv"), csv);
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      // Comma-separated, double quotes, UTF-8: what a spreadsheet is told
      // a .csv is.
      "--infilter=CSV:44,34,76,1",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):59,34,76,1",
      "--outdir",
      join(dir, "out"),
      join(dir, "data.csv"),
    ],
    { stdio: "ignore", timeout: 120000 },
  );
  return readFileSync(join(dir, "out", "data.csv"), "utf8")
    .split(/\r?\n/)
    .filter((line) => line !== "")
    .map(splitCells);
}

/** One `;`-separated line with `"`-quoted cells into its cells. */
function splitCells(line) {
  const cells = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ";" && !quoted) {
      cells.push(cell);
      cell = "";
    } else {
      cell += c;
    }
  }
  cells.push(cell);
  return cells;
}

async function downloadCsv(query) {
  const page = await openPage(context);
  await page.goto(server.url(query));
  await waitForState(page);
  const [file] = await Promise.all([page.waitForEvent("download"), page.click("[data-export=csv]")]);
  const text = readFileSync(await file.path(), "utf8");
  await page.close();
  return text;
}

test("LibreOffice reads the coverage CSV into its columns, statuses in the reader's language", { skip }, async () => {
  const rows = calcRows(await downloadCsv("?lang=id&view=coverage"));
  const header = rows[0];
  assert.deepEqual(header, ["area", "group", "code", "status", "status_label", "year", "name", "lat", "lon", "program", "boundary_id"]);
  const col = (name) => header.indexOf(name);
  const data = rows.slice(1, 19);
  assert.equal(data.length, 18);
  for (const row of data) assert.equal(row.length, header.length, row.join("|"));
  const senggarang = data.find((r) => r[col("name")] === "Senggarang");
  assert.equal(senggarang[col("status")], "planned");
  assert.equal(senggarang[col("status_label")], "direncanakan 2018");
  assert.equal(senggarang[col("group")], "Tanjungpinang Kota");
  const notes = rows.slice(19).filter((r) => r.some((c) => c !== ""));
  assert.ok(notes.length >= 4, JSON.stringify(notes));
  for (const note of notes) {
    assert.match(note[0], /^# /);
    assert.ok(note.slice(1).every((c) => c === ""), `one cell: ${note.join("|")}`);
  }
  assert.ok(notes.some((n) => n[0] === "# Sumber: Humas Pemko Tanjungpinang, 13 Agustus 2018"), "a note with a comma stays whole");
});

test("LibreOffice reads the trend CSV with its header first and its numbers as numbers", { skip }, async () => {
  const rows = calcRows(await downloadCsv("?lang=en"));
  assert.deepEqual(rows[0], ["series", "year", "value", "unit", "label", "source", "note"]);
  assert.deepEqual(rows.slice(1, 4).map((r) => [r[0], r[1], r[2]]), [
    ["kasus-p2tp2a", "2015", "75"],
    ["kasus-p2tp2a", "2016", "150"],
    ["kasus-p2tp2a", "2017", "87"],
  ]);
  assert.ok(rows.slice(4).every((r) => r[0] === "" || r[0].startsWith("# ")));
});
