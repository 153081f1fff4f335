// uPlot 1.6 with its bar paths and a cursor-driven tooltip.
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { loadData, showTip, hideTip, ready, STATUS_VALUE, STATUS_COLOR } from "./shared.js";

const data = await loadData();
const bars = uPlot.paths.bars({ size: [0.6, 100] });
const width = () => document.querySelector(".chart").clientWidth;

function tooltipPlugin(label) {
  return {
    hooks: {
      setCursor: (u) => {
        const i = u.cursor.idx;
        if (i == null || u.cursor.left < 0) return hideTip();
        const rect = u.over.getBoundingClientRect();
        showTip(label(i), rect.left + u.cursor.left, rect.top + u.cursor.top);
      },
    },
  };
}

const xs = data.years.map((_, i) => i);
new uPlot(
  {
    width: width(), height: 320,
    scales: { x: { time: false, range: [-0.5, xs.length - 0.5] } },
    axes: [{ values: (u, ticks) => ticks.map((t) => data.years[t] ?? "") }, {}],
    series: [{}, { label: "Cases", paths: bars, fill: "#0072b2", stroke: "#0072b2" }],
    legend: { show: false },
    plugins: [tooltipPlugin((i) => `${data.years[i]}: ${data.values[i]} cases`)],
  },
  [xs, data.values],
  document.querySelectorAll(".chart")[0],
);
const ax = data.areas.map((_, i) => i);
new uPlot(
  {
    width: width(), height: 320,
    scales: { x: { time: false, range: [-0.5, ax.length - 0.5] } },
    axes: [{ values: (u, ticks) => ticks.map((t) => data.areas[t]?.name ?? "") }, { show: false }],
    series: [{}, { label: "PATBM", paths: bars, fill: (u) => STATUS_COLOR.formed, stroke: STATUS_COLOR.formed }],
    legend: { show: false },
    plugins: [tooltipPlugin((i) => `${data.areas[i].name}: ${data.areas[i].status}`)],
  },
  [ax, data.areas.map((a) => STATUS_VALUE[a.status])],
  document.querySelectorAll(".chart")[1],
);
document.querySelectorAll(".chart canvas[role]").forEach((c) => c.remove());
ready();
