// Datasets and boundaries the end-to-end tests serve, built from the
// default dataset so they stay true to it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST } from "./lib.mjs";

export const DEFAULT_TEXT = readFileSync(join(DIST, "data", "tanjungpinang.json"), "utf8");
/** The default dataset, its boundaries read from the site's data folder
 * wherever a fixture is served from. */
export const defaultDataset = () => {
  const ds = JSON.parse(DEFAULT_TEXT);
  ds.areas.boundaries.url = `/data/${ds.areas.boundaries.url}`;
  return ds;
};

/** Three series, one with a gap, for legend and keyboard tests. */
export function multiSeries() {
  const ds = defaultDataset();
  ds.series.push(
    {
      id: "anak", label: { id: "Korban anak", en: "Child victims" }, unit: { id: "kasus", en: "cases" }, source: ds.sources[0].id,
      points: [{ year: 2015, value: 40 }, { year: 2016, value: null }, { year: 2017, value: 52 }],
    },
    {
      id: "perempuan", label: { id: "Korban perempuan", en: "Women victims" }, unit: { id: "kasus", en: "cases" }, source: ds.sources[0].id,
      points: [{ year: 2015, value: 35 }, { year: 2016, value: 61 }, { year: 2017, value: 35 }],
    },
  );
  ds.id = "test-multi";
  ds.notes = [...ds.notes, "TEST FIXTURE: invented numbers for testing the widget only."];
  return ds;
}

/** A second program, formed in the first two kelurahan, planned in the third. */
export function twoPrograms() {
  const ds = defaultDataset();
  const [a, b, c] = ds.areas.items.map((item) => item.id);
  ds.programs.push({
    id: "pusat", label: { id: "Pusat layanan", en: "Service centre" }, source: ds.programs[0].source,
    coverage: [
      { area: a, status: "formed", year: 2016 },
      { area: b, status: "formed", year: 2017 },
      { area: c, status: "planned", year: 2018 },
    ],
  });
  ds.id = "test-programs";
  ds.notes = [...ds.notes, "TEST FIXTURE: invented programme for testing the widget only."];
  return ds;
}

/** Squares around each kelurahan's centroid, keyed like the real file. */
export function squareBoundaries({ extraFeature = true } = {}) {
  const ds = defaultDataset();
  const features = ds.areas.items.map((a) => {
    const d = 0.004;
    const ring = [[a.lon - d, a.lat - d], [a.lon + d, a.lat - d], [a.lon + d, a.lat + d], [a.lon - d, a.lat + d], [a.lon - d, a.lat - d]];
    return { type: "Feature", properties: { village_code: a.boundary_id, village: a.name }, geometry: { type: "Polygon", coordinates: [ring] } };
  });
  if (extraFeature) {
    features.push({ type: "Feature", properties: { village_code: "id9999999999", village: "Nowhere" },
      geometry: { type: "Polygon", coordinates: [[[104.3, 0.8], [104.31, 0.8], [104.31, 0.81], [104.3, 0.8]]] } });
  }
  return JSON.stringify({ type: "FeatureCollection", features });
}

/** The default dataset pointing at boundaries at `url`, keyed by village_code. */
export function withBoundaries(url) {
  const ds = defaultDataset();
  ds.areas.boundaries = { url, key: "village_code" };
  return ds;
}

export const json = (body) => (req, res) => {
  res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
};

/** The 2017 value credited to a later report of its own, with a note. */
export function pointSource() {
  const ds = defaultDataset();
  ds.id = "test-point-source";
  ds.sources.push({ id: "later-report", name: "Later report (test fixture)", date: "2019-01-15" });
  const p2017 = ds.series[0].points.find((p) => p.year === 2017);
  p2017.source = "later-report";
  p2017.note = { id: "Angka revisi (data uji)", en: "Revised figure (test data)" };
  return ds;
}
