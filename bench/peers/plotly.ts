/**
 * Plotly (plotly.js-dist-min), default config. The map is a cartesian lon/lat scatter over the outline:
 * Plotly's geo traces download their basemap from cdn.plot.ly, which an offline page cannot do.
 */
import Plotly from "plotly.js-dist-min";
import { HEIGHT, WIDTH, container, detentionDots, markReady, outline, pardonBars, prisonerLine, run } from "./common";

const layout = { width: WIDTH, height: HEIGHT, margin: { t: 10, r: 10, b: 40, l: 50 } };

async function draw(data: object[], extra: object = {}) {
  await Plotly.newPlot(container, data, { ...layout, ...extra });
  markReady();
}

run({
  bar: async () => {
    const bars = await pardonBars();
    await draw([{ type: "bar", x: bars.map((b) => b.date), y: bars.map((b) => b.count) }]);
  },
  line: async () => {
    const points = await prisonerLine();
    await draw([{ type: "scatter", mode: "lines", x: points.map((p) => p.date), y: points.map((p) => p.value) }]);
  },
  map: async () => {
    const [geo, dots] = await Promise.all([outline(), detentionDots()]);
    const rings = geo.features.flatMap((f) =>
      f.geometry.type === "Polygon"
        ? [f.geometry.coordinates[0]!]
        : f.geometry.type === "MultiPolygon"
          ? f.geometry.coordinates.map((p) => p[0]!)
          : [],
    );
    const outlineTraces = rings.map((ring) => ({
      type: "scatter",
      mode: "lines",
      x: ring.map((c) => c[0]),
      y: ring.map((c) => c[1]),
      line: { color: "#999", width: 1 },
      hoverinfo: "skip",
      showlegend: false,
    }));
    const max = Math.max(1, ...dots.map((d) => d.count));
    await draw(
      [
        ...outlineTraces,
        {
          type: "scatter",
          mode: "markers",
          x: dots.map((d) => d.lon),
          y: dots.map((d) => d.lat),
          marker: { size: dots.map((d) => 4 + 26 * Math.sqrt(d.count / max)), opacity: 0.6 },
          showlegend: false,
        },
      ],
      { xaxis: { range: [23, 33] }, yaxis: { range: [51, 56.5], scaleanchor: "x", scaleratio: 1.65 } },
    );
  },
});
