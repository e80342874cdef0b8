import "virtual:i18n/en/pardons";
import type { Claim, ReleaseData } from "../../data/schema";
import type { TidyFact } from "../../data/facts";
import type { WidgetContext, WidgetDef } from "../../widgets/types";
import { pardonViewFor, SINCE_MONTH, stageViews, viewSources, type PardonView } from "./pardonModel";
import { PardonTimeline, viewSummary } from "./PardonTimeline";
import { pardonHeadline, pardonTable } from "./summary";

const view = (ctx: WidgetContext) => pardonViewFor(ctx.release, ctx.range);

// The frame asks for these on every range change; views are kept per release and range, so are these (callers
// only read the list).
const qualified = new WeakMap<PardonView, boolean>();
const cited = new WeakMap<PardonView, string[]>();

function hasQualifiers(ctx: WidgetContext): boolean {
  const v = view(ctx);
  let has = qualified.get(v);
  if (has === undefined) qualified.set(v, (has = anyInexact(v)));
  return has;
}

function sources(ctx: WidgetContext): string[] {
  const v = view(ctx);
  let ids = cited.get(v);
  if (!ids) cited.set(v, (ids = viewSources(v)));
  return ids;
}

function anyInexact(v: PardonView): boolean {
  const claims: Pick<Claim, "qualifier">[] = [
    ...v.stages.flatMap((s) => [...s.counts, ...s.reported, ...Object.values(s.stage.breakdown)]),
    ...v.recognitions.flatMap((r) => r.claims),
  ];
  return claims.some((c) => c.qualifier !== "exact");
}

/** Sources of the stage counts our running total adds up, per stage (every stage since July 2024, not only those
 * in the view: the total runs from the first). Made once per release. */
const sumSources = new WeakMap<ReleaseData, Map<string, string[]>>();
function summedSources(release: ReleaseData): Map<string, string[]> {
  let byStage = sumSources.get(release);
  if (!byStage) {
    byStage = new Map();
    const ids = new Set<string>();
    for (const s of stageViews(release)) {
      s.counts[0]!.sources.forEach((id) => ids.add(id));
      byStage.set(s.stage.id, [...ids]);
    }
    sumSources.set(release, byStage);
  }
  return byStage;
}

/**
 * The tidy rows of the view: each stage's count, its breakdown and the running totals (as sources reported
 * them, as sources computed them, and our sum of the stages), then newly recognised political prisoners per
 * reported period.
 */
function claims(ctx: WidgetContext): TidyFact[] {
  const v = view(ctx);
  const summed = summedSources(ctx.release);
  const facts: TidyFact[] = [];
  for (const s of v.stages) {
    const { stage } = s;
    const base = { record: stage.id, date: stage.date, category: stage.kind };
    for (const c of s.counts) {
      facts.push({
        ...base,
        measure: "released",
        figure: c,
        basis: c.basis,
        note: c.note ?? stage.note,
        sources: c.sources,
      });
    }
    for (const [key, c] of Object.entries(stage.breakdown)) {
      facts.push({
        ...base,
        measure: "released_subgroup",
        subgroup: key,
        figure: c,
        basis: c.basis,
        note: c.note,
        sources: c.sources,
      });
    }
    const totals = { ...base, measure: "running_total_released", periodStart: SINCE_MONTH };
    // As in the data: tidyRows makes one row of identical claims (same figure and date) from several sources.
    const stated = stage.runningTotal;
    for (const c of stated) {
      facts.push({
        ...totals,
        date: c.asOf ?? stage.date,
        figure: c,
        basis: c.basis,
        note: c.note,
        sources: c.sources,
      });
    }
    // Our sum, unless a source already states the same figure (then that claim is the row, with its sources).
    const qualifier = s.computedInexact ? "at_least" : "exact";
    if (
      !stated.some((c) => c.value === s.computed && c.qualifier === qualifier && (c.asOf ?? stage.date) === stage.date)
    ) {
      facts.push({
        ...totals,
        figure: { value: s.computed, qualifier },
        basis: "computed",
        note: `Sum of the first count of each stage since 3 July 2024 up to this one (${s.computedStages} ${
          s.computedStages === 1 ? "stage" : "stages"
        }), computed by the tracker.`,
        sources: summed.get(stage.id) ?? [],
      });
    }
  }
  for (const r of v.recognitions) {
    for (const o of r.claims) {
      facts.push({
        record: `newly_recognised/${r.startIso}_${r.endIso}`,
        measure: "newly_recognised",
        date: o.date,
        periodStart: o.start,
        figure: o,
        note: o.note,
        sources: o.sources,
      });
    }
  }
  return facts;
}

/** Pardon stages since 3 July 2024 against people newly recognised as political prisoners. */
export const pardonTimeline: WidgetDef = {
  id: "pardon-timeline",
  title: (t) => t("pardons.title"),
  summary: (ctx) => viewSummary(view(ctx), ctx),
  headline: (ctx) => pardonHeadline(view(ctx), ctx),
  table: (ctx) => pardonTable(view(ctx), ctx),
  claims,
  sources,
  hasQualifiers,
  Component: PardonTimeline,
};
