/**
 * Geometry of a trend chart as a function of its width: margins, stacked panels (each with its
 * own y scale and axis label), the annotation label band and the time scale. Pure math.
 */
import { linearScale, utcScale, type LinearScale, type UtcScale } from "../common/scale";
import { maxValue, type TrendSeries } from "./trendModel";

export interface PanelInput {
  id: string;
  series: TrendSeries[];
  /** Axis label, written above the panel. */
  yLabel: string;
  /** Share of the plot height. */
  weight: number;
}

export interface PanelLayout extends PanelInput {
  /** Top of the axis label line. */
  labelY: number;
  top: number;
  bottom: number;
  y: LinearScale;
  yTicks: number[];
}

export interface ChartLayout {
  width: number;
  height: number;
  narrow: boolean;
  left: number;
  right: number;
  /** Height of the band above the plots where annotation labels sit. */
  bandTop: number;
  bandBottom: number;
  levels: number;
  x: UtcScale;
  xTicks: Date[];
  panels: PanelLayout[];
  /** Bottom of the last panel (the time axis). */
  axisY: number;
}

const LABEL_LINE = 24;
const PANEL_GAP = 20;
const LEVEL_HEIGHT = 14;
/** Below the last panel: the time axis's ticks and labels. */
const AXIS_ROOM = 28;

/** `height` (a briefing slide's box, in the units of `width`): the panels share what the labels and axis leave. */
export function chartLayout(
  width: number,
  domain: [Date, Date],
  panels: readonly PanelInput[],
  height: number | null = null,
): ChartLayout {
  const narrow = width < 560;
  const levels = narrow ? 2 : 3;
  const left = narrow ? 42 : 54;
  const right = narrow ? 12 : 24;
  const bandTop = 2;
  const bandBottom = bandTop + levels * LEVEL_HEIGHT + 4;
  const plotTotal =
    height !== null
      ? Math.max(110, height - bandBottom - panels.length * LABEL_LINE - (panels.length - 1) * PANEL_GAP - AXIS_ROOM)
      : (narrow ? 230 : 300) + (panels.length - 1) * (narrow ? 50 : 60);
  const weights = panels.reduce((s, p) => s + p.weight, 0) || 1;
  let cursor = bandBottom;
  const laid = panels.map((p) => {
    const h = (plotTotal * p.weight) / weights;
    const labelY = cursor;
    const top = cursor + LABEL_LINE;
    const bottom = top + h;
    cursor = bottom + PANEL_GAP;
    const count = Math.max(2, Math.round(h / 45));
    // Not niced: a rounded-up top (2,000 for a peak of 1,501) would waste a third of the panel.
    const y = linearScale([0, Math.max(10, maxValue(p.series) * 1.05)], [bottom, top]);
    return { ...p, labelY, top, bottom, y, yTicks: y.ticks(count) };
  });
  const axisY = laid.length ? laid[laid.length - 1]!.bottom : bandBottom;
  const x = utcScale(domain, [left, width - right]);
  return {
    width,
    height: axisY + AXIS_ROOM,
    narrow,
    left,
    right,
    bandTop,
    bandBottom,
    levels,
    x,
    xTicks: x.ticks(narrow ? 4 : width < 900 ? 6 : 9),
    panels: laid,
    axisY,
  };
}

/** Tick label: a year at 1 January, otherwise a short month and year. */
export function tickIso(d: Date): string {
  const iso = d.toISOString();
  return d.getUTCMonth() === 0 && d.getUTCDate() === 1 ? iso.slice(0, 4) : iso.slice(0, 7);
}
