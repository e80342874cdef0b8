/**
 * The reference for "a whole dashboard page": the smallest honest React + d3 line chart of the prisoner
 * series (fetch, scales, one path, a few ticks). React owns the DOM, d3 does the math, like the app.
 */
import { useEffect, useLayoutEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { extent, max } from "d3-array";
import { scaleLinear, scaleUtc } from "d3-scale";
import { line } from "d3-shape";
import { HEIGHT, WIDTH, container, markReady, prisonerLine, run, type Point } from "./common";

const M = { top: 10, right: 10, bottom: 30, left: 50 };

function LineChart() {
  const [points, setPoints] = useState<Point[] | null>(null);
  useEffect(() => {
    prisonerLine().then(setPoints, (e: unknown) => console.error(e));
  }, []);
  useLayoutEffect(() => {
    if (points) markReady();
  }, [points]);
  if (!points) return null;
  const x = scaleUtc()
    .domain(extent(points, (p) => p.date) as [Date, Date])
    .range([M.left, WIDTH - M.right]);
  const y = scaleLinear()
    .domain([0, max(points, (p) => p.value) ?? 1])
    .nice()
    .range([HEIGHT - M.bottom, M.top]);
  const d = line<Point>()
    .x((p) => x(p.date))
    .y((p) => y(p.value))(points);
  return (
    <svg width={WIDTH} height={HEIGHT} role="img" aria-label="Political prisoners in custody">
      {x.ticks(6).map((t) => (
        <text key={+t} x={x(t)} y={HEIGHT - 8} textAnchor="middle" fontSize={11}>
          {t.getUTCFullYear()}
        </text>
      ))}
      {y.ticks(5).map((t) => (
        <g key={t}>
          <line x1={M.left} x2={WIDTH - M.right} y1={y(t)} y2={y(t)} stroke="#eee" />
          <text x={M.left - 6} y={y(t)} textAnchor="end" dominantBaseline="middle" fontSize={11}>
            {t}
          </text>
        </g>
      ))}
      <path d={d ?? ""} fill="none" stroke="steelblue" strokeWidth={1.5} />
    </svg>
  );
}

run(
  {
    line: async () => createRoot(container).render(<LineChart />),
  },
  "the reference page draws the line chart only",
);
