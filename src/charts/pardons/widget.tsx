import "virtual:i18n/en/pardons";
import type { Claim } from "../../data/schema";
import type { WidgetContext, WidgetDef } from "../../widgets/types";
import { pardonViewFor, viewSources, type PardonView } from "./pardonModel";
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

/** Pardon stages since 3 July 2024 against people newly recognised as political prisoners. */
export const pardonTimeline: WidgetDef = {
  id: "pardon-timeline",
  title: (t) => t("pardons.title"),
  summary: (ctx) => viewSummary(view(ctx), ctx),
  headline: (ctx) => pardonHeadline(view(ctx), ctx),
  table: (ctx) => pardonTable(view(ctx), ctx),
  sources,
  hasQualifiers,
  Component: PardonTimeline,
};
