// What both reference pages share: loading the same JSON, the tooltip
// element, and the ready signal the benchmark waits for.
export async function loadData() {
  const res = await fetch("data/tanjungpinang.json", { cache: "no-cache" });
  const ds = await res.json();
  document.getElementById("title").textContent = ds.title.en;
  document.getElementById("source").textContent = `Source: ${ds.sources[0].name}, ${ds.sources[0].date}`;
  const series = ds.series[0];
  const status = new Map(ds.programs[0].coverage.map((c) => [c.area, c]));
  const areas = ds.areas.items.map((a) => ({ name: a.name, status: status.get(a.id)?.status || "none", year: status.get(a.id)?.year }));
  return { years: series.points.map((p) => String(p.year)), values: series.points.map((p) => p.value), areas };
}

const tip = document.getElementById("tip");
export function showTip(text, x, y) {
  tip.textContent = text;
  tip.style.left = `${x + 12}px`;
  tip.style.top = `${y}px`;
  tip.hidden = false;
}
export function hideTip() {
  tip.hidden = true;
}
export const STATUS_VALUE = { formed: 2, planned: 1, none: 0.15 };
export const STATUS_COLOR = { formed: "#0072b2", planned: "#e69f00", none: "#c4c8ce" };

export function ready() {
  requestAnimationFrame(() => { document.body.dataset.state = "ready"; });
}
