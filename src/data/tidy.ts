/**
 * The tidy table of a widget's data: one row per claim (a figure as one source states it; a figure on which
 * sources disagree is several claims, decision 001), with stable snake_case column names (the texts in English, each
 * followed by its Belarusian and Russian version where the data has one, `_be`/`_ru`), so that a
 * spreadsheet, R or pandas reads numbers as numbers. Widgets say which records they cover (WidgetDef.claims);
 * this module turns their facts into rows. Pure and UI-free: no catalogue, no formatter, no DOM.
 * The columns are documented in docs/data-downloads.md and, per file, in its CSVW metadata (src/export/tidy.ts).
 */
import type { TidyFact } from "./facts";
import type { Claim, Qualifier, ReleaseData, Source, Text } from "./schema";

export type { TidyFact } from "./facts";

/** The qualifier in words, as a reader says it. */
export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "exact",
  at_least: "at least",
  about: "about",
  more_than: "more than",
  fewer_than: "fewer than",
  range: "range",
};

/** One row of the tidy table. Empty text is "", an absent number null (an empty cell). */
export interface TidyRow {
  record_id: string;
  claim_id: string;
  claim_rank: number;
  measure: string;
  date: string;
  date_end: string;
  period_start: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string;
  basis: string;
  category: string;
  subgroup: string;
  scope: string;
  place_ids: string;
  place_names: string;
  place_names_be: string;
  place_names_ru: string;
  person_id: string;
  person_name: string;
  person_name_be: string;
  person_name_ru: string;
  note: string;
  note_be: string;
  note_ru: string;
  source_id: string;
  source_title: string;
  source_publisher: string;
  source_date: string;
  source_url: string;
}

export type TidyColumn = keyof TidyRow;

/** Column order, type and meaning: the CSV header and the CSVW table schema are made from this list. */
export const TIDY_COLUMNS: readonly { name: TidyColumn; type: "string" | "number" | "integer"; about: string }[] = [
  {
    name: "record_id",
    type: "string",
    about: "The record the figure belongs to (a pardon stage, a detention event, a series and date…).",
  },
  { name: "claim_id", type: "string", about: "Unique per row: record_id, measure, subgroup and claim_rank." },
  {
    name: "claim_rank",
    type: "integer",
    about:
      "1 for the figure the chart draws; 2, 3… for the other sources' versions of the same figure. Add up rank 1 only.",
  },
  {
    name: "measure",
    type: "string",
    about: "What is counted or dated, e.g. released, running_total_released, prisoners_in_custody, detained.",
  },
  {
    name: "date",
    type: "string",
    about: "The date the figure refers to (ISO 8601; partial as the source gives it: 2020, 2020-12, 2020-12-31).",
  },
  {
    name: "date_end",
    type: "string",
    about: "Last date, for records that span a period (a detention event over several days).",
  },
  {
    name: "period_start",
    type: "string",
    about: "Start of the counting period for per-period and running counts (e.g. since 3 July 2024).",
  },
  {
    name: "value",
    type: "number",
    about:
      "The figure as a plain number; for a range its lower end; empty when the row states a fact without a number.",
  },
  {
    name: "low",
    type: "number",
    about:
      "Lower bound the source states: the value for exact, at least, more than (exclusive) and range; empty for about and fewer than.",
  },
  {
    name: "high",
    type: "number",
    about:
      "Upper bound the source states: the value for exact and fewer than (exclusive), the upper end of a range; else empty.",
  },
  { name: "qualifier", type: "string", about: "exact, at least, about, more than, fewer than or range." },
  {
    name: "basis",
    type: "string",
    about: "reported (stated by the source) or computed (a sum or a day count made from other records).",
  },
  {
    name: "category",
    type: "string",
    about: "Kind of record: pardon stage kind, detention category, a person's status.",
  },
  {
    name: "subgroup",
    type: "string",
    about: "Who a breakdown counts (women, foreigners…); empty for the whole figure.",
  },
  {
    name: "scope",
    type: "string",
    about: "places, region or national: the finest level the tracker shows the event at (safety policy).",
  },
  {
    name: "place_ids",
    type: "string",
    about: 'Gazetteer ids (places.json) or an oblast code (ISO 3166-2), separated by " | ".',
  },
  {
    name: "place_names",
    type: "string",
    about: 'English names of those places, in the same order, separated by " | ".',
  },
  { name: "place_names_be", type: "string", about: "The same names in Belarusian." },
  { name: "place_names_ru", type: "string", about: "The same names in Russian." },
  {
    name: "person_id",
    type: "string",
    about: "The person the record is about (people.json id), for named people only.",
  },
  { name: "person_name", type: "string", about: "Their name in English, as already published by the cited sources." },
  { name: "person_name_be", type: "string", about: "Their name in Belarusian (empty where the data has none)." },
  { name: "person_name_ru", type: "string", about: "Their name in Russian (empty where the data has none)." },
  { name: "note", type: "string", about: "What the source or the record adds (English)." },
  { name: "note_be", type: "string", about: "The note in Belarusian (empty where the release has no translation)." },
  { name: "note_ru", type: "string", about: "The note in Russian (empty where the release has no translation)." },
  {
    name: "source_id",
    type: "string",
    about: 'Ids of the sources that state this claim (sources.json), separated by " | ".',
  },
  {
    name: "source_title",
    type: "string",
    about: "Their titles, in the same order, without the publisher's name in front.",
  },
  { name: "source_publisher", type: "string", about: "Their publishers, in the same order." },
  { name: "source_date", type: "string", about: "Their publication dates, in the same order (empty where undated)." },
  {
    name: "source_url",
    type: "string",
    about: "Their addresses, in the same order (empty where a source has no public address).",
  },
];

/** Separates several sources, places or ids in one cell. */
export const LIST_SEPARATOR = " | ";

/** low/high as the source states them (see TIDY_COLUMNS). */
function bounds(f: Pick<Claim, "value" | "qualifier" | "hi">): [number | null, number | null] {
  switch (f.qualifier) {
    case "exact":
      return [f.value, f.value];
    case "at_least":
    case "more_than":
      return [f.value, null];
    case "fewer_than":
      return [null, f.value];
    case "range":
      return [f.value, f.hi ?? null];
    case "about":
      return [null, null];
  }
}

/** "EPDE: EPDE: …" was the publisher printed before a title that already starts with it: drop that prefix. */
export function titleWithoutPublisher(s: Pick<Source, "title" | "publisher">): string {
  const prefix = `${s.publisher}: `;
  return s.title.startsWith(prefix) && s.title.length > prefix.length ? s.title.slice(prefix.length) : s.title;
}

const sameFigure = (a: TidyFact, b: TidyFact) =>
  a.date === b.date &&
  (a.dateEnd ?? "") === (b.dateEnd ?? "") &&
  (a.periodStart ?? "") === (b.periodStart ?? "") &&
  (a.basis ?? "") === (b.basis ?? "") &&
  a.figure?.value === b.figure?.value &&
  a.figure?.qualifier === b.figure?.qualifier &&
  a.figure?.hi === b.figure?.hi;

/**
 * The rows of a widget's facts. Identical claims on one record (the same figure from several sources) become
 * one row citing them all, so nothing is counted twice; different claims on one record and measure are ranked
 * in the order the widget gives them (the first is the one its chart draws).
 */
export function tidyRows(facts: readonly TidyFact[], release: Pick<ReleaseData, "sources">): TidyRow[] {
  const sources = new Map(release.sources.map((s) => [s.id, s]));
  const groups = new Map<string, TidyFact[]>();
  for (const f of facts) {
    const key = `${f.record}\u0000${f.measure}\u0000${f.subgroup ?? ""}`;
    const group = groups.get(key) ?? [];
    if (!groups.has(key)) groups.set(key, group);
    const i = group.findIndex((g) => sameFigure(g, f));
    if (i === -1) group.push(f);
    else group[i] = { ...group[i]!, sources: [...new Set([...group[i]!.sources, ...f.sources])] };
  }
  const join = (xs: readonly string[]) => xs.join(LIST_SEPARATOR);
  // Names in one language: all of them or none (a list half in English would not say which is which).
  const joinIn = (lang: "be" | "ru", names: readonly Text[]) =>
    names.every((n) => n[lang]) ? join(names.map((n) => n[lang]!)) : "";
  const rows: TidyRow[] = [];
  for (const group of groups.values()) {
    group.forEach((f, i) => {
      const cited = [...new Set(f.sources)].map(
        (id): Pick<Source, "id" | "title" | "publisher" | "date" | "url"> =>
          sources.get(id) ?? { id, title: "", publisher: "" },
      );
      const [low, high] = f.figure ? bounds(f.figure) : [null, null];
      rows.push({
        record_id: f.record,
        // The measure is left out where the record id already starts with it (series points: "<series>/<date>").
        claim_id: [
          f.record,
          ...(f.record.startsWith(`${f.measure}/`) ? [] : [f.measure]),
          ...(f.subgroup ? [f.subgroup] : []),
          i + 1,
        ].join("/"),
        claim_rank: i + 1,
        measure: f.measure,
        date: f.date,
        date_end: f.dateEnd ?? "",
        period_start: f.periodStart ?? "",
        value: f.figure?.value ?? null,
        low,
        high,
        qualifier: f.figure ? QUALIFIER_WORDS[f.figure.qualifier] : "",
        basis: f.figure ? (f.basis ?? "reported") : "",
        category: f.category ?? "",
        subgroup: f.subgroup ?? "",
        scope: f.scope ?? "",
        place_ids: join(f.places?.ids ?? []),
        place_names: join((f.places?.names ?? []).map((n) => n.en)),
        place_names_be: joinIn("be", f.places?.names ?? []),
        place_names_ru: joinIn("ru", f.places?.names ?? []),
        person_id: f.person?.id ?? "",
        person_name: f.person?.name.en ?? "",
        person_name_be: f.person?.name.be ?? "",
        person_name_ru: f.person?.name.ru ?? "",
        note: f.note === undefined ? "" : typeof f.note === "string" ? f.note : f.note.en,
        note_be: typeof f.note === "object" ? (f.note.be ?? "") : "",
        note_ru: typeof f.note === "object" ? (f.note.ru ?? "") : "",
        source_id: join(cited.map((s) => s.id)),
        source_title: join(cited.map((s) => (s.title ? titleWithoutPublisher(s) : ""))),
        source_publisher: join(cited.map((s) => s.publisher)),
        source_date: join(cited.map((s) => s.date ?? "")),
        source_url: join(cited.map((s) => s.url ?? "")),
      });
    });
  }
  return rows;
}
