/** The detention map widget: proportional symbols on an offline map of Belarus, with a sortable list. */
import "virtual:i18n/en/map";
import { disagreeNote, joinNotes, NO_COUNT_NOTE, tidyPlaces, type TidyFact } from "../data/facts";
import { localText, type Translate } from "../i18n";
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

function visible(ctx: WidgetContext): readonly EventView[] {
  return filterEvents(releaseEvents(ctx.release), ctx.range, ctx.categories);
}

// Derived once per list of visible events (filterEvents returns the same array while a dragged range
// keeps the same events) and, for sentences, per translator (one per language).
interface Derived {
  sources?: string[];
  qualifiers?: boolean;
  text: WeakMap<Translate, Map<string, string>>;
}
const derived = new WeakMap<readonly EventView[], Derived>();

function derivedOf(views: readonly EventView[]): Derived {
  let d = derived.get(views);
  if (!d) derived.set(views, (d = { text: new WeakMap() }));
  return d;
}

function sentence(ctx: WidgetContext, kind: "summary" | "headline"): string {
  const views = visible(ctx);
  const text = derivedOf(views).text;
  let byKind = text.get(ctx.t);
  if (!byKind) text.set(ctx.t, (byKind = new Map()));
  const key = `${kind}|${ctx.lang}`;
  let out = byKind.get(key);
  if (out === undefined) {
    out = (kind === "summary" ? summarySentence : headlineSentence)(views, ctx.lang, ctx.t);
    byKind.set(key, out);
  }
  return out;
}

/**
 * The tidy rows of the events shown: one per figure as a source states it (one row with no number when no source
 * counts the people). Places are those the map shows: an event the safety policy shows only at region or country
 * level has its towns dropped already (coarsened in detentionModel).
 */
function claims(ctx: WidgetContext): TidyFact[] {
  return visible(ctx).flatMap((v) => {
    const { event } = v;
    const base = {
      record: event.id,
      measure: event.category === "preventive_conversation" ? "summoned" : "detained",
      date: event.start,
      dateEnd: event.end,
      category: event.category,
      scope: event.scope,
      places: tidyPlaces(event.scope, v.places, event.region),
    };
    const context = joinNotes(event.context, event.conflict && disagreeNote(event.conflict));
    if (v.claims.length === 0) return [{ ...base, note: joinNotes(context, NO_COUNT_NOTE), sources: event.sources }];
    return v.claims.map((c): TidyFact => ({
      ...base,
      figure: c,
      basis: c.basis,
      note: joinNotes(context, c.note),
      sources: c.sources,
    }));
  });
}

export const detentionMap: WidgetDef = {
  id: "detention-map",
  title: (t) => t("map.title"),
  summary: (ctx) => sentence(ctx, "summary"),
  headline: (ctx) => sentence(ctx, "headline"),
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
  claims,
  sources: (ctx) => {
    const views = visible(ctx);
    const d = derivedOf(views);
    return (d.sources ??= [...new Set(views.flatMap(eventSources))]);
  },
  hasQualifiers: (ctx) => {
    const views = visible(ctx);
    const d = derivedOf(views);
    return (d.qualifiers ??= views.some((v) => v.claims.some((c) => c.qualifier !== "exact")));
  },
  Component: DetentionView,
};
