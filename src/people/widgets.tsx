import "virtual:i18n/en/people";
/** The people feature's widgets: deaths in custody, incommunicado detention and the named people. */
import { firstSentence } from "../widgets/headline";
import type { WidgetContext } from "../widgets/types";
import { defineWidget, sameOr } from "../widgets/viewModel";
import { precisionOf } from "../data/dates";
import { DeathsTimeline } from "./DeathsTimeline";
import { IncommunicadoSpans } from "./IncommunicadoSpans";
import {
  inRange,
  releaseDeaths,
  releaseSpans,
  type CardView,
  type DeathView,
  type RangeList,
  type SpanView,
} from "./model";
import { PeopleList } from "./PeopleList";
import {
  deathsClaims,
  deathsSources,
  deathsSummary,
  deathsTable,
  incommunicadoClaims,
  incommunicadoSources,
  incommunicadoSummary,
  incommunicadoTable,
  peopleClaims,
  peopleSources,
  peopleSummary,
  peopleTable,
  releaseCards,
} from "./summaries";

/** A list widget's view model: the items in the range (the same array while a range step keeps them) and its words. */
export interface ListModel<T> {
  items: readonly T[];
  summary: string;
  sources: string[];
  qualified: boolean;
}

function listModel<T>(
  summarise: (items: readonly T[], ctx: WidgetContext) => string,
  sources: (items: readonly T[]) => string[],
  qualified: (item: T) => boolean,
) {
  return (ctx: WidgetContext, list: RangeList<T>, previous: ListModel<T> | undefined): ListModel<T> => {
    const items = sameOr(previous?.items, inRange(list, ctx.range));
    return { items, summary: summarise(items, ctx), sources: sources(items), qualified: items.some(qualified) };
  };
}

export type DeathsModel = ListModel<DeathView>;
export type SpansModel = ListModel<SpanView>;
export type PeopleModel = ListModel<CardView>;

export const deathsInCustody = defineWidget<DeathsModel, RangeList<DeathView>>({
  id: "deaths-in-custody",
  title: (t) => t("people.deaths.title"),
  shared: { view: [], build: (ctx) => releaseDeaths(ctx.release) },
  view: ["lang", "range"],
  model: listModel(
    deathsSummary,
    deathsSources,
    (v) => v.death.age.some((a) => a.qualifier !== "exact") || v.death.died.some((d) => precisionOf(d.date) !== "day"),
  ),
  summary: (m) => m.summary,
  headline: (m) => firstSentence(m.summary),
  table: (m, ctx) => deathsTable(m.items, ctx),
  claims: (m, ctx) => deathsClaims(m.items, ctx),
  sources: (m) => m.sources,
  hasQualifiers: (m) => m.qualified,
  Component: DeathsTimeline,
});

export const incommunicado = defineWidget<SpansModel, RangeList<SpanView>>({
  id: "incommunicado",
  title: (t) => t("people.inc.title"),
  shared: { view: [], build: (ctx) => releaseSpans(ctx.release) },
  view: ["lang", "range"],
  model: listModel(
    incommunicadoSummary,
    incommunicadoSources,
    (s) => s.computed.approximate || s.reported.some((r) => r.claim.qualifier !== "exact"),
  ),
  summary: (m) => m.summary,
  headline: (m) => firstSentence(m.summary),
  table: (m, ctx) => incommunicadoTable(m.items, ctx),
  claims: (m) => incommunicadoClaims(m.items),
  sources: (m) => m.sources,
  hasQualifiers: (m) => m.qualified,
  marksCorrections: true,
  Component: IncommunicadoSpans,
});

export const namedPeople = defineWidget<PeopleModel, CardView[]>({
  id: "people",
  title: (t) => t("people.list.title"),
  // The list does not follow the range: every card, made once per release; the words per language.
  shared: { view: [], build: (ctx) => releaseCards(ctx.release) },
  view: ["lang"],
  model: (ctx, cards): PeopleModel => ({
    items: cards,
    summary: peopleSummary(cards, ctx),
    sources: peopleSources(cards),
    qualified: false,
  }),
  summary: (m) => m.summary,
  headline: (m) => firstSentence(m.summary),
  table: (m, ctx) => peopleTable(m.items, ctx),
  claims: (m) => peopleClaims(m.items),
  sources: (m) => m.sources,
  hasQualifiers: (m) => m.qualified,
  Component: PeopleList,
});
