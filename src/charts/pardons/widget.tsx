import "virtual:i18n/en/pardons";
import type { TidyFact } from "../../data/facts";
import { defineWidget } from "../../widgets/viewModel";
import { SINCE_MONTH } from "./pardonModel";
import { PardonTimeline } from "./PardonTimeline";
import { pardonHeadline, pardonTable } from "./summary";
import { buildPardonModel, buildPardonShared, type PardonModel } from "./widgetModel";

/**
 * The tidy rows of the view: each stage's count, its breakdown and the running totals (as sources reported
 * them, as sources computed them, and our sum of the stages), then newly recognised political prisoners per
 * reported period.
 */
function claims({ view: v, summed }: PardonModel): TidyFact[] {
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
export const pardonTimeline = defineWidget({
  id: "pardon-timeline",
  title: (t) => t("pardons.title"),
  // Stage views and the marks' texts stay while the range moves; the view of a range is the model.
  shared: { view: ["lang"], build: buildPardonShared },
  view: ["lang", "range"],
  model: buildPardonModel,
  summary: (m) => m.summary,
  headline: (m, ctx) => pardonHeadline(m.view, ctx),
  table: (m, ctx) => pardonTable(m.view, ctx),
  claims,
  sources: (m) => m.sources,
  hasQualifiers: (m) => m.qualified,
  marksCorrections: true,
  Component: PardonTimeline,
});
