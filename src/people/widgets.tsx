import "virtual:i18n/en/people";
import { firstSentence } from "../widgets/headline";
/** The people feature's widgets: deaths in custody, incommunicado detention and the named people. */
import type { WidgetContext, WidgetDef } from "../widgets/types";
import { precisionOf } from "../data/dates";
import { DeathsTimeline } from "./DeathsTimeline";
import { IncommunicadoSpans } from "./IncommunicadoSpans";
import { deathsFor, spansFor } from "./model";
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
} from "./summaries";

export const deathsInCustody: WidgetDef = {
  id: "deaths-in-custody",
  title: (t) => t("people.deaths.title"),
  summary: deathsSummary,
  headline: (ctx) => firstSentence(deathsSummary(ctx)),
  table: deathsTable,
  claims: deathsClaims,
  sources: deathsSources,
  hasQualifiers: (ctx: WidgetContext) =>
    deathsFor(ctx.release, ctx.range).some(
      (v) =>
        v.death.age.some((a) => a.qualifier !== "exact") || v.death.died.some((d) => precisionOf(d.date) !== "day"),
    ),
  Component: DeathsTimeline,
};

export const incommunicado: WidgetDef = {
  id: "incommunicado",
  title: (t) => t("people.inc.title"),
  summary: incommunicadoSummary,
  headline: (ctx) => firstSentence(incommunicadoSummary(ctx)),
  table: incommunicadoTable,
  claims: incommunicadoClaims,
  sources: incommunicadoSources,
  hasQualifiers: (ctx: WidgetContext) =>
    spansFor(ctx.release, ctx.range).some(
      (s) => s.computed.approximate || s.reported.some((r) => r.claim.qualifier !== "exact"),
    ),
  Component: IncommunicadoSpans,
};

export const namedPeople: WidgetDef = {
  id: "people",
  title: (t) => t("people.list.title"),
  summary: peopleSummary,
  headline: (ctx) => firstSentence(peopleSummary(ctx)),
  table: peopleTable,
  claims: peopleClaims,
  sources: peopleSources,
  hasQualifiers: () => false,
  Component: PeopleList,
};
