/** The detention map widget: proportional symbols on an offline map of Belarus, with a sortable list. */
import "virtual:i18n/en/map";
import { disagreeNote, joinNotes, NO_COUNT_NOTE, tidyPlaces, type TidyFact } from "../data/facts";
import { localText, type Translate } from "../i18n";
import type { WidgetContext } from "../widgets/types";
import { defineWidget, sameOr } from "../widgets/viewModel";
import {
  eventBounds,
  eventSources,
  filterEvents,
  eventViews,
  type EventBounds,
  type EventView,
} from "./detentionModel";
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

/** The map's view model: every event of the release (kept while the view changes) and those the view shows. */
export interface MapModel {
  all: readonly EventView[];
  bounds: EventBounds;
  filtered: readonly EventView[];
  t: Translate;
  summary: string;
  sources: string[];
  qualified: boolean;
}

function buildMapModel(
  ctx: WidgetContext,
  { all, bounds }: { all: readonly EventView[]; bounds: EventBounds },
  previous: MapModel | undefined,
): MapModel {
  // The same events as the previous view (a range step that added or removed none): the same list, and the same
  // sentence and sources if the words are the same.
  const filtered = sameOr(previous?.filtered, filterEvents(all, ctx.range, ctx.categories, bounds));
  if (previous && previous.filtered === filtered && previous.t === ctx.t) return previous;
  return {
    all,
    bounds,
    filtered,
    t: ctx.t,
    summary: summarySentence(filtered, ctx.lang, ctx.t),
    sources: [...new Set(filtered.flatMap(eventSources))],
    qualified: filtered.some((v) => v.claims.some((c) => c.qualifier !== "exact")),
  };
}

/**
 * The tidy rows of the events shown: one per figure as a source states it (one row with no number when no source
 * counts the people). Places are those the map shows: an event the safety policy shows only at region or country
 * level has its towns dropped already (coarsened in detentionModel).
 */
function claims({ filtered }: MapModel): TidyFact[] {
  return filtered.flatMap((v) => {
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

export const detentionMap = defineWidget({
  id: "detention-map",
  title: (t) => t("map.title"),
  shared: {
    view: [],
    build: (ctx) => {
      const all = eventViews(ctx.release);
      return { all, bounds: eventBounds(all) };
    },
  },
  view: ["lang", "range", "categories"],
  model: buildMapModel,
  summary: (m) => m.summary,
  headline: (m, ctx) => headlineSentence(m.filtered, ctx.lang, ctx.t),
  table: ({ filtered }, { lang, t }) => ({
    columns: [t("map.col.date"), t("map.col.places"), t("map.col.count"), t("map.col.category"), t("map.col.context")],
    rows: filtered.map((v) => {
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
  }),
  claims,
  sources: (m) => m.sources,
  hasQualifiers: (m) => m.qualified,
  Component: DetentionView,
});
