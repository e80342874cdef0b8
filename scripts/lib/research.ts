/**
 * The research table (data/research/*.csv) and how a release is built from it.
 *
 * The table holds one row per sourced figure, with where on its page the figure stands:
 *   sources.csv      id, title, publisher, published, url, note
 *   series.csv       metric, date, start, value, qualifier, hi, source, where, note
 *   detentions.csv   event, start, end, scope, places, region, display, category, context, value, qualifier, hi,
 *                    source, where, note   (rows of one event share its id: one row per claim)
 *   places.csv       id, name_en, name_be, name_ru, alt, kind, oblast, lat, lon, source, where   (new gazetteer entries)
 *   corrections.csv  release, file, record, field, json, why   (a field of one record set to a JSON value, or removed
 *                    with an empty json; field "*" adds or replaces the whole record, or with an empty json removes it)
 *   releases.json    for each release built from the table: id, base release, period, changelog
 *
 * A release is its base release (the previous published one) plus every row of the table its as-of
 * date allows: a row is used only when its figure's date and its source's publication date are on or
 * before the as-of date. Rows are never interpolated, averaged or dropped silently: a row that cannot
 * be used is an error that names its file and line.
 */
import {
  RELEASE_FILES,
  SERIES_IDS,
  type DetentionEvent,
  type Observation,
  type Qualifier,
  type ReleaseData,
  type ReleaseFileName,
  type Series,
  type SeriesId,
  type Source,
  type Text,
} from "../../src/data/schema.ts";
import {
  IsoDate,
  Oblast,
  Place as PlaceSchema,
  QUALIFIERS,
  Source as SourceSchema,
  type Place,
} from "../../src/data/schema.ts";
import { readTable, type CsvTable } from "./csv.ts";

export { isCalendarDate } from "../../src/data/dates.ts";

export class ResearchError extends Error {}

/** Metrics the table records that no release publishes (yet): kept as research, reported when building. */
export const UNPUBLISHED_METRICS = new Set([
  "released_cumulative",
  "treason_defendants_cumulative",
  "akrestina_people_per_cell",
  "treason_case_sentence",
  "incommunicado_since",
  "criminal_case_articles",
  "treason_convictions_official",
  "treason_defendants_official",
  "detentions_monthly",
  "administrative_cases_monthly",
  "treason_convictions_ukraine_support",
]);

export const SERIES_TITLES: Record<SeriesId, Text> = {
  prisoners_in_custody: {
    en: "Political prisoners in custody",
    be: "Палітвязні пад вартай",
    ru: "Политзаключённые под стражей",
  },
  prisoners_in_custody_women: {
    en: "Of them women",
    be: "З іх жанчыны",
    ru: "Из них женщины",
  },
  newly_recognised: {
    en: "Newly recognised as political prisoners",
    be: "Новыя прызнаныя палітвязні",
    ru: "Новые признанные политзаключённые",
  },
  recognised_cumulative: {
    en: "Recognised as political prisoners since 2020 (cumulative)",
    be: "Прызнаныя палітвязнямі з 2020 г. (нарастальным вынікам)",
    ru: "Признанные политзаключёнными с 2020 г. (нарастающим итогом)",
  },
  treason_convictions_cumulative: {
    en: "Convicted of “high treason” (Art. 356), cumulative",
    be: "Асуджаныя за «здраду дзяржаве» (арт. 356), нарастальным вынікам",
    ru: "Осуждённые за «измену государству» (ст. 356), нарастающим итогом",
  },
  convicted_cumulative: {
    en: "Convicted in politically motivated criminal cases since 2020 (cumulative)",
    be: "Асуджаныя па палітычна матываваных крымінальных справах з 2020 г. (нарастальным вынікам)",
    ru: "Осуждённые по политически мотивированным уголовным делам с 2020 г. (нарастающим итогом)",
  },
  repression_cases: {
    en: "Cases of politically motivated repression recorded in the month",
    be: "Выпадкі палітычна матываваных рэпрэсій за месяц",
    ru: "Случаи политически мотивированных репрессий за месяц",
  },
};

export interface ResearchRow {
  file: string;
  line: number;
  cells: Map<string, string>;
}

export interface ResearchTable {
  sources: Source[];
  series: ResearchRow[];
  detentions: ResearchRow[];
  places: ResearchRow[];
  corrections: ResearchRow[];
}

const COLUMNS: Record<string, string[]> = {
  "sources.csv": ["id", "title", "publisher", "published", "url", "note"],
  "series.csv": ["metric", "date", "start", "value", "qualifier", "hi", "source", "where", "note"],
  "detentions.csv": [
    "event",
    "start",
    "end",
    "scope",
    "places",
    "region",
    "display",
    "category",
    "context",
    "value",
    "qualifier",
    "hi",
    "source",
    "where",
    "note",
  ],
  "places.csv": ["id", "name_en", "name_be", "name_ru", "alt", "kind", "oblast", "lat", "lon", "source", "where"],
  "corrections.csv": ["release", "file", "record", "field", "json", "why"],
};

function table(file: string, text: string, problems: string[]): ResearchRow[] {
  const t: CsvTable = readTable(text);
  for (const e of t.errors) problems.push(`${file}: ${e.message}`);
  const want = COLUMNS[file]!;
  const missing = want.filter((c) => !t.header.includes(c));
  const extra = t.header.filter((c) => !want.includes(c));
  if (missing.length) problems.push(`${file}: missing column(s) ${missing.join(", ")}`);
  if (extra.length) problems.push(`${file}: unknown column(s) ${extra.join(", ")}`);
  return t.rows.map((r) => {
    if (r.cells.get("")) problems.push(`${file} line ${r.row}: more cells than columns`);
    return { file, line: r.row, cells: r.cells };
  });
}

const get = (r: ResearchRow, c: string) => (r.cells.get(c) ?? "").trim();
const at = (r: ResearchRow) => `${r.file} line ${r.line}`;

/** Reads the four CSV files (given as texts by name). Every problem is collected, then thrown together. */
export function readResearch(texts: Readonly<Record<string, string>>): ResearchTable {
  const problems: string[] = [];
  for (const f of Object.keys(COLUMNS)) if (texts[f] === undefined) problems.push(`${f}: file missing`);
  const rows = (f: string) => (texts[f] === undefined ? [] : table(f, texts[f]!, problems));
  const sourceRows = rows("sources.csv");
  const sources: Source[] = [];
  const ids = new Set<string>();
  for (const r of sourceRows) {
    const candidate = {
      id: get(r, "id"),
      title: get(r, "title"),
      publisher: get(r, "publisher"),
      ...(get(r, "published") ? { date: get(r, "published") } : {}),
      ...(get(r, "url") ? { url: get(r, "url") } : {}),
      ...(get(r, "note") ? { note: get(r, "note") } : {}),
    };
    const parsed = SourceSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      problems.push(`${at(r)}: ${issue.path.join(".") || "row"}: ${issue.message}`);
      continue;
    }
    if (!candidate.url) problems.push(`${at(r)}: source ${candidate.id} has no URL (every figure needs a page)`);
    if (ids.has(candidate.id)) problems.push(`${at(r)}: source id ${candidate.id} is used twice`);
    ids.add(candidate.id);
    sources.push(parsed.data);
  }
  const result = {
    sources,
    series: rows("series.csv"),
    detentions: rows("detentions.csv"),
    places: rows("places.csv"),
    corrections: rows("corrections.csv"),
  };
  if (problems.length) throw new ResearchError(problems.join("\n"));
  return result;
}

/** What a build is given besides the table: the base release's records and the new release's as-of date. */
export interface BuildInput {
  id: string;
  asOf: string;
  base: ReleaseData;
}

export type Records = Record<string, unknown[]>;

function measure(r: ResearchRow, problems: string[]): { value: number; qualifier: Qualifier; hi?: number } | null {
  const value = get(r, "value");
  const qualifier = get(r, "qualifier");
  const hi = get(r, "hi");
  if (!/^\d+$/.test(value)) {
    problems.push(`${at(r)}: value "${value}" is not a whole number (write 1244, not 1,244)`);
    return null;
  }
  if (!(QUALIFIERS as readonly string[]).includes(qualifier)) {
    problems.push(`${at(r)}: qualifier "${qualifier}" is not one of ${QUALIFIERS.join(", ")}`);
    return null;
  }
  if ((qualifier === "range") !== (hi !== "") || (hi !== "" && !/^\d+$/.test(hi))) {
    problems.push(`${at(r)}: hi is needed with qualifier range, and only then`);
    return null;
  }
  return { value: Number(value), qualifier: qualifier as Qualifier, ...(hi ? { hi: Number(hi) } : {}) };
}

function date(r: ResearchRow, column: string, problems: string[], required: boolean): string | undefined {
  const v = get(r, column);
  if (!v) {
    if (required) problems.push(`${at(r)}: ${column} is empty`);
    return undefined;
  }
  // The schema refuses impossible days (2024-02-30) as well as other shapes.
  if (!IsoDate.safeParse(v).success) {
    problems.push(`${at(r)}: ${column} "${v}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    return undefined;
  }
  return v;
}

/** The first day a partial date can mean: a figure dated 2025-03 is known by 2025-03-01 at the earliest. */
const earliest = (iso: string) => (iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);

function sameMeasure(a: Omit<Observation, "sources" | "note">, b: Omit<Observation, "sources" | "note">): boolean {
  return (
    a.date === b.date && a.start === b.start && a.value === b.value && a.qualifier === b.qualifier && a.hi === b.hi
  );
}

/**
 * One figure is one claim: observations of a series with the same date, period, value and qualifier are one
 * observation citing every source that states it (their notes kept, joined). Sorted by date, then value.
 */
export function mergeObservations(observations: readonly Observation[]): Observation[] {
  const out: Observation[] = [];
  for (const o of observations) {
    const same = out.find((x) => sameMeasure(x, o));
    if (!same) {
      out.push({ ...o, sources: [...o.sources] });
      continue;
    }
    for (const s of o.sources) if (!same.sources.includes(s)) same.sources.push(s);
    if (o.note && o.note !== same.note) same.note = same.note ? `${same.note} ${o.note}` : o.note;
  }
  return out.sort((a, b) => (a.date === b.date ? a.value - b.value : a.date < b.date ? -1 : 1));
}

/**
 * Builds a release's records: the base release, the table's rows its as-of date allows, then the corrections.
 * A correction release shares its base's as-of date (2026-12-06-r2 corrects 2026-12-06): the base already holds
 * every row that date allows, so it is the base and its own corrections only.
 */
export function buildRelease(fullTable: ResearchTable, input: BuildInput): { records: Records; notes: string[] } {
  const correcting = input.asOf === input.base.entry.asOf;
  const table = correcting ? { ...fullTable, series: [], detentions: [], places: [] } : fullTable;
  const problems: string[] = [];
  const notes: string[] = [];
  const records = structuredClone(input.base) as unknown as Records & { entry?: unknown };
  delete records.entry;
  const sources = records.sources as Source[];
  const byId = new Map(sources.map((s) => [s.id, s]));
  const used = new Set<string>();

  // Sources: a table source may repeat a base source only if it says the same thing.
  const tableSources = new Map(table.sources.map((s) => [s.id, s]));
  const cite = (r: ResearchRow): string | null => {
    const id = get(r, "source");
    const s = tableSources.get(id) ?? byId.get(id);
    if (!s) {
      problems.push(`${at(r)}: unknown source "${id}" (not in sources.csv nor in the base release)`);
      return null;
    }
    if (s.date && s.date > input.asOf) return null;
    used.add(id);
    return id;
  };

  // Series.
  const seriesList = records.series as Series[];
  let skipped = 0;
  const unpublished = new Map<string, number>();
  for (const r of table.series) {
    const metric = get(r, "metric");
    if (UNPUBLISHED_METRICS.has(metric)) {
      unpublished.set(metric, (unpublished.get(metric) ?? 0) + 1);
      continue;
    }
    if (!(SERIES_IDS as readonly string[]).includes(metric)) {
      problems.push(`${at(r)}: metric "${metric}" is not a series (${SERIES_IDS.join(", ")})`);
      continue;
    }
    const d = date(r, "date", problems, true);
    const start = date(r, "start", problems, false);
    const m = measure(r, problems);
    if (!get(r, "where")) problems.push(`${at(r)}: where is empty (say where on the page the figure stands)`);
    if (!d || !m) continue;
    if (start && start > d) problems.push(`${at(r)}: start ${start} is after date ${d}`);
    if (earliest(d) > input.asOf) {
      skipped++;
      continue;
    }
    const source = cite(r);
    if (!source) {
      skipped++;
      continue;
    }
    let series = seriesList.find((s) => s.id === metric);
    if (!series) {
      series = { id: metric as SeriesId, title: SERIES_TITLES[metric as SeriesId], unit: "persons", observations: [] };
      seriesList.push(series);
    }
    const note = get(r, "note");
    series.observations.push({
      date: d,
      ...(start ? { start } : {}),
      ...m,
      sources: [source],
      ...(note ? { note } : {}),
    });
  }
  for (const s of seriesList) s.observations = mergeObservations(s.observations);
  seriesList.sort((a, b) => SERIES_IDS.indexOf(a.id) - SERIES_IDS.indexOf(b.id));
  for (const [metric, n] of unpublished) notes.push(`${n} row(s) of metric ${metric} kept as research, not published`);
  if (skipped) notes.push(`${skipped} series row(s) dated or published after ${input.asOf} left for a later release`);

  // Places: new entries of the gazetteer, each with the page that gives its coordinates.
  const placeList = records.places as Place[];
  for (const r of table.places) {
    const id = get(r, "id");
    if (placeList.some((p) => p.id === id)) {
      problems.push(`${at(r)}: place ${id} is already in the gazetteer`);
      continue;
    }
    const source = cite(r);
    if (!source) continue;
    const place = {
      id,
      names: { en: get(r, "name_en"), be: get(r, "name_be"), ru: get(r, "name_ru") },
      alt: get(r, "alt")
        ? get(r, "alt")
            .split(";")
            .map((a) => a.trim())
        : [],
      kind: get(r, "kind"),
      oblast: get(r, "oblast"),
      lat: Number(get(r, "lat")),
      lon: Number(get(r, "lon")),
      sources: [source],
    };
    const parsed = PlaceSchema.safeParse(place);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      problems.push(`${at(r)}: ${issue.path.join(".")}: ${issue.message}`);
      continue;
    }
    placeList.push(parsed.data);
  }
  placeList.sort((a, b) => (a.id < b.id ? -1 : 1));

  // Detention events: rows sharing an event id are one event, one claim per row. An id that is in the base
  // release adds claims and sources to that event; the id "-" keeps a row as research only (its note says why).
  const events = records.detentions as DetentionEvent[];
  const placeIds = new Set(placeList.map((p) => p.id));
  const groups = new Map<string, ResearchRow[]>();
  let unused = 0;
  for (const r of table.detentions) {
    const id = get(r, "event");
    if (id === "-") {
      unused++;
      if (!get(r, "note")) problems.push(`${at(r)}: a row kept as research only (event "-") needs a note saying why`);
      continue;
    }
    groups.set(id, [...(groups.get(id) ?? []), r]);
  }
  if (unused) notes.push(`${unused} detention row(s) kept as research only (event "-")`);
  let laterEvents = 0;
  for (const [id, rows] of groups) {
    const first = rows[0]!;
    const start = date(first, "start", problems, true);
    const end = date(first, "end", problems, false);
    if (!start) continue;
    if (earliest(start) > input.asOf) {
      laterEvents++;
      continue;
    }
    const existing = events.find((e) => e.id === id);
    const shape = ["start", "end", "scope", "places", "region", "display", "category", "context"];
    for (const r of rows.slice(1)) {
      for (const c of existing ? ["start"] : shape) {
        if (get(r, c) !== get(first, c)) problems.push(`${at(r)}: ${c} differs from ${at(first)} of event ${id}`);
      }
    }
    if (existing && existing.start !== start) {
      problems.push(`${at(first)}: event ${id} of the base release starts on ${existing.start}, not ${start}`);
      continue;
    }
    const places = get(first, "places")
      ? get(first, "places")
          .split(";")
          .map((p) => p.trim())
      : [];
    for (const p of places) if (!placeIds.has(p)) problems.push(`${at(first)}: unknown place id "${p}"`);
    const region = get(first, "region");
    if (region && !Oblast.safeParse(region).success)
      problems.push(`${at(first)}: region "${region}" is not an oblast code`);
    const count: DetentionEvent["count"] = existing ? existing.count : [];
    const eventSources: string[] = existing ? existing.sources : [];
    for (const r of rows) {
      if (!get(r, "where")) problems.push(`${at(r)}: where is empty (say where on the page the figure stands)`);
      const source = cite(r);
      if (!source) continue;
      if (!eventSources.includes(source)) eventSources.push(source);
      if (get(r, "value") === "") continue;
      const m = measure(r, problems);
      if (!m) continue;
      const note = get(r, "note");
      const same = count.find((c) => c.value === m.value && c.qualifier === m.qualifier && c.hi === m.hi);
      if (same) {
        if (!same.sources.includes(source)) same.sources.push(source);
      } else count.push({ ...m, sources: [source], ...(note ? { note } : {}) });
    }
    if (existing) continue;
    if (eventSources.length === 0) {
      laterEvents++;
      continue;
    }
    const display = get(first, "display");
    events.push({
      id,
      start,
      ...(end ? { end } : {}),
      scope: get(first, "scope"),
      places,
      ...(region ? { region } : {}),
      count,
      category: get(first, "category"),
      ...(display ? { display } : {}),
      context: { en: get(first, "context") },
      sources: eventSources,
    } as DetentionEvent);
  }
  if (laterEvents)
    notes.push(`${laterEvents} detention event(s) dated or published after ${input.asOf} left for a later release`);
  events.sort((a, b) => (a.start === b.start ? (a.id < b.id ? -1 : 1) : a.start < b.start ? -1 : 1));

  // Sources cited by the table join the release's sources.
  for (const id of used) {
    const s = tableSources.get(id);
    if (!s) continue;
    const old = byId.get(id);
    if (old && JSON.stringify(old) !== JSON.stringify(s)) {
      problems.push(`sources.csv: source ${id} differs from the base release's; give the new page a new id`);
    } else if (!old) {
      sources.push(s);
      byId.set(id, s);
    }
  }
  const urls = new Map<string, string>();
  for (const s of sources) {
    if (!s.url) continue;
    const other = urls.get(s.url);
    if (other) problems.push(`sources ${other} and ${s.id} have the same URL ${s.url}: use one id`);
    urls.set(s.url, s.id);
  }

  // Corrections: a field of one record set to a value, each with its reason.
  for (const r of table.corrections) {
    if (get(r, "release") !== input.id) continue;
    const file = get(r, "file") as ReleaseFileName;
    if (!(file in RELEASE_FILES)) {
      problems.push(`${at(r)}: file "${file}" is not a release file`);
      continue;
    }
    if (!get(r, "why")) problems.push(`${at(r)}: say why (column why)`);
    const list = records[file.replace(".json", "")] as { id?: string }[];
    const field = get(r, "field");
    const json = get(r, "json");
    if (field === "*" && json === "") {
      // A whole record left out of the release (e.g. a count the safety policy does not let us publish).
      const i = list.findIndex((x) => x.id === get(r, "record"));
      if (i < 0) problems.push(`${at(r)}: no record "${get(r, "record")}" in ${file}`);
      else list.splice(i, 1);
      continue;
    }
    if (field === "*") {
      // A whole record, added (or replaced) under its id.
      let value: { id?: string };
      try {
        value = JSON.parse(json) as { id?: string };
      } catch (e) {
        problems.push(`${at(r)}: json is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
        continue;
      }
      if (value.id !== get(r, "record")) {
        problems.push(`${at(r)}: the record's id "${value.id}" differs from column record "${get(r, "record")}"`);
        continue;
      }
      const i = list.findIndex((x) => x.id === value.id);
      if (i >= 0) list[i] = value;
      else list.push(value);
      continue;
    }
    const record = list.find((x) => x.id === get(r, "record"));
    if (!record) {
      problems.push(`${at(r)}: no record "${get(r, "record")}" in ${file}`);
      continue;
    }
    if (!/^[a-zA-Z]+$/.test(field)) {
      problems.push(`${at(r)}: field "${field}" is not a field name`);
      continue;
    }
    if (json === "") {
      delete (record as Record<string, unknown>)[field];
      continue;
    }
    try {
      (record as Record<string, unknown>)[field] = JSON.parse(json);
    } catch (e) {
      problems.push(`${at(r)}: json is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
    }
  }

  // A correction may cite a page of sources.csv that no other row cites: it joins the release too.
  const cited = new Set<string>();
  const walk = (node: unknown, key?: string): void => {
    if (Array.isArray(node)) {
      for (const n of node) {
        if (typeof n === "string" && (key === "sources" || key === "nameSources")) cited.add(n);
        else walk(n, key);
      }
    } else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, k);
  };
  for (const [key, list] of Object.entries(records)) if (key !== "sources") walk(list);
  for (const id of cited) {
    const s = tableSources.get(id);
    if (s && !byId.has(id)) {
      if (s.date && s.date > input.asOf) problems.push(`source ${id} is published after ${input.asOf}`);
      sources.push(s);
      byId.set(id, s);
    }
  }
  sources.sort((a, b) => (a.id < b.id ? -1 : 1));
  if (problems.length) throw new ResearchError(problems.join("\n"));
  return { records, notes };
}
