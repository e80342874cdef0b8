import "virtual:i18n/en/pardons";
import type { Claim } from "../../data/schema";
import type { WidgetContext, WidgetDef } from "../../widgets/types";
import { pardonViewFor, viewSources } from "./pardonModel";
import { PardonTimeline } from "./PardonTimeline";
import { pardonHeadline, pardonSummaryText, pardonTable } from "./summary";

const view = (ctx: WidgetContext) => pardonViewFor(ctx.release, ctx.range);

function hasQualifiers(ctx: WidgetContext): boolean {
  const v = view(ctx);
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
  summary: (ctx) => pardonSummaryText(view(ctx), ctx),
  headline: (ctx) => pardonHeadline(view(ctx), ctx),
  table: (ctx) => pardonTable(view(ctx), ctx),
  sources: (ctx) => viewSources(view(ctx)),
  hasQualifiers,
  Component: PardonTimeline,
};
