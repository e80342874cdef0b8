/**
 * The one schema of a data release. Everything else (loader, data:check, JSON Schema under
 * public/data/schema/, TypeScript types) is derived from this file.
 *
 * Design rules encoded here:
 * - a figure never travels without its qualifier ("at least 80" is not 80);
 * - every figure cites source ids; disagreeing sources are kept side by side as several claims;
 * - dates may be partial (2020-12, 2025) because sources often give only a month or a year.
 */
import * as z from "zod/mini";
import { en } from "zod/locales";
import { DAY_SHAPE, isCalendarDate, PARTIAL_DATE_SHAPE } from "./dates";

// zod/mini ships no messages: load the English ones the error texts (src/data/errors.ts) build on.
z.config(en());

const calendar = (shape: RegExp) =>
  z.refine<string>((v) => !shape.test(v) || isCalendarDate(v), {
    error: (iss) => `${JSON.stringify(iss.input)} is not a date of the calendar`,
    abort: true,
  });

const DATE = /^(?!0000)\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const DAY = /^(?!0000)\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** ISO date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD, and a real one. */
export const IsoDate = z
  .string()
  .check(calendar(PARTIAL_DATE_SHAPE), z.regex(DATE, { error: "expected a date as YYYY, YYYY-MM or YYYY-MM-DD" }));

/** A full ISO day (YYYY-MM-DD), and a real one. */
export const IsoDay = z.string().check(calendar(DAY_SHAPE), z.regex(DAY, { error: "expected a date as YYYY-MM-DD" }));

/**
 * Characters no data text may hold: control characters (C0 and C1, tab and line breaks included: every
 * text is shown as one line or one paragraph, and a line break would only survive in some views) and the
 * invisible text-direction marks, embeddings, overrides and isolates, which make text display in another
 * order than it is stored ("Trojan Source"). Kept as a pattern so the published JSON Schema carries it too.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHAR = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const NO_UNSAFE_CHAR = new RegExp(`^[^${UNSAFE_CHAR.source.slice(1, -1)}]*$`);

/** Why a text is refused: the first unsafe character, named by its code point. */
export function unsafeCharMessage(text: string): string {
  const ch = UNSAFE_CHAR.exec(text)?.[0] ?? "";
  const code = `U+${ch.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}`;
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return /[\u0000-\u001f\u007f-\u009f]/.test(ch)
    ? `contains a control character ${code}; remove it`
    : `contains an invisible text-direction character ${code}, which can make text display in another order than it is stored; remove it`;
}

/** Any text of the data: free of control and text-direction characters. */
const plain = z
  .string()
  .check(
    z.regex(NO_UNSAFE_CHAR, { error: (iss) => unsafeCharMessage(typeof iss.input === "string" ? iss.input : "") }),
  );

/** A source's public address: http or https only (never javascript:, data: or file:). */
export const HttpUrl = plain.check(
  z.regex(/^https?:\/\/[^\s]+$/, { error: "expected an http(s) URL", abort: true }),
  z.refine(
    (v: string) => {
      try {
        const url = new URL(v);
        return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
      } catch {
        return false;
      }
    },
    { error: (iss) => `expected an http(s) URL, got ${JSON.stringify(iss.input)}` },
  ),
);

export const Id = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9_.-]*$/, { error: "expected an id of lowercase letters, digits, '-', '_' or '.'" }));

export const QUALIFIERS = ["exact", "at_least", "about", "more_than", "fewer_than", "range"] as const;
export const Qualifier = z.enum(QUALIFIERS);

const count = z.number({ error: "expected a number" }).check(z.nonnegative({ error: "expected a number ≥ 0" }));

/** A figure as the source states it: value, qualifier and, for ranges, the upper bound. */
export const Measure = z
  .strictObject({
    value: count,
    qualifier: Qualifier,
    hi: z.optional(count),
  })
  .check(z.superRefine(checkRange));

const SourceIds = z.array(Id).check(z.minLength(1, { error: "expected at least one source id" }));

function checkRange(m: { qualifier: string; value: number; hi?: number }, ctx: z.core.$RefinementCtx) {
  if (m.qualifier === "range" && (m.hi === undefined || m.hi < m.value)) {
    ctx.addIssue({ code: "custom", path: ["hi"], message: "a range needs hi ≥ value" });
  }
  if (m.qualifier !== "range" && m.hi !== undefined) {
    ctx.addIssue({ code: "custom", path: ["hi"], message: "hi is only allowed with qualifier range" });
  }
}

const text = plain.check(z.minLength(1));

/** Text in English with optional Belarusian and Russian versions. */
export const Text = z.strictObject({ en: text, be: z.optional(text), ru: z.optional(text) });

/**
 * A note on a figure: English only as a plain string (older releases), or in several languages like any other
 * text. Releases since 2026-12-06-r3 give every note in en, be and ru.
 */
export const Note = z.union([plain, Text]);

/** A changelog entry: plain English (older releases) or in several languages. */
export const ChangeText = z.union([text, Text]);

const ClaimFields = z.strictObject({
  value: count,
  qualifier: Qualifier,
  hi: z.optional(count),
  sources: SourceIds,
  /** How the figure was obtained: stated by the source, or computed by us from other records. */
  basis: z.optional(z.enum(["reported", "computed"])),
  note: z.optional(Note),
});

/** A figure with the sources that state it. Several claims on one field = sources disagree. */
export const Claim = ClaimFields.check(z.superRefine(checkRange));

export const Source = z.strictObject({
  id: Id,
  title: text,
  publisher: text,
  date: z.optional(IsoDate),
  /** Absent when the source has no public address (e.g. the newsletter, whose links are placeholders). */
  url: z.optional(HttpUrl),
  note: z.optional(Note),
});

export const OBLASTS = ["BY-BR", "BY-HM", "BY-HO", "BY-HR", "BY-MA", "BY-MI", "BY-VI"] as const;
export const Oblast = z.enum(OBLASTS);

export const Place = z.strictObject({
  id: Id,
  names: z.strictObject({ en: text, be: text, ru: text }),
  /** Other spellings people search by (Mogilev, Mahileu, Mahiliou …). */
  alt: z.array(text),
  kind: z.enum(["capital", "city", "town", "village", "region", "country"]),
  oblast: z.optional(Oblast),
  lat: z.optional(z.number().check(z.gte(-90), z.lte(90))),
  lon: z.optional(z.number().check(z.gte(-180), z.lte(180))),
  sources: SourceIds,
});

/** A running total as reported, with the date it refers to when that is later than the stage it follows. */
export const RunningTotal = z.extend(ClaimFields, { asOf: z.optional(IsoDate) }).check(z.superRefine(checkRange));

export const BREAKDOWN_KEYS = [
  "women",
  "men",
  "chronically_ill",
  "disabled",
  "parents",
  "parents_of_several",
  "parents_of_minors",
  "over_50",
  "under_25",
  "pensioners",
  "foreigners",
] as const;
export const BreakdownKey = z.enum(BREAKDOWN_KEYS);

/** One pardon stage (or a US-brokered release, told apart by `kind`). */
export const PardonStage = z.strictObject({
  id: Id,
  date: IsoDate,
  kind: z.enum(["pardon", "us_brokered", "amnesty", "foreigners"]),
  /** People released in this stage; several claims when sources disagree. */
  count: z.array(Claim).check(z.minLength(1)),
  /** Running totals since 3 July 2024 as sources report them after this stage (the last stage on or before the
   * date a total refers to; `asOf` gives that date when it is later than the stage). */
  runningTotal: z.array(RunningTotal),
  /** The stage's ordinal as each source counts it ("fifth stage", "sixth wave this year"). */
  stageNumbers: z.array(z.strictObject({ number: z.int().check(z.positive()), counting: text, sources: SourceIds })),
  breakdown: z.partialRecord(BreakdownKey, Claim),
  note: z.optional(Text),
  conflict: z.optional(Text),
  sources: SourceIds,
});

export const DetentionEvent = z
  .strictObject({
    id: Id,
    start: IsoDate,
    end: z.optional(IsoDate),
    /** "places": at the listed places (one figure for all of them together, never split);
     * "region": a whole oblast; "national": Belarus-wide, unlocated. */
    scope: z.enum(["places", "region", "national"]),
    places: z.array(Id),
    region: z.optional(Oblast),
    /** Empty when the source reports detentions without a number. */
    count: z.array(Claim),
    category: z.enum(["detention", "raid", "preventive_conversation"]),
    /** The finest level at which the app may show this event (safety: small counts at a town can
     * identify people; public/data/policy.json sets the threshold). Absent = as precise as the scope. */
    display: z.optional(z.enum(["place", "oblast", "national"])),
    context: Text,
    conflict: z.optional(Text),
    sources: SourceIds,
  })
  .check(
    z.superRefine((e, ctx) => {
      if (e.scope === "places" && e.places.length === 0) {
        ctx.addIssue({
          code: "custom",
          path: ["places"],
          message: "an event with scope places needs at least one place id",
        });
      }
      if (e.scope === "region" && !e.region) {
        ctx.addIssue({ code: "custom", path: ["region"], message: "an event with scope region needs an oblast code" });
      }
    }),
  );

export const SERIES_IDS = [
  "prisoners_in_custody",
  "prisoners_in_custody_women",
  "newly_recognised",
  "recognised_cumulative",
  "treason_convictions_cumulative",
  "convicted_cumulative",
  "repression_cases",
] as const;

export const Observation = z.strictObject({
  /** The date the figure refers to (end of the period for per-period counts). */
  date: IsoDate,
  /** Start of the period, for per-period counts ("newly recognised 2–15 Nov"). */
  start: z.optional(IsoDate),
  value: count,
  qualifier: Qualifier,
  hi: z.optional(count),
  sources: SourceIds,
  note: z.optional(Note),
});

export const Series = z.strictObject({
  id: z.enum(SERIES_IDS),
  title: Text,
  unit: z.enum(["persons"]),
  observations: z.array(Observation),
});

export const DatedClaim = z.strictObject({ date: IsoDate, sources: SourceIds, note: z.optional(Note) });

/** A day count as a source states it ("780 days", "more than 600 days"), with the date it refers to. */
export const DaysClaim = z.extend(ClaimFields, { asOf: IsoDate }).check(z.superRefine(checkRange));

export const PERSON_STATUSES = ["in_custody", "released"] as const;

/** The latest status of a person the sources report, as of a date. A death in custody is its own record
 * (deaths.json) and an open incommunicado span says "held incommunicado": neither is repeated here. */
export const PersonStatus = z.strictObject({
  value: z.enum(PERSON_STATUSES),
  date: IsoDate,
  sources: SourceIds,
  note: z.optional(Text),
});

/** The criminal case as sources report it. */
export const CriminalCase = z.strictObject({
  /** Articles of the Criminal Code of Belarus as sources cite them: "356", "361-4". */
  articles: z.array(
    z.string().check(z.regex(/^\d{3}(-\d+)?$/, { error: "expected a Criminal Code article like 356 or 361-4" })),
  ),
  /** "charged": not (yet) sentenced, e.g. died awaiting trial. */
  stage: z.enum(["charged", "sentenced"]),
  /** The sentence in words ("12 years"); absent when only the charge is known. */
  sentence: z.optional(Text),
  /** Date of the sentence (or of the charge). */
  date: z.optional(IsoDate),
  sources: SourceIds,
});

export const Person = z.strictObject({
  id: Id,
  name: Text,
  /** Sources that already published this person's name (safety rule: never the first to name). At least one
   * must be a publication out by the release date, checked by src/data/safety.ts in the app and data:check. */
  nameSources: SourceIds,
  /** Who the person is, in the sources' words ("political activist"). */
  about: z.optional(z.strictObject({ text: Text, sources: SourceIds })),
  status: z.optional(PersonStatus),
  criminalCase: z.optional(CriminalCase),
  /** Since when the person has been in custody; several when sources disagree. */
  inCustodySince: z.optional(z.array(DatedClaim)),
  /** Days in custody as sources state them; the app shows the count computed from inCustodySince beside them. */
  daysInCustody: z.optional(z.array(DaysClaim)),
});

export const DeathInCustody = z.strictObject({
  id: Id,
  person: Id,
  /** Date of death; several when sources disagree. */
  died: z.array(DatedClaim).check(z.minLength(1)),
  /** When the death became known publicly. */
  reported: z.array(DatedClaim),
  age: z.array(Claim),
  place: z.optional(Id),
  /** Where the person died: the institution and its town, never a street address. The sentence is on the
   * person's record (people.json criminalCase). */
  institution: Text,
  /** Ordinal in the count of deaths of political prisoners in custody since 2020. */
  ordinal: z.optional(z.int().check(z.positive())),
  note: z.optional(Text),
  sources: SourceIds,
});

export const Incommunicado = z
  .strictObject({
    id: Id,
    person: Id,
    /** When the person was last heard from, as sources date it; several when they disagree. Empty when no source
     * gives a start: then `reportedBy` says since when, at the latest, the person has been held incommunicado. */
    since: z.array(DatedClaim),
    reportedBy: z.optional(DatedClaim),
    ended: z.optional(
      z.strictObject({
        date: IsoDate,
        how: z.enum(["contact_resumed", "released"]),
        sources: SourceIds,
        note: z.optional(Note),
      }),
    ),
    /** Day counts as sources state them ("more than 600 days"). */
    reportedDays: z.array(DaysClaim),
    note: z.optional(Text),
    sources: SourceIds,
  })
  .check(
    z.superRefine((r, ctx) => {
      if (r.since.length === 0 && !r.reportedBy) {
        ctx.addIssue({
          code: "custom",
          path: ["since"],
          message: "give a start date, or reportedBy: the first date a source reports the person held incommunicado",
        });
      }
    }),
  );

export const ContextEvent = z.strictObject({
  id: Id,
  date: IsoDate,
  end: z.optional(IsoDate),
  kind: z.enum(["election", "release", "crackdown", "policy"]),
  title: Text,
  sources: SourceIds,
});

/** The file name of each record type in a release folder, and the schema of its content. */
export const RELEASE_FILES = {
  "sources.json": z.strictObject({ sources: z.array(Source) }),
  "places.json": z.strictObject({ places: z.array(Place) }),
  "people.json": z.strictObject({ people: z.array(Person) }),
  "pardons.json": z.strictObject({ pardons: z.array(PardonStage) }),
  "detentions.json": z.strictObject({ detentions: z.array(DetentionEvent) }),
  "series.json": z.strictObject({ series: z.array(Series) }),
  "deaths.json": z.strictObject({ deaths: z.array(DeathInCustody) }),
  "incommunicado.json": z.strictObject({ incommunicado: z.array(Incommunicado) }),
  "events.json": z.strictObject({ events: z.array(ContextEvent) }),
} as const;
export type ReleaseFileName = keyof typeof RELEASE_FILES;
export const RELEASE_FILE_NAMES = Object.keys(RELEASE_FILES) as ReleaseFileName[];

export const ManifestFile = z.strictObject({
  path: z
    .string()
    .check(z.regex(/^releases\/[a-z0-9-]+\/[a-z]+\.json$/, { error: "expected releases/<id>/<name>.json" })),
  bytes: z.int().check(z.nonnegative()),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, { error: "expected 64 lowercase hex digits" })),
});

export const ReleaseEntry = z.strictObject({
  /** The as-of day, then for a second release of the same day a suffix: 2026-12-06, 2026-12-06-r2. */
  id: z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}(-[a-z0-9]+)*$/, {
      error: "expected a release id starting with YYYY-MM-DD (then, optionally, a suffix such as -r2)",
      abort: true,
    }),
    z.refine((v: string) => isCalendarDate(v.slice(0, 10)), {
      error: (iss) => `release id ${JSON.stringify(iss.input)} does not start with a date of the calendar`,
    }),
  ),
  title: Text,
  period: z.strictObject({ start: IsoDay, end: IsoDay }),
  /** The date the data is current to: figures after it are not in this release. */
  asOf: IsoDay,
  published: IsoDay,
  changelog: z.array(ChangeText).check(z.minLength(1)),
  files: z.array(ManifestFile),
});

export const Manifest = z.strictObject({
  schemaVersion: z.literal(1),
  releases: z.array(ReleaseEntry).check(z.minLength(1)),
});

export type Qualifier = z.infer<typeof Qualifier>;
export type Measure = z.infer<typeof Measure>;
export type Claim = z.infer<typeof Claim>;
export type RunningTotal = z.infer<typeof RunningTotal>;
export type Text = z.infer<typeof Text>;
export type Note = z.infer<typeof Note>;
export type ChangeText = z.infer<typeof ChangeText>;
export type Source = z.infer<typeof Source>;
export type Oblast = z.infer<typeof Oblast>;
export type Place = z.infer<typeof Place>;
export type BreakdownKey = z.infer<typeof BreakdownKey>;
export type PardonStage = z.infer<typeof PardonStage>;
export type DetentionEvent = z.infer<typeof DetentionEvent>;
export type Observation = z.infer<typeof Observation>;
export type SeriesId = (typeof SERIES_IDS)[number];
export type Series = z.infer<typeof Series>;
export type Person = z.infer<typeof Person>;
export type DatedClaim = z.infer<typeof DatedClaim>;
export type DaysClaim = z.infer<typeof DaysClaim>;
export type PersonStatus = z.infer<typeof PersonStatus>;
export type CriminalCase = z.infer<typeof CriminalCase>;
export type DeathInCustody = z.infer<typeof DeathInCustody>;
export type Incommunicado = z.infer<typeof Incommunicado>;
export type ContextEvent = z.infer<typeof ContextEvent>;
export type ManifestFile = z.infer<typeof ManifestFile>;
export type ReleaseEntry = z.infer<typeof ReleaseEntry>;
export type Manifest = z.infer<typeof Manifest>;

/** A release after loading: its manifest entry and every record, all validated and cross-referenced. */
export interface ReleaseData {
  entry: ReleaseEntry;
  sources: Source[];
  places: Place[];
  people: Person[];
  pardons: PardonStage[];
  detentions: DetentionEvent[];
  series: Series[];
  deaths: DeathInCustody[];
  incommunicado: Incommunicado[];
  events: ContextEvent[];
}

// The manifest's top level on its own: the app validates each release entry separately (parseReaderManifest in
// src/data/loader.ts), so one bad entry makes only its own release unavailable.
export const ManifestTopLevel = z.strictObject({
  schemaVersion: z.literal(1),
  releases: z.array(z.unknown()).check(z.minLength(1)),
});

/** Whether a value of a record is a text in languages ({en, be?, ru?}, nothing else). */
export const isText = (v: unknown): v is Text =>
  typeof v === "object" &&
  v !== null &&
  !Array.isArray(v) &&
  typeof (v as Text).en === "string" &&
  Object.keys(v).every((k) => k === "en" || k === "be" || k === "ru");

/** The English of a text that is either plain English or given in languages (notes, changelog entries). */
export const englishOf = (text: string | Text): string => (typeof text === "string" ? text : text.en);
