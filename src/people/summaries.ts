/**
 * The generated sentences (each view's accessible name), data tables and cited sources of the three people
 * widgets. Every figure and date goes through the one formatter.
 */
import "virtual:i18n/en/people";
import { formatDate, formatMeasure, formatNumber } from "../i18n/format";
import { localText } from "../i18n";
import type { ReleaseData } from "../data/schema";
import type { WidgetContext, WidgetTable } from "../widgets/types";
import { cardFor, deathsFor, spansFor, type CardView, type DeathView } from "./model";
import { articlesText, computedDays, daysText, nameOf, spanStartText, stateDate, stateLabel } from "./text";

const uniq = (xs: string[]) => [...new Set(xs)];

/** Ends a sentence with a full stop, unless it already ends with one (Russian dates end in "г."). */
const endSentence = (s: string) => (s.endsWith(".") ? s : `${s}.`);

/* ------------------------------------------------------------------------------------------ deaths */

export function deathsSummary(ctx: WidgetContext): string {
  const { lang, t } = ctx;
  const views = deathsFor(ctx.release, ctx.range);
  if (views.length === 0) return t("people.deaths.none");
  const counted = views.filter((v) => v.death.ordinal !== undefined);
  const parts: string[] = [];
  if (counted.length) {
    parts.push(
      t("people.deaths.summary", {
        count: formatNumber(counted.length, lang),
        from: formatDate(counted[0]!.death.died[0]!.date, lang),
        to: formatDate(counted[counted.length - 1]!.death.died[0]!.date, lang),
      }),
    );
  }
  const other = views.length - counted.length;
  if (other) parts.push(t("people.deaths.summaryOther", { count: formatNumber(other, lang) }));
  const last = views[views.length - 1]!;
  const later = last.reportedLater[0];
  parts.push(
    endSentence(
      t("people.deaths.summaryLatest", {
        name: nameOf(last.person, lang).text,
        date: formatDate(last.death.died[0]!.date, lang),
      }) + (later ? t("people.deaths.summaryReported", { date: formatDate(later.claim.date, lang) }) : ""),
    ),
  );
  return parts.join(" ");
}

export function deathsTable(ctx: WidgetContext): WidgetTable {
  const { lang, t, release } = ctx;
  return {
    columns: [
      t("people.table.name"),
      t("people.deaths.died"),
      t("people.deaths.reported"),
      t("people.deaths.ageLabel"),
      t("people.deaths.place"),
      t("people.case.sentence"),
      t("people.table.count"),
    ],
    rows: deathsFor(release, ctx.range).map((v) => ({
      key: v.death.id,
      cells: [
        nameOf(v.person, lang).text,
        v.death.died.map((d) => formatDate(d.date, lang)).join(" / "),
        v.reportedLater.map((r) => formatDate(r.claim.date, lang)).join(" / "),
        v.death.age.map((a) => formatMeasure(a, lang)).join(" / "),
        localText(v.death.institution, lang),
        caseText(v, ctx),
        v.death.ordinal ? t("people.deaths.ordinal", { n: v.death.ordinal }) : t("people.deaths.notCounted"),
      ],
      sources: deathSources(v),
    })),
  };
}

function caseText(v: Pick<DeathView, "person">, ctx: WidgetContext): string {
  const c = v.person.criminalCase;
  if (!c) return "";
  return [
    c.sentence ? localText(c.sentence, ctx.lang) : c.stage === "charged" ? ctx.t("people.case.charged") : "",
    c.date ? formatDate(c.date, ctx.lang) : "",
    c.articles.length ? articlesText(c.articles, ctx.lang, ctx.t) : "",
  ]
    .filter(Boolean)
    .join(", ");
}

function deathSources(v: DeathView): string[] {
  return uniq([...v.death.sources, ...(v.person.criminalCase?.sources ?? [])]);
}

export function deathsSources(ctx: WidgetContext): string[] {
  return uniq(deathsFor(ctx.release, ctx.range).flatMap(deathSources));
}

/* ------------------------------------------------------------------------------------ incommunicado */

export function incommunicadoSummary(ctx: WidgetContext): string {
  const { lang, t } = ctx;
  const spans = spansFor(ctx.release, ctx.range);
  if (spans.length === 0) return t("people.inc.none");
  const n = (f: (s: (typeof spans)[number]) => boolean) => formatNumber(spans.filter(f).length, lang);
  return t("people.inc.summary", {
    total: formatNumber(spans.length, lang),
    date: formatDate(ctx.release.entry.asOf, lang),
    open: n((s) => s.open),
    resumed: n((s) => s.record.ended?.how === "contact_resumed"),
    released: n((s) => s.record.ended?.how === "released" || s.laterRelease !== null),
  });
}

export function incommunicadoTable(ctx: WidgetContext): WidgetTable {
  const { lang, t } = ctx;
  return {
    columns: [
      t("people.table.name"),
      t("people.table.since"),
      t("people.table.until"),
      t("people.table.computed"),
      t("people.table.reported"),
    ],
    rows: spansFor(ctx.release, ctx.range).map((s) => ({
      key: s.record.id,
      cells: [
        nameOf(s.person, lang).text,
        s.startUnknown ? spanStartText(s, lang, t) : s.record.since.map((c) => formatDate(c.date, lang)).join(" / "),
        s.open
          ? t("people.inc.stillAsOf", { date: formatDate(s.end, lang) })
          : `${formatDate(s.end, lang)} (${t(`people.inc.how.${s.record.ended!.how}`)})`,
        computedDays(s.computed, lang, t),
        s.reported
          .map((r) =>
            t("people.days.reported", { days: daysText(r.claim, lang, t), date: formatDate(r.claim.asOf, lang) }),
          )
          .join("; "),
      ],
      sources: s.record.sources,
    })),
  };
}

export function incommunicadoSources(ctx: WidgetContext): string[] {
  return uniq(
    spansFor(ctx.release, ctx.range).flatMap((s) => [...s.record.sources, ...(s.laterRelease?.sources ?? [])]),
  );
}

/* ------------------------------------------------------------------------------------------ people */

const cards = new WeakMap<ReleaseData, CardView[]>();

/** Every person's card, by surname; the same for any range, so made once per release (shared: do not mutate). */
export function cardsFor(ctx: Pick<WidgetContext, "release">): CardView[] {
  let list = cards.get(ctx.release);
  if (!list) {
    list = ctx.release.people
      .map((p) => cardFor(ctx.release, p.id)!)
      .sort((a, b) => surname(a).localeCompare(surname(b), "en") || a.person.id.localeCompare(b.person.id));
    cards.set(ctx.release, list);
  }
  return list;
}

/** People are listed by surname (the last word of the English spelling, the same order in every language). */
const surname = (c: CardView) => c.person.name.en.split(" ").pop()!;

export function peopleSummary(ctx: WidgetContext): string {
  const { lang, t } = ctx;
  const cards = cardsFor(ctx);
  const died = cards.filter((c) => c.death).length;
  const inc = cards.filter((c) => !c.death && c.span).length;
  return t("people.list.summary", {
    total: formatNumber(cards.length, lang),
    died: formatNumber(died, lang),
    incommunicado: formatNumber(inc, lang),
    other: formatNumber(cards.length - died - inc, lang),
  });
}

export function peopleTable(ctx: WidgetContext): WidgetTable {
  const { lang, t } = ctx;
  return {
    columns: [
      t("people.table.name"),
      t("people.card.status"),
      t("people.card.inCustodySince"),
      t("people.case.sentence"),
    ],
    rows: cardsFor(ctx).map((c) => ({
      key: c.person.id,
      cells: [
        nameOf(c.person, lang).text,
        c.state ? `${stateLabel(c.state.value, t)} — ${stateDate(c.state.value, c.state.date, lang, t)}` : "",
        c.custody
          ? formatDate(c.custody.since.date, lang) +
            (c.custody.count ? ` (${computedDays(c.custody.count, lang, t)})` : "")
          : "",
        caseText(c, ctx),
      ],
      sources: cardSources(c),
    })),
  };
}

export function cardSources(c: CardView): string[] {
  const p = c.person;
  return uniq([
    ...p.nameSources,
    ...(p.about?.sources ?? []),
    ...(c.state?.sources ?? []),
    ...(p.criminalCase?.sources ?? []),
    ...(p.inCustodySince ?? []).flatMap((s) => s.sources),
    ...(p.daysInCustody ?? []).flatMap((s) => s.sources),
    ...(c.death?.sources ?? []),
    ...(c.span?.record.sources ?? []),
  ]);
}

export function peopleSources(ctx: WidgetContext): string[] {
  return uniq(cardsFor(ctx).flatMap(cardSources));
}
