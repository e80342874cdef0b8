import "virtual:i18n/en/pardons";
import { memo } from "react";
import { formatDate, formatNumber, type Lang } from "../../i18n/format";
import type { Translate } from "../../i18n";
import type { LinearScale } from "../common/scale";
import { labelWidth, type PardonLayout } from "./layout";
import { isoDay } from "../../data/dates";
import type { PardonView } from "./pardonModel";

/** A tick on the time axis: a month ("Sep 2024") when it falls on the 1st, else a day. */
function tickLabel(d: Date, lang: Lang): string {
  const iso = isoDay(d);
  return formatDate(d.getUTCDate() === 1 ? iso.slice(0, 7) : iso, lang, "short");
}

/** Time axis at the bottom with light vertical grid lines through both panels. */
export function TimeAxis({ layout, lang }: { layout: PardonLayout; lang: Lang }) {
  const { x, ticks, axisY, total } = layout;
  const [lo, hi] = x.range() as [number, number];
  // Labels that would run into the previous one (or off the chart) are left out; grid lines stay.
  let lastEnd = -Infinity;
  const labels = ticks.map((d) => {
    const text = tickLabel(d, lang);
    const w = labelWidth(text);
    const left = x(d) - w / 2;
    const show = left >= lastEnd + 6 && left >= -layout.left && left + w <= hi + layout.right;
    if (show) lastEnd = left + w;
    return show ? text : null;
  });
  return (
    <g className="axis time-axis" aria-hidden="true">
      <g className="grid">
        {ticks.map((d) => (
          <line key={+d} x1={x(d)} x2={x(d)} y1={total.top} y2={axisY} />
        ))}
      </g>
      <line className="axis-line" x1={lo} x2={hi} y1={axisY} y2={axisY} />
      {ticks.map((d, i) => (
        <g key={+d} transform={`translate(${x(d)},${axisY})`}>
          <line y2={5} />
          {labels[i] && (
            <text y={18} textAnchor="middle">
              {labels[i]}
            </text>
          )}
        </g>
      ))}
    </g>
  );
}

/**
 * Horizontal grid and value labels for one panel; `ticks` are in data units. Memoised by where the ticks land:
 * a range change makes new scales, but a panel's grid often stays where it was.
 */
export const ValueAxis = memo(ValueAxisImpl, (a, b) => {
  if (a.x1 !== b.x1 || a.x2 !== b.x2 || a.lang !== b.lang || a.className !== b.className) return false;
  if (a.ticks.length !== b.ticks.length) return false;
  return a.ticks.every((v, i) => v === b.ticks[i] && a.y(v) === b.y(v));
});

function ValueAxisImpl({
  y,
  ticks,
  x1,
  x2,
  lang,
  className = "",
}: {
  y: LinearScale;
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

/** Closest two value labels may be (a short panel on a slide would otherwise print them over each other). */
const MIN_LABEL_GAP = 14;

/** Value ticks of a count of people: whole numbers only (a domain of [0, 1] would otherwise get 0.5), each at
 * least a label's height from the one before. */
export const countTicks = (y: LinearScale, count: number) => {
  let last = -Infinity;
  return y.ticks(count).filter((v) => {
    if (!Number.isInteger(v) || Math.abs(y(v) - last) < MIN_LABEL_GAP) return false;
    last = y(v);
    return true;
  });
};

/** A value label closer than this to the zero line would run into the line's own labels. */
const MIN_TICK_GAP = 12;

/** Titles and value grid of the bar panel: released per stage above the line, newly recognised below. */
export function BarPanelAxes({
  view,
  layout,
  lang,
  t,
}: {
  view: PardonView;
  layout: PardonLayout;
  lang: Lang;
  t: Translate;
}) {
  const { bars, x } = layout;
  const [lo, hi] = x.range() as [number, number];
  const released = t("pardons.panel.released");
  const left = -layout.left + 2;
  const hasDown = view.recognitions.some((r) => !r.span);
  const upTicks = countTicks(bars.up, 3).filter(
    (v) => v > 0 && bars.up(v) >= bars.top && bars.baseline - bars.up(v) >= MIN_TICK_GAP,
  );
  const downTicks = hasDown
    ? countTicks(bars.down, 2).filter(
        (v) => v > 0 && bars.down(v) <= bars.top + bars.height && bars.down(v) - bars.baseline >= MIN_TICK_GAP,
      )
    : [];
  return (
    <g className="bar-panel-axes">
      <text className="panel-title released-title" x={left} y={bars.top - 8 - (layout.stacked ? 22 : 0)}>
        {released}
      </text>
      {view.recognitions.length > 0 && (
        <text
          className="panel-title recognised-title"
          x={layout.stacked ? left : left + labelWidth(released, 13) + 16}
          y={bars.top - 8}
        >
          {t("pardons.panel.recognised")}
        </text>
      )}
      <ValueAxis y={bars.up} ticks={upTicks} x1={lo} x2={hi} lang={lang} />
      <ValueAxis y={bars.down} ticks={downTicks} x1={lo} x2={hi} lang={lang} className="down" />
    </g>
  );
}
