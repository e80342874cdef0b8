/**
 * The headline figures of a release — one model for the dashboard card, the key-figures embed,
 * its table/CSV and briefing slides. Each figure keeps every version the sources give.
 */
import type { Claim, PardonStage, Qualifier, ReleaseData } from "./schema";
import { distinctClaims, findSeries, latestObservations, pardonSummary } from "./selectors";

export type KeyFigureValue = Pick<Claim, "value" | "qualifier" | "hi" | "sources" | "basis"> & {
  /** When a figure refers to an earlier date than the key figure's own (a running total reported after an earlier stage). */
  asOf?: string;
};

export interface KeyFigure {
  id: "prisoners" | "pardoned" | "deaths" | "treason";
  /** Every distinct figure; more than one = sources disagree (or a reported total differs from our sum). */
  figures: KeyFigureValue[];
  date?: string;
  /** Number of pardon stages (pardoned only). */
  stages?: number;
  /** What the computed sum is made of, by kind of release (pardoned only): pardons, amnesty, US-brokered
   * releases and foreign nationals are different things, and the reported totals count different bases. */
  kinds?: { kind: PardonStage["kind"]; value: number; qualifier: Qualifier; stages: number }[];
}

const KIND_ORDER: PardonStage["kind"][] = ["pardon", "amnesty", "us_brokered", "foreigners"];

function byKind(stages: readonly PardonStage[]): NonNullable<KeyFigure["kinds"]> {
  return KIND_ORDER.flatMap((kind) => {
    const of = stages.filter((s) => s.kind === kind);
    if (of.length === 0) return [];
    const value = of.reduce((n, s) => n + s.count[0]!.value, 0);
    const exact = of.every((s) => s.count[0]!.qualifier === "exact");
    return [{ kind, value, qualifier: exact ? ("exact" as const) : ("at_least" as const), stages: of.length }];
  });
}

function latest(release: ReleaseData, id: "prisoners_in_custody" | "treason_convictions_cumulative") {
  const obs = latestObservations(findSeries(release, id));
  return { figures: distinctClaims(obs) as KeyFigureValue[], date: obs[0]?.date };
}

export function keyFigures(release: ReleaseData): KeyFigure[] {
  const pardons = pardonSummary(release);
  const lastStage = pardons.stages[pardons.stages.length - 1];
  // Our sum of every stage listed leads; running totals as sources reported them follow, dated when
  // they were reported after an earlier stage. A reported total equal to our sum is one figure, cited.
  const computed: KeyFigureValue = {
    value: pardons.computedTotal,
    qualifier: pardons.computedInexact ? "at_least" : "exact",
    // Every stage's sources, for tables and CSV; the card links to the timeline instead of listing them.
    sources: [...new Set(pardons.stages.flatMap((st) => st.count[0]!.sources))],
    basis: "computed",
  };
  const reportedAtEnd = pardons.reportedAfter === lastStage;
  const reported: KeyFigureValue[] = pardons.reportedTotals.map((c) => ({
    ...c,
    asOf: c.asOf ?? (reportedAtEnd ? undefined : pardons.reportedAfter?.date),
  }));
  const same = reportedAtEnd
    ? reported.find((c) => c.value === computed.value && c.qualifier === computed.qualifier)
    : undefined;
  const pardonFigures: KeyFigureValue[] = !lastStage
    ? []
    : same
      ? [same, ...reported.filter((c) => c !== same)]
      : [computed, ...reported];
  // Viasna's count: the deaths it numbers (ordinal). Other reported deaths are shown in the deaths view.
  const counted = release.deaths.filter((d) => d.ordinal !== undefined).sort((a, b) => a.ordinal! - b.ordinal!);
  const lastDeath = counted[counted.length - 1];
  const list: KeyFigure[] = [
    { id: "prisoners", ...latest(release, "prisoners_in_custody") },
    {
      id: "pardoned",
      figures: pardonFigures,
      date: lastStage?.date,
      stages: pardons.stages.length,
      kinds: byKind(pardons.stages),
    },
    {
      id: "deaths",
      figures: lastDeath ? [{ value: lastDeath.ordinal!, qualifier: "exact", sources: lastDeath.sources }] : [],
      date: lastDeath?.reported[0]?.date ?? lastDeath?.died[0]?.date,
    },
    { id: "treason", ...latest(release, "treason_convictions_cumulative") },
  ];
  return list.filter((k) => k.figures.length > 0);
}
