/**
 * The pardon timeline's view model: what its summary, table, claims, sources and chart read, built once per
 * release, language and range by the widget memo (src/widgets/viewModel.ts).
 */
import type { Claim } from "../../data/schema";
import type { WidgetContext } from "../../widgets/types";
import { markTexts, type MarkTexts } from "./markText";
import { buildPardonView, releasePardons, viewSources, type PardonView, type ReleasePardons } from "./pardonModel";
import { pardonSummaryText } from "./summary";

/** Per release and language: the stage and recognition views (kept while the range moves) and their texts. */
export interface PardonShared extends ReleasePardons {
  texts: MarkTexts;
  /** Sources of the stage counts our running total adds up, per stage (every stage since July 2024, not only
   * those in the view: the total runs from the first). */
  summed: Map<string, string[]>;
}

export interface PardonModel {
  view: PardonView;
  texts: MarkTexts;
  summed: Map<string, string[]>;
  /** The sentence of the view: the frame's summary line and the chart's accessible name. */
  summary: string;
  sources: string[];
  /** Whether a figure in the view is inexact (the qualifier legend is shown). */
  qualified: boolean;
}

export function buildPardonShared(ctx: WidgetContext): PardonShared {
  const views = releasePardons(ctx.release);
  const summed = new Map<string, string[]>();
  const ids = new Set<string>();
  for (const s of views.stages) {
    s.counts[0]!.sources.forEach((id) => ids.add(id));
    summed.set(s.stage.id, [...ids]);
  }
  return { ...views, texts: markTexts(ctx.lang, ctx.t), summed };
}

export function buildPardonModel(ctx: WidgetContext, shared: PardonShared): PardonModel {
  const view = buildPardonView(ctx.release, ctx.range, shared);
  return {
    view,
    texts: shared.texts,
    summed: shared.summed,
    summary: pardonSummaryText(view, ctx),
    sources: viewSources(view),
    qualified: anyInexact(view),
  };
}

function anyInexact(v: PardonView): boolean {
  const claims: Pick<Claim, "qualifier">[] = [
    ...v.stages.flatMap((s) => [...s.counts, ...s.reported, ...Object.values(s.stage.breakdown)]),
    ...v.recognitions.flatMap((r) => r.claims),
  ];
  return claims.some((c) => c.qualifier !== "exact");
}
