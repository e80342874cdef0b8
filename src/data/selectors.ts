/** Derived views of a loaded release. Pure functions; components call them through useMemo. */
import type { Claim, Observation, PardonStage, ReleaseData, RunningTotal, Series, SeriesId } from "./schema";
import { compareDates } from "./dates";

export function findSeries(release: ReleaseData, id: SeriesId): Series | undefined {
  return release.series.find((s) => s.id === id);
}

export function sortByDate<T extends { date: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareDates(a.date, b.date));
}

/** All observations on the latest date of a series (several when sources disagree). */
export function latestObservations(series: Series | undefined): Observation[] {
  if (!series || series.observations.length === 0) return [];
  const sorted = sortByDate(series.observations);
  const lastDate = sorted[sorted.length - 1]!.date;
  return sorted.filter((o) => o.date === lastDate);
}

/** Distinct figures among claims: identical value+qualifier are one figure with merged sources. */
export function distinctClaims<T extends Pick<Claim, "value" | "qualifier" | "hi" | "sources">>(
  claims: readonly T[],
): T[] {
  const out: T[] = [];
  for (const c of claims) {
    const same = out.find((o) => o.value === c.value && o.qualifier === c.qualifier && o.hi === c.hi);
    if (same) {
      const merged = [...new Set([...same.sources, ...c.sources])];
      out[out.indexOf(same)] = { ...same, sources: merged };
    } else out.push(c);
  }
  return out;
}

export interface PardonSummary {
  stages: PardonStage[];
  /** Sum of the first claim of each stage, computed by us. */
  computedTotal: number;
  /** Whether any summed stage count is not exact (the sum is then "at least"). */
  computedInexact: boolean;
  /** Running totals as reported after the latest stage that has any. */
  reportedTotals: RunningTotal[];
  reportedAfter: PardonStage | undefined;
}

/** Pardons since 3 July 2024 (all kinds, US-brokered included, told apart in the views). */
export function pardonSummary(release: ReleaseData): PardonSummary {
  const stages = sortByDate(release.pardons).filter((p) => p.date >= "2024-07");
  const computedTotal = stages.reduce((sum, s) => sum + s.count[0]!.value, 0);
  const computedInexact = stages.some((s) => s.count[0]!.qualifier !== "exact");
  const withTotals = stages.filter((s) => s.runningTotal.some((c) => c.basis !== "computed"));
  const reportedAfter = withTotals[withTotals.length - 1];
  return {
    stages,
    computedTotal,
    computedInexact,
    reportedTotals: reportedAfter
      ? distinctClaims(reportedAfter.runningTotal.filter((c) => c.basis !== "computed"))
      : [],
    reportedAfter,
  };
}
