/**
 * Layout of the incommunicado chart: one shared time scale for every row, from the earliest possible
 * start to the release's as-of date. Pure: (spans, width) → scale and ticks.
 */
import { utcMonth, utcYear } from "d3-time";
import { utcScale, type UtcScale } from "../charts/common/scale";
import { firstDay, periodStart } from "../data/dates";
import type { SpanView } from "./model";

export interface SpanLayout {
  x: UtcScale;
  ticks: Date[];
  barWidth: number;
}

/** Container width from which the name sits beside the bar (see .inc-chart in people.css). */
export const WIDE = 640;
export const NAME_COLUMN = 220;
export const PAD = 10;

/** `nameColumn`: the names' column beside the bars (wider on a briefing slide, where names are larger). */
export function layoutSpans(
  spans: readonly SpanView[],
  width: number,
  asOf: string,
  nameColumn: number = NAME_COLUMN,
): SpanLayout {
  const barWidth = Math.max(120, width >= WIDE ? width - nameColumn : width);
  const starts = spans.map((s) => firstDay(s.start.date));
  const first = starts.length ? starts.reduce((a, b) => (a < b ? a : b)) : asOf;
  const x = utcScale([utcMonth.floor(periodStart(first)), periodStart(asOf)], [PAD, barWidth - PAD]);
  const years = x.ticks(utcYear.every(1)!);
  // Half-years where there is room and few year ticks.
  const ticks = years.length < 3 && barWidth > 300 ? x.ticks(utcMonth.every(6)!) : years;
  return { x, ticks, barWidth };
}
