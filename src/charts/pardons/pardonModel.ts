/**
 * Pure data derivation for the pardon timeline: which stages and recognition counts the view
 * shows, the running total we compute from the stage counts, and where sources disagree with it.
 * No React, no DOM: the widget's summary, table and chart all read this one model.
 */
import type { Claim, Observation, PardonStage, Qualifier, ReleaseData, RunningTotal } from "../../data/schema";
import { distinctClaims, findSeries, sortByDate } from "../../data/selectors";
import { isoDay, MS_PER_DAY, overlapsRange, periodEnd, periodStart } from "../../data/dates";
import type { DateRange } from "../../state/store";

/** The running total counts stages from 3 July 2024 on (the newsletter's "since 3 July 2024"). */
export const SINCE_MONTH = "2024-07";
/** Without a selected range the view starts at the beginning of that month. */
export const WINDOW_START = "2024-07-01";

export interface StageView {
  stage: PardonStage;
  /** Where the stage sits on the time axis (end of its period for partial dates). */
  day: Date;
  /** Distinct count claims; the first is the one the bar is drawn to. */
  counts: Claim[];
  /** Running total after this stage, computed by us: the sum of the first count of every stage so far. */
  computed: number;
  /** Whether any summed count is not exact (the computed total is then "at least"). */
  computedInexact: boolean;
  /** How many stages the computed total adds up. */
  computedStages: number;
  /** Running totals as sources reported them (basis "reported" or unstated), distinct. */
  reported: RunningTotal[];
  /** Running totals a source computed itself, shown only where they differ from ours. */
  otherComputed: Claim[];
  /** A reported running total differs from the computed one. */
  totalConflict: boolean;
}

export interface RecognitionView {
  key: string;
  /** Distinct claims on the same period; the first is drawn. */
  claims: Observation[];
  startIso: string;
  endIso: string;
  start: Date;
  /** Last day of the period (inclusive). */
  end: Date;
  /** Drawn as a bracket under the bars: it overlaps a period drawn as a bar. */
  span: boolean;
  /** Row of the bracket (0 = first row under the bars). */
  lane: number;
}

export interface Window {
  start: string;
  end: string;
}

export interface PardonView {
  window: Window;
  /** Whether the reader selected a range (else the window is "since 3 July 2024"). */
  ranged: boolean;
  stages: StageView[];
  recognitions: RecognitionView[];
  /** Sum of the first count of the stages in the view. */
  total: { value: number; qualifier: Qualifier };
  /** Non-overlapping recognition periods inside the window that cover the most days, and their sum. */
  recognisedInWindow: RecognitionView[];
  recognisedTotal: { value: number; qualifier: Qualifier } | null;
}

/** The qualifier of a sum: exact only if every part is; a lower bound if every part is exact or a lower bound. */
export function sumQualifier(parts: readonly Qualifier[]): Qualifier {
  if (parts.every((q) => q === "exact")) return "exact";
  if (parts.every((q) => q === "exact" || q === "at_least" || q === "more_than")) return "at_least";
  return "about";
}

/** Every stage since 3 July 2024 with its computed running total, oldest first. */
export function stageViews(release: ReleaseData): StageView[] {
  const stages = sortByDate(release.pardons).filter((p) => p.date >= SINCE_MONTH);
  let sum = 0;
  let inexact = false;
  return stages.map((stage, i) => {
    const counts = distinctClaims(stage.count);
    const first = counts[0]!;
    sum += first.value;
    inexact ||= first.qualifier !== "exact";
    const reported = distinctClaims(stage.runningTotal.filter((c) => c.basis !== "computed"));
    const otherComputed = distinctClaims(stage.runningTotal.filter((c) => c.basis === "computed")).filter(
      (c) => c.value !== sum,
    );
    return {
      stage,
      day: periodEnd(stage.date),
      counts,
      computed: sum,
      computedInexact: inexact,
      computedStages: i + 1,
      reported,
      otherComputed,
      totalConflict: reported.some((c) => c.value !== sum || c.qualifier === "range"),
    };
  });
}

function periodOf(o: Observation): { startIso: string; endIso: string; start: Date; end: Date } {
  const start = periodStart(o.start ?? o.date);
  const end = periodEnd(o.date);
  return { startIso: isoDay(start), endIso: isoDay(end), start, end };
}

const overlaps = (a: RecognitionView, b: RecognitionView) =>
  overlapsRange(a.startIso, a.endIso, { start: b.startIso, end: b.endIso });

/**
 * Newly recognised political prisoners, per reported period. Sources report overlapping periods
 * (a month, two weeks of a newsletter, "since 18 January"); drawing them all as bars would count
 * people twice. Periods closest to a month become bars (that is how Viasna reports), the others
 * become brackets under them, each still with its own figure and source.
 */
export function recognitionViews(release: ReleaseData): RecognitionView[] {
  const series = findSeries(release, "newly_recognised");
  if (!series) return [];
  const groups = new Map<string, Observation[]>();
  for (const o of series.observations) {
    const p = periodOf(o);
    const key = `${p.startIso}_${p.endIso}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  const views: RecognitionView[] = [...groups].map(([key, obs]) => ({
    key,
    claims: distinctClaims(obs),
    ...periodOf(obs[0]!),
    span: false,
    lane: 0,
  }));
  const days = (v: RecognitionView) => (+v.end - +v.start) / MS_PER_DAY + 1;
  const monthness = (v: RecognitionView) => Math.abs(Math.log(days(v) / 30.4));
  const byPreference = [...views].sort((a, b) => monthness(a) - monthness(b) || +a.start - +b.start);
  const bars: RecognitionView[] = [];
  for (const v of byPreference) {
    if (bars.some((b) => overlaps(b, v))) v.span = true;
    else bars.push(v);
  }
  // Brackets: greedy interval partitioning into rows.
  const laneEnds: Date[] = [];
  for (const v of views.filter((x) => x.span).sort((a, b) => +a.start - +b.start)) {
    const lane = laneEnds.findIndex((end) => +end < +v.start);
    v.lane = lane === -1 ? laneEnds.length : lane;
    laneEnds[v.lane] = v.end;
  }
  return views.sort((a, b) => +a.start - +b.start || +a.end - +b.end);
}

/** The time window of the view: the selected range, or 1 July 2024 to the release's as-of date. */
/**
 * The non-overlapping periods that together cover the most days (weighted interval scheduling).
 * The summary adds these up: a year-long count is worth more than three monthly ones inside it,
 * or the sum would leave out the months no monthly count covers.
 */
export function widestCover(views: readonly RecognitionView[]): RecognitionView[] {
  const sorted = [...views].sort((a, b) => +a.end - +b.end || +a.start - +b.start);
  const days = (v: RecognitionView) => (+v.end - +v.start) / MS_PER_DAY + 1;
  const best: number[] = [0];
  const prev = sorted.map((v, i) => {
    let j = i - 1;
    while (j >= 0 && +sorted[j]!.end >= +v.start) j--;
    return j;
  });
  sorted.forEach((v, i) => best.push(Math.max(best[i]!, days(v) + best[prev[i]! + 1]!)));
  const out: RecognitionView[] = [];
  for (let i = sorted.length - 1; i >= 0;) {
    // best rose at i only if taking period i was better than leaving it.
    if (best[i + 1]! > best[i]!) {
      out.push(sorted[i]!);
      i = prev[i]!;
    } else i--;
  }
  return out.reverse();
}

export function viewWindow(release: ReleaseData, range: DateRange, stages: readonly StageView[]): Window {
  if (range) return { start: range.start, end: range.end };
  const last = stages[stages.length - 1];
  const lastDay = last ? isoDay(last.day) : WINDOW_START;
  const asOf = release.entry.asOf;
  return { start: WINDOW_START, end: asOf > lastDay ? asOf : lastDay };
}

/** The range-free part of the view: every stage and recognition period of a release. */
export interface ReleasePardons {
  stages: StageView[];
  recognitions: RecognitionView[];
}

export function releasePardons(release: ReleaseData): ReleasePardons {
  return { stages: stageViews(release), recognitions: recognitionViews(release) };
}

/** The view of a range. The widget passes the release's views it keeps (widget.tsx), so each range reuses them. */
export function buildPardonView(
  release: ReleaseData,
  range: DateRange,
  { stages: all, recognitions: allRecognitions }: ReleasePardons = releasePardons(release),
): PardonView {
  const window = viewWindow(release, range, all);
  const inWindow = (d: Date) => isoDay(d) >= window.start && isoDay(d) <= window.end;
  const stages = all.filter((s) => inWindow(s.day));
  const recognitions = allRecognitions.filter((r) => overlapsRange(r.startIso, r.endIso, window));
  const recognisedInWindow = widestCover(recognitions.filter((r) => inWindow(r.start) && inWindow(r.end)));
  const first = (s: StageView) => s.counts[0]!;
  return {
    window,
    ranged: range !== null,
    stages,
    recognitions,
    total: {
      value: stages.reduce((sum, s) => sum + first(s).value, 0),
      qualifier: sumQualifier(stages.map((s) => first(s).qualifier)),
    },
    recognisedInWindow,
    recognisedTotal: recognisedInWindow.length
      ? {
          value: recognisedInWindow.reduce((sum, r) => sum + r.claims[0]!.value, 0),
          qualifier: sumQualifier(recognisedInWindow.map((r) => r.claims[0]!.qualifier)),
        }
      : null,
  };
}

/** The latest stage in the view that has a reported running total. */
export function latestReported(view: PardonView): StageView | undefined {
  return [...view.stages].reverse().find((s) => s.reported.length > 0);
}

/** Every source id the view cites: stage records and claims, and the recognition counts shown. */
export function viewSources(view: PardonView): string[] {
  const ids = new Set<string>();
  for (const s of view.stages) {
    s.stage.sources.forEach((id) => ids.add(id));
    const claims: Claim[] = [...s.stage.count, ...s.stage.runningTotal, ...Object.values(s.stage.breakdown)];
    claims.forEach((c) => c.sources.forEach((id) => ids.add(id)));
    s.stage.stageNumbers.forEach((n) => n.sources.forEach((id) => ids.add(id)));
  }
  for (const r of view.recognitions) r.claims.forEach((c) => c.sources.forEach((id) => ids.add(id)));
  return [...ids];
}
