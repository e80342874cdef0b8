/** Chart.js with the date-fns time adapter; animation off so "drawn" means drawn. No map without plugins. */
import { Chart, registerables, type ChartConfiguration } from "chart.js";
import "chartjs-adapter-date-fns";
import { container, markReady, pardonBars, prisonerLine, run } from "./common";

Chart.register(...registerables);

function draw(config: ChartConfiguration) {
  const canvas = document.createElement("canvas");
  container.append(canvas);
  new Chart(canvas, {
    ...config,
    options: { ...config.options, animation: false, maintainAspectRatio: false },
    plugins: [{ id: "bench-ready", afterRender: () => markReady() }],
  });
}

run(
  {
    bar: async () => {
      const bars = await pardonBars();
      draw({
        type: "bar",
        data: { datasets: [{ label: "people pardoned", data: bars.map((b) => ({ x: +b.date, y: b.count })) }] },
        options: { scales: { x: { type: "time" } } },
      });
    },
    line: async () => {
      const points = await prisonerLine();
      draw({
        type: "line",
        data: {
          datasets: [
            { label: "political prisoners", data: points.map((p) => ({ x: +p.date, y: p.value })), pointRadius: 0 },
          ],
        },
        options: { scales: { x: { type: "time" } } },
      });
    },
  },
  "Chart.js draws no maps without a plugin (chartjs-chart-geo)",
);
