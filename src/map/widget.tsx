/** The detention map widget: proportional symbols on an offline map of Belarus, with a sortable list. */
import { localText } from "../i18n";
import type { WidgetContext, WidgetDef } from "../widgets/types";
import { eventSources, filterEvents, releaseEvents, type EventView } from "./detentionModel";
import { DetentionView } from "./DetentionView";
import {
  categoryText,
  contextText,
  countText,
  datesText,
  headlineSentence,
  placesText,
  summarySentence,
} from "./eventText";

function visible(ctx: WidgetContext): EventView[] {
  return filterEvents(releaseEvents(ctx.release), ctx.range, ctx.categories);
}

export const detentionMap: WidgetDef = {
  id: "detention-map",
  title: (t) => t("map.title"),
  summary: (ctx) => summarySentence(visible(ctx), ctx.lang, ctx.t),
  headline: (ctx) => headlineSentence(visible(ctx), ctx.lang, ctx.t),
  table: (ctx) => {
    const { lang, t } = ctx;
    return {
      columns: [
        t("map.col.date"),
        t("map.col.places"),
        t("map.col.count"),
        t("map.col.category"),
        t("map.col.context"),
      ],
      rows: visible(ctx).map((v) => {
        const conflict = v.event.conflict ? localText(v.event.conflict, lang) : "";
        const context = contextText(v, lang);
        return {
          key: v.id,
          cells: [
            datesText(v, lang),
            placesText(v, lang, t),
            countText(v, lang, t),
            categoryText(v.event.category, t),
            conflict ? `${context} ${t("map.detail.conflict")}: ${conflict}` : context,
          ],
          sources: eventSources(v),
        };
      }),
    };
  },
  sources: (ctx) => [...new Set(visible(ctx).flatMap(eventSources))],
  hasQualifiers: (ctx) => visible(ctx).some((v) => v.claims.some((c) => c.qualifier !== "exact")),
  Component: DetentionView,
};
