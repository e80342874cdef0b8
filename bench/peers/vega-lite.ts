/** Vega-Lite through vega-embed, default (canvas) renderer, no actions menu. */
import embed, { type VisualizationSpec } from "vega-embed";
import { HEIGHT, WIDTH, container, detentionDots, markReady, outline, pardonBars, prisonerLine, run } from "./common";

const base = { $schema: "https://vega.github.io/schema/vega-lite/v6.json", width: WIDTH, height: HEIGHT } as const;

async function draw(spec: VisualizationSpec) {
  await embed(container, spec, { actions: false });
  markReady();
}

run({
  bar: async () =>
    draw({
      ...base,
      data: { values: await pardonBars() },
      mark: { type: "bar", width: 6 },
      encoding: {
        x: { field: "date", type: "temporal", title: null },
        y: { field: "count", type: "quantitative", title: "people pardoned" },
      },
    }),
  line: async () =>
    draw({
      ...base,
      data: { values: await prisonerLine() },
      mark: "line",
      encoding: {
        x: { field: "date", type: "temporal", title: null },
        y: { field: "value", type: "quantitative", title: "political prisoners" },
      },
    }),
  map: async () => {
    const [geo, dots] = await Promise.all([outline(), detentionDots()]);
    await draw({
      ...base,
      projection: { type: "mercator" },
      layer: [
        { data: { values: geo.features }, mark: { type: "geoshape", fill: "#ddd", stroke: "#fff" } },
        {
          data: { values: dots },
          mark: { type: "circle", opacity: 0.6 },
          encoding: {
            longitude: { field: "lon", type: "quantitative" },
            latitude: { field: "lat", type: "quantitative" },
            size: { field: "count", type: "quantitative" },
          },
        },
      ],
    });
  },
});
