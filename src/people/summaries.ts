/**
 * The generated sentences (each view's accessible name), data tables and cited sources of the three people
 * widgets. Every figure and date goes through the one formatter.
 */
import "virtual:i18n/en/people";
import { formatDate, formatList, formatMeasure } from "../i18n/format";
import { plural } from "../i18n/plural";
import { localText } from "../i18n";
import type { DatedClaim, ReleaseData, Text } from "../data/schema";
import { joinNotes, type TidyFact } from "../data/facts";
import type { DayCount } from "../data/dates";
import type { WidgetContext, WidgetTable } from "../widgets/types";
import { cardFor, type CardView, type DeathView, type SpanView } from "./model";
import { articlesText, computedDays, daysText, nameOf, spanStartText, stateDate, stateLabel } from "./text";
import { byCodeUnits, byLatinName } from "../data/order";

const uniq = (xs: string[]) => [...new Set(xs)];

/** Ends a sentence with a full stop, unless it already ends with one (Russian dates end in "г."). */
const endSentence = (s: string) => (s.endsWith(".") ? s : `${s}.`);

/* ------------------------------------------------------------------------------------------ deaths */

export function deathsSummary(views: readonly DeathView[], ctx: WidgetContext): string {
  const { lang, t } = ctx;
  if (views.length === 0) return t("people.deaths.none");
  const counted = views.filter((v) => v.death.ordinal !== undefined);
  const parts: string[] = [];
  if (counted.length) {
    const from = counted[0]!.death.died[0]!.date;
    const to = counted[counted.length - 1]!.death.died[0]!.date;
    const period =
      from === to
        ? t("people.deaths.on", { date: formatDate(from, lang) })
        : t("people.deaths.between", { from: formatDate(from, lang), to: formatDate(to, lang) });
    parts.push(plural(t, lang, "people.deaths.summary", counted.length, { period }));
  }
  const other = views.length - counted.length;
  if (other) parts.push(plural(t, lang, "people.deaths.summaryOther", other));
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

export function deathsTable(views: readonly DeathView[], ctx: WidgetContext): WidgetTable {
  const { lang, t } = ctx;
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
    rows: views.map((v) => ({
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

export function deathsSources(views: readonly DeathView[]): string[] {
  return uniq(views.flatMap(deathSources));
}

/* ------------------------------------------------------------------------------------ incommunicado */

export function incommunicadoSummary(spans: readonly SpanView[], ctx: WidgetContext): string {
  const { lang, t } = ctx;
  if (spans.length === 0) return t("people.inc.none");
  const n = (f: (s: (typeof spans)[number]) => boolean) => spans.filter(f).length;
  const status = formatList(
    [
      plural(
        t,
        lang,
        "people.inc.open",
        n((s) => s.open),
      ),
      plural(
        t,
        lang,
        "people.inc.resumed",
        n((s) => s.record.ended?.how === "contact_resumed"),
      ),
      plural(
        t,
        lang,
        "people.inc.released",
        n((s) => s.record.ended?.how === "released" || s.laterRelease !== null),
      ),
    ],
    lang,
  );
  return `${plural(t, lang, "people.inc.summary", spans.length)} ${t("people.inc.status", {
    date: formatDate(ctx.release.entry.asOf, lang),
    list: status,
  })}`;
}

export function incommunicadoTable(spans: readonly SpanView[], ctx: WidgetContext): WidgetTable {
  const { lang, t } = ctx;
  return {
    columns: [
      t("people.table.name"),
      t("people.table.since"),
      t("people.table.until"),
      t("people.table.computed"),
      t("people.table.reported"),
    ],
    rows: spans.map((s) => ({
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

export function incommunicadoSources(spans: readonly SpanView[]): string[] {
  return uniq(spans.flatMap((s) => [...s.record.sources, ...(s.laterRelease?.sources ?? [])]));
}

/* ------------------------------------------------------------------------------------------ people */

/** Every person's card, by surname; the same for any range (the people widget keeps it per release). */
export function releaseCards(release: ReleaseData): CardView[] {
  return release.people
    .map((p) => cardFor(release, p.id)!)
    .sort((a, b) => byLatinName(surname(a), surname(b)) || byCodeUnits(a.person.id, b.person.id));
}

/** People are listed by surname (the last word of the English spelling, the same order in every language). */
const surname = (c: CardView) => c.person.name.en.split(" ").pop()!;

export function peopleSummary(cards: readonly CardView[], ctx: WidgetContext): string {
  const { lang, t } = ctx;
  const died = cards.filter((c) => c.death).length;
  const inc = cards.filter((c) => !c.death && c.span).length;
  const of = formatList(
    [
      plural(t, lang, "people.list.died", died),
      plural(t, lang, "people.list.incommunicado", inc),
      plural(t, lang, "people.list.other", cards.length - died - inc),
    ],
    lang,
  );
  return `${plural(t, lang, "people.list.summary", cards.length)} ${t("people.list.ofThem", { list: of })}`;
}

export function peopleTable(cards: readonly CardView[], ctx: WidgetContext): WidgetTable {
  const { lang, t } = ctx;
  return {
    columns: [
      t("people.table.name"),
      t("people.card.status"),
      t("people.card.inCustodySince"),
      t("people.case.sentence"),
    ],
    rows: cards.map((c) => ({
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

export function peopleSources(cards: readonly CardView[]): string[] {
  return uniq(cards.flatMap(cardSources));
}

/* ------------------------------------------------------------------------------------- tidy rows */

const personOf = (p: { id: string; name: Text }) => ({ person: { id: p.id, name: p.name } });

/** A computed day count as a claim: "at least" when counted from the first report, "about" when a date is partial. */
function countClaim(c: DayCount) {
  return {
    value: c.days,
    qualifier: c.lowerBound ? ("at_least" as const) : c.approximate ? ("about" as const) : ("exact" as const),
  };
}

/** A dated fact without a number (when someone died, when a death became known…), one per dated claim. */
function dated(
  record: string,
  measure: string,
  claims: readonly DatedClaim[],
  extra: Partial<TidyFact> = {},
): TidyFact[] {
  return claims.map((c) => ({ record, measure, date: c.date, note: c.note, sources: c.sources, ...extra }));
}

/**
 * Deaths in custody in the range: each death (value 1, one row per date sources give), its age claims, Viasna's
 * ordinal and when it became known, with the person and place. Add up `died_in_custody` rows of claim_rank 1.
 */
export function deathsClaims(views: readonly DeathView[], ctx: WidgetContext): TidyFact[] {
  const places = new Map(ctx.release.places.map((p) => [p.id, p]));
  return views.flatMap((v) => {
    const { death } = v;
    const place = death.place ? places.get(death.place) : undefined;
    const base = {
      record: death.id,
      ...personOf(v.person),
      ...(place ? { places: { ids: [place.id], names: [place.names] } } : {}),
    };
    const date = death.died[0]!.date;
    return [
      ...death.died.map((c): TidyFact => ({
        ...base,
        measure: "died_in_custody",
        date: c.date,
        figure: { value: 1, qualifier: "exact" },
        note: joinNotes(death.institution, c.note, death.note),
        sources: c.sources,
      })),
      ...death.age.map((c): TidyFact => ({
        ...base,
        measure: "age_at_death",
        date,
        figure: c,
        note: c.note,
        sources: c.sources,
      })),
      ...(death.ordinal
        ? [
            {
              ...base,
              measure: "ordinal_in_viasna_count",
              date,
              figure: { value: death.ordinal, qualifier: "exact" as const },
              sources: death.sources,
            },
          ]
        : []),
      ...dated(death.id, "death_reported", death.reported, base),
    ];
  });
}

/**
 * Incommunicado spans in the range: since when (every date sources give), the day counts sources state, our count
 * to the end or the as-of date, and the end when contact resumed or the person was released.
 */
export function incommunicadoClaims(spans: readonly SpanView[]): TidyFact[] {
  return spans.flatMap((s) => {
    const { record } = s;
    const base = { record: record.id, ...personOf(s.person) };
    const start = s.start.date;
    return [
      ...(s.startUnknown
        ? dated(record.id, "first_reported_incommunicado", [s.start], base)
        : dated(record.id, "incommunicado_since", record.since, base)),
      ...s.reported.map((r): TidyFact => ({
        ...base,
        measure: "days_incommunicado",
        date: r.claim.asOf,
        periodStart: start,
        figure: r.claim,
        basis: r.claim.basis,
        note: r.claim.note,
        sources: r.claim.sources,
      })),
      {
        ...base,
        measure: "days_incommunicado",
        date: s.end,
        periodStart: start,
        figure: countClaim(s.computed),
        basis: "computed" as const,
        note: s.open
          ? "Counted by the tracker to the release's as-of date; still held incommunicado."
          : "Counted by the tracker.",
        sources: s.start.sources,
      },
      ...(record.ended
        ? [
            {
              ...base,
              measure: "incommunicado_ended",
              date: record.ended.date,
              category: record.ended.how,
              note: record.ended.note,
              sources: record.ended.sources,
            },
          ]
        : []),
    ];
  });
}

/** Named people: status, in custody since, days in custody (as sources state them and as we count them). */
export function peopleClaims(cards: readonly CardView[]): TidyFact[] {
  return cards.flatMap((c) => {
    const { person } = c;
    const base = { record: person.id, ...personOf(person) };
    const facts: TidyFact[] = [];
    if (c.state) {
      facts.push({
        ...base,
        measure: "status",
        date: c.state.date,
        category: c.state.value,
        note: c.state.note,
        sources: c.state.sources,
      });
    }
    facts.push(...dated(person.id, "in_custody_since", person.inCustodySince ?? [], base));
    for (const r of c.daysInCustody) {
      facts.push({
        ...base,
        measure: "days_in_custody",
        date: r.claim.asOf,
        periodStart: c.custody?.since.date,
        figure: r.claim,
        basis: r.claim.basis,
        note: r.claim.note,
        sources: r.claim.sources,
      });
    }
    if (c.custody?.count) {
      facts.push({
        ...base,
        measure: "days_in_custody",
        date: c.custody.to,
        periodStart: c.custody.since.date,
        figure: countClaim(c.custody.count),
        basis: "computed",
        note: `Counted by the tracker to the ${c.custody.toKind === "as_of" ? "release's as-of date" : c.custody.toKind === "died" ? "date of death" : "release"}.`,
        sources: c.custody.since.sources,
      });
    }
    return facts;
  });
}
