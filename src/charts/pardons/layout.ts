/**
 * Geometry of the pardon timeline as a pure function of (view, width): scales, panel positions,
 * bar positions nudged apart where stages are days apart, and which labels fit. d3 does the math.
 */
import { linearScale, utcScale, type LinearScale, type UtcScale } from "../common/scale";
import { rangeTimes } from "../../data/dates";
import type { PardonView } from "./pardonModel";

export interface Panel {
  top: number;
  height: number;
}

export interface BarSlot {
  /** Centre of the bar after nudging, and where its date really is. */
  cx: number;
  x0: number;
}

export interface PardonLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  narrow: boolean;
  /** The bar panel's two titles are stacked (phone) rather than on one row. */
  stacked: boolean;
  x: UtcScale;
  total: Panel & { y: LinearScale };
  bars: Panel & { baseline: number; up: LinearScale; down: LinearScale };
  /** Rows of brackets for overlapping recognition periods. */
  spans: Panel & { laneHeight: number };
  axisY: number;
  barWidth: number;
  slots: BarSlot[];
  ticks: Date[];
}

const LABEL_ROW = 22;
const LANE = 20;
const AXIS = 30;

/**
 * Spreads bar centres so that no two bars overlap, moving each group of crowded bars as little as
 * possible around where their dates are (clusters are centred on the mean of their ideal positions).
 */
export function dodge(ideal: readonly number[], sep: number, lo: number, hi: number): number[] {
  type Cluster = { first: number; n: number; left: number };
  const clusters: Cluster[] = [];
  const place = (c: Cluster) => {
    let sum = 0;
    for (let j = 0; j < c.n; j++) sum += ideal[c.first + j]! - j * sep;
    c.left = Math.min(Math.max(sum / c.n, lo), Math.max(lo, hi - (c.n - 1) * sep));
  };
  ideal.forEach((_, i) => {
    let c: Cluster = { first: i, n: 1, left: 0 };
    place(c);
    let prev = clusters[clusters.length - 1];
    while (prev && prev.left + prev.n * sep > c.left + 1e-9) {
      clusters.pop();
      c = { first: prev.first, n: prev.n + c.n, left: 0 };
      place(c);
      prev = clusters[clusters.length - 1];
    }
    clusters.push(c);
  });
  return clusters.flatMap((c) => Array.from({ length: c.n }, (_, j) => c.left + j * sep));
}

/**
 * `height` (a briefing slide's box, in the same units as `width`): the two panels grow or shrink so the
 * chart fills it exactly; labels, axis and brackets keep their sizes. Without it the panels have fixed heights.
 */
export function pardonLayout(view: PardonView, width: number, height: number | null = null): PardonLayout {
  const narrow = width < 560;
  const left = narrow ? 36 : 48;
  const right = narrow ? 10 : 20;
  const plotW = Math.max(120, width - left - right);
  const n = view.stages.length;

  let barWidth = Math.min(24, Math.max(6, plotW / 36));
  if (n > 0 && n * (barWidth + 2) > plotW) barWidth = Math.max(2, plotW / n - 2);
  const pad = barWidth / 2 + 2;

  // From the window's first day to the end of its last.
  const [start, after] = rangeTimes(view.window);
  const x = utcScale([new Date(start), new Date(after)], [pad, plotW - pad]);

  const ideal = view.stages.map((s) => x(s.day));
  const centres = dodge(ideal, barWidth + 2, pad, plotW - pad);
  const slots = ideal.map((x0, i) => ({ x0, cx: centres[i]! }));

  // Panel 1: running total.
  const totalTop = LABEL_ROW;
  const stacked = narrow && view.recognitions.length > 0;
  const lanes = view.recognitions.reduce((m, r) => (r.span ? Math.max(m, r.lane + 1) : m), 0);
  let totalH = narrow ? 110 : 150;
  let barsH = narrow ? 210 : 270;
  if (height !== null) {
    // Everything but the two panels, as summed below.
    const fixed =
      totalTop + 16 + LABEL_ROW * (stacked ? 2 : 1) + (view.recognitions.length ? 18 : 6) + lanes * LANE + 4 + AXIS;
    // Not flatter than this: a slide too short for it gets smaller type instead (SlideParts.tsx, useStageFit).
    const k = Math.max(0.3, (height - fixed) / (totalH + barsH));
    totalH *= k;
    barsH *= k;
  }
  const maxTotal = Math.max(1, ...view.stages.flatMap((s) => [s.computed, ...s.reported.map((c) => c.hi ?? c.value)]));
  const yTotal = linearScale([0, maxTotal], [totalTop + totalH, totalTop]).nice(4);

  // Panel 2: released per stage above the line, newly recognised per period below, same px per person.
  // Titles of the bar panel: on one row, or stacked on a phone.
  const barsTop = totalTop + totalH + 16 + LABEL_ROW * (stacked ? 2 : 1);
  const maxUp = Math.max(1, ...view.stages.flatMap((s) => s.counts.map((c) => c.hi ?? c.value)));
  const bars = view.recognitions.filter((r) => !r.span);
  const maxDown = Math.max(0, ...bars.flatMap((r) => r.claims.map((c) => c.hi ?? c.value)));
  // Headroom above the tallest bar for its value label.
  const headroom = 16;
  const perPerson = (barsH - headroom) / (maxUp + maxDown);
  const baseline = barsTop + headroom + maxUp * perPerson;
  const up = linearScale([0, maxUp], [baseline, baseline - maxUp * perPerson]);
  const down = linearScale([0, Math.max(1, maxDown)], [baseline, baseline + Math.max(1, maxDown) * perPerson]);

  // Under the lowest bar: room for its value label.
  const spansTop = barsTop + barsH + (view.recognitions.length ? 18 : 6);
  const spansH = lanes * LANE;
  const axisY = spansTop + spansH + 4;

  return {
    width,
    height: axisY + AXIS,
    left,
    right,
    narrow,
    stacked,
    x,
    total: { top: totalTop, height: totalH, y: yTotal },
    bars: { top: barsTop, height: barsH, baseline, up, down },
    spans: { top: spansTop, height: spansH, laneHeight: LANE },
    axisY,
    barWidth,
    slots,
    ticks: x.ticks(Math.max(2, Math.floor(plotW / (narrow ? 64 : 95)))),
  };
}

export interface LabelBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Approximate width of a 12 px label (charts cannot measure text in jsdom or before paint). */
export const labelWidth = (text: string, size = 12) => text.length * size * 0.58 + 4;

export const overlap = (a: LabelBox, b: LabelBox) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
