/**
 * The one schema of a data release. Everything else (loader, data:check, JSON Schema under
 * public/data/schema/, TypeScript types) is derived from this file.
 *
 * Design rules encoded here:
 * - a figure never travels without its qualifier ("at least 80" is not 80);
 * - every figure cites source ids; disagreeing sources are kept side by side as several claims;
 * - dates may be partial (2020-12, 2025) because sources often give only a month or a year.
 */
import { z } from "zod";

/** ISO date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD. */
export const IsoDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
  message: "expected a date as YYYY, YYYY-MM or YYYY-MM-DD",
});

/** A full ISO day (YYYY-MM-DD). */
export const IsoDay = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
  message: "expected a date as YYYY-MM-DD",
});

export const Id = z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/, {
  message: "expected an id of lowercase letters, digits, '-', '_' or '.'",
});

export const QUALIFIERS = ["exact", "at_least", "about", "more_than", "fewer_than", "range"] as const;
export const Qualifier = z.enum(QUALIFIERS);

const count = z.number({ message: "expected a number" }).finite().nonnegative({ message: "expected a number ≥ 0" });

/** A figure as the source states it: value, qualifier and, for ranges, the upper bound. */
export const Measure = z
  .object({
    value: count,
    qualifier: Qualifier,
    hi: count.optional(),
  })
  .strict()
  .superRefine(checkRange);

const SourceIds = z.array(Id).min(1, { message: "expected at least one source id" });

function checkRange(m: { qualifier: string; value: number; hi?: number }, ctx: z.RefinementCtx) {
  if (m.qualifier === "range" && (m.hi === undefined || m.hi < m.value)) {
    ctx.addIssue({ code: "custom", path: ["hi"], message: "a range needs hi ≥ value" });
  }
  if (m.qualifier !== "range" && m.hi !== undefined) {
    ctx.addIssue({ code: "custom", path: ["hi"], message: "hi is only allowed with qualifier range" });
  }
}

const ClaimFields = z
  .object({
    value: count,
    qualifier: Qualifier,
    hi: count.optional(),
    sources: SourceIds,
    /** How the figure was obtained: stated by the source, or computed by us from other records. */
    basis: z.enum(["reported", "computed"]).optional(),
    note: z.string().optional(),
  })
  .strict();

/** A figure with the sources that state it. Several claims on one field = sources disagree. */
export const Claim = ClaimFields.superRefine(checkRange);

/** Text in English with optional Belarusian and Russian versions. */
export const Text = z
  .object({ en: z.string().min(1), be: z.string().min(1).optional(), ru: z.string().min(1).optional() })
  .strict();

export const Source = z
  .object({
    id: Id,
    title: z.string().min(1),
    publisher: z.string().min(1),
    date: IsoDate.optional(),
    /** Absent when the source has no public address (e.g. the newsletter, whose links are placeholders). */
    url: z.url().optional(),
    note: z.string().optional(),
  })
  .strict();

export const OBLASTS = ["BY-BR", "BY-HM", "BY-HO", "BY-HR", "BY-MA", "BY-MI", "BY-VI"] as const;
export const Oblast = z.enum(OBLASTS);

export const Place = z
  .object({
    id: Id,
    names: z.object({ en: z.string().min(1), be: z.string().min(1), ru: z.string().min(1) }).strict(),
    /** Other spellings people search by (Mogilev, Mahileu, Mahiliou …). */
    alt: z.array(z.string().min(1)),
    kind: z.enum(["capital", "city", "town", "village", "region", "country"]),
    oblast: Oblast.optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    sources: SourceIds,
  })
  .strict();

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
export const PardonStage = z
  .object({
    id: Id,
    date: IsoDate,
    kind: z.enum(["pardon", "us_brokered", "amnesty", "foreigners"]),
    /** People released in this stage; several claims when sources disagree. */
    count: z.array(Claim).min(1),
    /** Running totals since 3 July 2024 as sources report them after this stage. */
    runningTotal: z.array(Claim),
    /** The stage's ordinal as each source counts it ("fifth stage", "sixth wave this year"). */
    stageNumbers: z.array(
      z.object({ number: z.number().int().positive(), counting: z.string().min(1), sources: SourceIds }).strict(),
    ),
    breakdown: z.partialRecord(BreakdownKey, Claim),
    note: Text.optional(),
    conflict: Text.optional(),
    sources: SourceIds,
  })
  .strict();

export const DetentionEvent = z
  .object({
    id: Id,
    start: IsoDate,
    end: IsoDate.optional(),
    /** "places": at the listed places (one figure for all of them together, never split);
     * "region": a whole oblast; "national": Belarus-wide, unlocated. */
    scope: z.enum(["places", "region", "national"]),
    places: z.array(Id),
    region: Oblast.optional(),
    /** Empty when the source reports detentions without a number. */
    count: z.array(Claim),
    category: z.enum(["detention", "raid", "preventive_conversation"]),
    /** The finest level at which the app may show this event (safety: small counts at a town can
     * identify people; public/data/policy.json sets the threshold). Absent = as precise as the scope. */
    display: z.enum(["place", "oblast", "national"]).optional(),
    context: Text,
    conflict: Text.optional(),
    sources: SourceIds,
  })
  .strict()
  .superRefine((e, ctx) => {
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
  });

export const SERIES_IDS = [
  "prisoners_in_custody",
  "prisoners_in_custody_women",
  "newly_recognised",
  "recognised_cumulative",
  "treason_convictions_cumulative",
] as const;

export const Observation = z
  .object({
    /** The date the figure refers to (end of the period for per-period counts). */
    date: IsoDate,
    /** Start of the period, for per-period counts ("newly recognised 2–15 Nov"). */
    start: IsoDate.optional(),
    value: count,
    qualifier: Qualifier,
    hi: count.optional(),
    sources: SourceIds,
    note: z.string().optional(),
  })
  .strict();

export const Series = z
  .object({
    id: z.enum(SERIES_IDS),
    title: Text,
    unit: z.enum(["persons"]),
    observations: z.array(Observation),
  })
  .strict();

export const DatedClaim = z.object({ date: IsoDate, sources: SourceIds, note: z.string().optional() }).strict();

/** A day count as a source states it ("780 days", "more than 600 days"), with the date it refers to. */
export const DaysClaim = ClaimFields.extend({ asOf: IsoDate }).superRefine(checkRange);

export const PERSON_STATUSES = ["in_custody", "released"] as const;

/** The latest status of a person the sources report, as of a date. A death in custody is its own record
 * (deaths.json) and an open incommunicado span says "held incommunicado": neither is repeated here. */
export const PersonStatus = z
  .object({
    value: z.enum(PERSON_STATUSES),
    date: IsoDate,
    sources: SourceIds,
    note: Text.optional(),
  })
  .strict();

/** The criminal case as sources report it. */
export const CriminalCase = z
  .object({
    /** Articles of the Criminal Code of Belarus as sources cite them: "356", "361-4". */
    articles: z.array(
      z.string().regex(/^\d{3}(-\d+)?$/, { message: "expected a Criminal Code article like 356 or 361-4" }),
    ),
    /** "charged": not (yet) sentenced, e.g. died awaiting trial. */
    stage: z.enum(["charged", "sentenced"]),
    /** The sentence in words ("12 years"); absent when only the charge is known. */
    sentence: Text.optional(),
    /** Date of the sentence (or of the charge). */
    date: IsoDate.optional(),
    sources: SourceIds,
  })
  .strict();

export const Person = z
  .object({
    id: Id,
    name: Text,
    /** Sources that already published this person's name (safety rule: never the first to name). At least one
     * must be a publication out by the release date, checked by src/data/safety.ts in the app and data:check. */
    nameSources: SourceIds,
    /** Who the person is, in the sources' words ("political activist"). */
    about: z.object({ text: Text, sources: SourceIds }).strict().optional(),
    status: PersonStatus.optional(),
    criminalCase: CriminalCase.optional(),
    /** Since when the person has been in custody; several when sources disagree. */
    inCustodySince: z.array(DatedClaim).optional(),
    /** Days in custody as sources state them; the app shows the count computed from inCustodySince beside them. */
    daysInCustody: z.array(DaysClaim).optional(),
  })
  .strict();

export const DeathInCustody = z
  .object({
    id: Id,
    person: Id,
    /** Date of death; several when sources disagree. */
    died: z.array(DatedClaim).min(1),
    /** When the death became known publicly. */
    reported: z.array(DatedClaim),
    age: z.array(Claim),
    place: Id.optional(),
    /** Where the person died: the institution and its town, never a street address. The sentence is on the
     * person's record (people.json criminalCase). */
    institution: Text,
    /** Ordinal in the count of deaths of political prisoners in custody since 2020. */
    ordinal: z.number().int().positive().optional(),
    note: Text.optional(),
    sources: SourceIds,
  })
  .strict();

export const Incommunicado = z
  .object({
    id: Id,
    person: Id,
    since: z.array(DatedClaim).min(1),
    ended: z
      .object({
        date: IsoDate,
        how: z.enum(["contact_resumed", "released"]),
        sources: SourceIds,
        note: z.string().optional(),
      })
      .strict()
      .optional(),
    /** Day counts as sources state them ("more than 600 days"). */
    reportedDays: z.array(DaysClaim),
    note: Text.optional(),
    sources: SourceIds,
  })
  .strict();

export const ContextEvent = z
  .object({
    id: Id,
    date: IsoDate,
    end: IsoDate.optional(),
    kind: z.enum(["election", "release", "crackdown", "policy"]),
    title: Text,
    sources: SourceIds,
  })
  .strict();

/** The file name of each record type in a release folder, and the schema of its content. */
export const RELEASE_FILES = {
  "sources.json": z.object({ sources: z.array(Source) }).strict(),
  "places.json": z.object({ places: z.array(Place) }).strict(),
  "people.json": z.object({ people: z.array(Person) }).strict(),
  "pardons.json": z.object({ pardons: z.array(PardonStage) }).strict(),
  "detentions.json": z.object({ detentions: z.array(DetentionEvent) }).strict(),
  "series.json": z.object({ series: z.array(Series) }).strict(),
  "deaths.json": z.object({ deaths: z.array(DeathInCustody) }).strict(),
  "incommunicado.json": z.object({ incommunicado: z.array(Incommunicado) }).strict(),
  "events.json": z.object({ events: z.array(ContextEvent) }).strict(),
} as const;
export type ReleaseFileName = keyof typeof RELEASE_FILES;
export const RELEASE_FILE_NAMES = Object.keys(RELEASE_FILES) as ReleaseFileName[];

export const ManifestFile = z
  .object({
    path: z.string().regex(/^releases\/[a-z0-9-]+\/[a-z]+\.json$/, { message: "expected releases/<id>/<name>.json" }),
    bytes: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: "expected 64 lowercase hex digits" }),
  })
  .strict();

export const ReleaseEntry = z
  .object({
    id: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}[a-z0-9-]*$/, { message: "expected a release id starting with YYYY-MM-DD" }),
    title: Text,
    period: z.object({ start: IsoDay, end: IsoDay }).strict(),
    /** The date the data is current to: figures after it are not in this release. */
    asOf: IsoDay,
    published: IsoDay,
    changelog: z.array(z.string().min(1)).min(1),
    files: z.array(ManifestFile),
  })
  .strict();

export const Manifest = z
  .object({
    schemaVersion: z.literal(1),
    releases: z.array(ReleaseEntry).min(1),
  })
  .strict();

export type Qualifier = z.infer<typeof Qualifier>;
export type Measure = z.infer<typeof Measure>;
export type Claim = z.infer<typeof Claim>;
export type Text = z.infer<typeof Text>;
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
