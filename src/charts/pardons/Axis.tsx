import type { ScaleLinear } from "d3-scale";
import { formatDate, formatNumber, type Lang } from "../../i18n/format";
import type { PardonLayout } from "./layout";
import { isoDay } from "./pardonModel";

/** A tick on the time axis: a month ("Sep 2024") when it falls on the 1st, else a day. */
function tickLabel(d: Date, lang: Lang): string {
  const iso = isoDay(d);
  return formatDate(d.getUTCDate() === 1 ? iso.slice(0, 7) : iso, lang, "short");
}

/** Time axis at the bottom with light vertical grid lines through both panels. */
export function TimeAxis({ layout, lang }: { layout: PardonLayout; lang: Lang }) {
  const { x, ticks, axisY, total } = layout;
  const [lo, hi] = x.range() as [number, number];
  return (
    <g className="axis time-axis" aria-hidden="true">
      <g className="grid">
        {ticks.map((d) => (
          <line key={+d} x1={x(d)} x2={x(d)} y1={total.top} y2={axisY} />
        ))}
      </g>
      <line className="axis-line" x1={lo} x2={hi} y1={axisY} y2={axisY} />
      {ticks.map((d) => (
        <g key={+d} transform={`translate(${x(d)},${axisY})`}>
          <line y2={5} />
          <text y={18} textAnchor="middle">
            {tickLabel(d, lang)}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Horizontal grid and value labels for one panel; `ticks` are in data units. */
export function ValueAxis({
  y,
  ticks,
  x1,
  x2,
  lang,
  className = "",
}: {
  y: ScaleLinear<number, number>;
  ticks: number[];
  x1: number;
  x2: number;
  lang: Lang;
  className?: string;
}) {
  return (
    <g className={`axis value-axis ${className}`} aria-hidden="true">
      {ticks.map((v) => (
        <g key={v} className="grid">
          <line x1={x1} x2={x2} y1={y(v)} y2={y(v)} />
          <text x={x1 - 6} y={y(v)} dy="0.32em" textAnchor="end">
            {formatNumber(v, lang)}
          </text>
        </g>
      ))}
    </g>
  );
}
