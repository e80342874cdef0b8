/**
 * Pure derivation for the trend charts: observations → points on a time axis, the line through
 * them, gaps, conflicts and range filtering. No React, no DOM: tested directly and reused by the
 * widget summaries and tables.
 */
import type { Observation, Qualifier, ReleaseData, SeriesId } from "../../data/schema";
import { findSeries } from "../../data/selectors";
import { isoDateEnd, parseIsoDate } from "../../i18n/format";
import type { DateRange } from "../../state/store";

const DAY_MS = 86_400_000;
/** Segments spanning more than this many days are dashed: the straight line there is not data. */
export const GAP_DAYS = 122;

export type Precision = "day" | "month" | "year";

export interface TrendPoint {
  /** Unique within a chart: "<series>:<date>:<index in the series>". */
  key: string;
  seriesId: SeriesId;
  /** The ISO date as the source gives it (possibly partial). */
  date: string;
  /** Position on the time axis in ms: the end of the date's period. */
  t: number;
  /** Start of the period the date covers, in ms (equals t for full days). */
  t0: number;
  precision: Precision;
  value: number;
  qualifier: Qualifier;
  hi?: number;
  /** Start of the counting period (e.g. "since 9 August 2020"). */
  start?: string;
  sources: string[];
  note?: string;
}

export interface TrendSeries {
  id: SeriesId;
  /** Sorted by position; points on the same day keep the order of the data. */
  points: TrendPoint[];
}

export interface Segment {
  from: TrendPoint;
  to: TrendPoint;
  /** Long gap between observations: drawn dashed. */
  gap: boolean;
}

export function precisionOf(iso: string): Precision {
  const n = iso.split("-").length;
  return n === 3 ? "day" : n === 2 ? "month" : "year";
}

/** The UTC day of a time as YYYY-MM-DD. */
export function isoDay(t: number | Date): string {
  return new Date(t).toISOString().slice(0, 10);
}

export function toPoints(id: SeriesId, observations: readonly Observation[]): TrendPoint[] {
  const points = observations.map((o, i) => ({
    key: `${id}:${o.date}:${i}`,
    seriesId: id,
    date: o.date,
    t: +isoDateEnd(o.date),
    t0: +parseIsoDate(o.date),
    precision: precisionOf(o.date),
    value: o.value,
    qualifier: o.qualifier,
    ...(o.hi !== undefined ? { hi: o.hi } : {}),
    ...(o.start ? { start: o.start } : {}),
    sources: o.sources,
    ...(o.note ? { note: o.note } : {}),
  }));
  // Array.prototype.sort is stable: same-day observations keep the order of the data.
  return points.sort((a, b) => a.t - b.t);
}

export function seriesOf(release: ReleaseData, ids: readonly SeriesId[]): TrendSeries[] {
  return ids.map((id) => ({ id, points: toPoints(id, findSeries(release, id)?.observations ?? []) }));
}

/**
 * The points the line passes through: one per day. Where several figures share a day, the line
 * takes the first with the most precise date (the others are still drawn, joined by a conflict
 * bar); a year-only figure ("2023") is never joined, because its place on the axis is a bound.
 */
export function linePoints(points: readonly TrendPoint[]): TrendPoint[] {
  const rank: Record<Precision, number> = { day: 0, month: 1, year: 2 };
  const byDay = new Map<number, TrendPoint>();
  for (const p of points) {
    if (p.precision === "year") continue;
    const have = byDay.get(p.t);
    if (!have || rank[p.precision] < rank[have.precision]) byDay.set(p.t, p);
  }
  return [...byDay.values()].sort((a, b) => a.t - b.t);
}

export function segments(line: readonly TrendPoint[], gapDays = GAP_DAYS): Segment[] {
  const out: Segment[] = [];
  for (let i = 1; i < line.length; i++) {
    const from = line[i - 1]!;
    const to = line[i]!;
    out.push({ from, to, gap: (to.t - from.t) / DAY_MS > gapDays });
  }
  return out;
}

/** The values a figure allows: "at least 80" is [80, ∞), "about 100" is taken as ±10 %. */
function bounds(p: Pick<TrendPoint, "value" | "qualifier" | "hi">): [number, number] {
  switch (p.qualifier) {
    case "exact":
      return [p.value, p.value];
    case "at_least":
      return [p.value, Infinity];
    case "more_than":
      return [p.value + 0.5, Infinity];
    case "fewer_than":
      return [0, p.value - 0.5];
    case "about":
      return [p.value * 0.9, p.value * 1.1];
    case "range":
      return [p.value, p.hi ?? p.value];
  }
}

/** Whether two figures cannot both be true ("1,477" vs "1,452"; not "fewer than 1,300" vs "1,299"). */
export function disagree(a: TrendPoint, b: TrendPoint): boolean {
  const [a0, a1] = bounds(a);
  const [b0, b1] = bounds(b);
  return a1 < b0 || b1 < a0;
}

/**
 * Groups of points with the same date (as the sources give it) whose figures disagree. Figures
 * that merely share a position (a year-only "2023" and "2023-12-31") are not a disagreement.
 */
export function conflictGroups(points: readonly TrendPoint[]): TrendPoint[][] {
  const byDate = new Map<string, TrendPoint[]>();
  for (const p of points) byDate.set(p.date, [...(byDate.get(p.date) ?? []), p]);
  return [...byDate.values()].filter((g) => g.some((a, i) => g.slice(i + 1).some((b) => disagree(a, b))));
}

/** Identical figures of one series and date (the same count cited by two outlets) as one row with
 * all their sources and notes; disagreeing figures stay separate. */
export function mergeSame(points: readonly TrendPoint[]): TrendPoint[] {
  const out: TrendPoint[] = [];
  for (const p of points) {
    const i = out.findIndex(
      (o) =>
        o.seriesId === p.seriesId &&
        o.date === p.date &&
        o.value === p.value &&
        o.qualifier === p.qualifier &&
        o.hi === p.hi,
    );
    if (i < 0) out.push(p);
    else {
      const o = out[i]!;
      const note = [o.note, p.note].filter(Boolean).join("; ");
      out[i] = { ...o, sources: [...new Set([...o.sources, ...p.sources])], ...(note ? { note } : {}) };
    }
  }
  return out;
}

/** Whether a point's position on the axis lies inside the range (null = everything). */
export function inRange(p: Pick<TrendPoint, "t">, range: DateRange): boolean {
  if (!range) return true;
  const day = isoDay(p.t);
  return day >= range.start && day <= range.end;
}

/** Distinct positions of all points, ascending: the stops of keyboard navigation. */
export function stops(series: readonly TrendSeries[]): number[] {
  return [...new Set(series.flatMap((s) => s.points.map((p) => p.t)))].sort((a, b) => a - b);
}

export function nearestStop(all: readonly number[], t: number): number | undefined {
  let best: number | undefined;
  for (const s of all) if (best === undefined || Math.abs(s - t) < Math.abs(best - t)) best = s;
  return best;
}

export function pointsAt(series: readonly TrendSeries[], t: number): TrendPoint[] {
  return series.flatMap((s) => s.points.filter((p) => p.t === t));
}

/** The highest figure (upper bound for ranges) among points; first one wins ties. */
export function peakOf(points: readonly TrendPoint[]): TrendPoint | undefined {
  let best: TrendPoint | undefined;
  for (const p of points) if (!best || p.value > best.value) best = p;
  return best;
}

/** All points of the latest, most precise date among the given ones (a "2023" figure does not
 * stand for 31 December 2023 when a figure for that day exists). */
export function latestOf(points: readonly TrendPoint[]): TrendPoint[] {
  if (points.length === 0) return [];
  const last = points.reduce((m, p) => Math.max(m, p.t), -Infinity);
  const atLast = points.filter((p) => p.t === last);
  const rank: Record<Precision, number> = { day: 0, month: 1, year: 2 };
  const best = atLast.reduce((m, p) => Math.min(m, rank[p.precision]), Infinity);
  return atLast.filter((p) => rank[p.precision] === best);
}

export function maxValue(series: readonly TrendSeries[]): number {
  let max = 0;
  for (const s of series) for (const p of s.points) max = Math.max(max, p.hi ?? p.value);
  return max;
}

/** The time domain of a chart: from the first point (or a context event) to the release date. */
export function timeDomain(series: readonly TrendSeries[], extra: readonly number[], asOf: string): [Date, Date] {
  const ts = [...series.flatMap((s) => s.points.flatMap((p) => [p.t0, p.t])), ...extra, +parseIsoDate(asOf)];
  const pad = 20 * DAY_MS;
  // A loop, not Math.min(...ts): spreading 100,000 values overflows the call stack.
  let lo = Infinity;
  let hi = -Infinity;
  for (const t of ts) {
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  return [new Date(lo - pad), new Date(hi + pad)];
}
