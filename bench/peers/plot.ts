/** Observable Plot: synchronous SVG, appended to the page. */
import * as Plot from "@observablehq/plot";
import { HEIGHT, WIDTH, container, detentionDots, markReady, outline, pardonBars, prisonerLine, run } from "./common";

function draw(chart: Element) {
  container.append(chart);
  markReady();
}

run({
  bar: async () => {
    const bars = await pardonBars();
    draw(
      Plot.plot({ width: WIDTH, height: HEIGHT, marks: [Plot.ruleX(bars, { x: "date", y: "count", strokeWidth: 6 })] }),
    );
  },
  line: async () => {
    const points = await prisonerLine();
    draw(Plot.plot({ width: WIDTH, height: HEIGHT, marks: [Plot.lineY(points, { x: "date", y: "value" })] }));
  },
  map: async () => {
    const [geo, dots] = await Promise.all([outline(), detentionDots()]);
    const belarus = geo.features.find((f) => f.properties?.role === "belarus")!;
    draw(
      Plot.plot({
        width: WIDTH,
        height: HEIGHT,
        projection: { type: "mercator", domain: belarus },
        r: { range: [2, 20] },
        marks: [
          Plot.geo(geo, { fill: "#ddd", stroke: "#fff" }),
          Plot.dot(dots, { x: "lon", y: "lat", r: "count", fillOpacity: 0.6, fill: "currentColor" }),
        ],
      }),
    );
  },
});
