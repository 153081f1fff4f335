// Chart.js 4, tree-shaken to what two bar charts with a tooltip need.
import { Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip } from "chart.js";
import { loadData, showTip, hideTip, ready, STATUS_VALUE, STATUS_COLOR } from "./shared.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

function external({ chart, tooltip }) {
  if (tooltip.opacity === 0) return hideTip();
  const rect = chart.canvas.getBoundingClientRect();
  showTip(`${tooltip.title.join(" ")}: ${tooltip.body.map((b) => b.lines.join(" ")).join(" ")}`, rect.left + tooltip.caretX, rect.top + tooltip.caretY);
}

const data = await loadData();
const common = { responsive: true, maintainAspectRatio: false, animation: false, plugins: { tooltip: { enabled: false, external } } };
new Chart(document.getElementById("trend"), {
  type: "bar",
  data: { labels: data.years, datasets: [{ label: "Cases", data: data.values, backgroundColor: "#0072b2" }] },
  options: { ...common, interaction: { mode: "index", intersect: false } },
});
new Chart(document.getElementById("patbm"), {
  type: "bar",
  data: {
    labels: data.areas.map((a) => a.name),
    datasets: [{ label: "PATBM", data: data.areas.map((a) => STATUS_VALUE[a.status]), backgroundColor: data.areas.map((a) => STATUS_COLOR[a.status]) }],
  },
  options: { ...common, indexAxis: "y", scales: { x: { display: false } } },
});
ready();
