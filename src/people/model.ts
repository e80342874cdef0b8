/**
 * View models of the people feature: deaths in custody, incommunicado spans and person cards, derived
 * from one release (and the selected time range). Pure functions; the components only lay them out.
 */
import type {
  DatedClaim,
  DaysClaim,
  DeathInCustody,
  Incommunicado,
  Person,
  PersonStatus,
  ReleaseData,
  Text,
} from "../data/schema";
import { allTexts, nameMatches, normalizeSearch, searchWords, wordsMatch } from "../data/searchText";
import type { DateRange } from "../state/store";
import { countDays, firstDay, lastDay, overlapsRange, PRECISION_RANK, precisionOf, type DayCount } from "../data/dates";
import { agrees } from "./days";

export const personSelection = (id: string) => `person:${id}`;

/** The person id of a selection like "person:<id>", or null. */
export function selectedPerson(selection: string | null): string | null {
  return selection?.startsWith("person:") ? selection.slice("person:".length) : null;
}

/* ------------------------------------------------------------------------------------------ deaths */

export interface DeathView {
  death: DeathInCustody;
  person: Person;
  /** Reported dates that differ from every date of death, with the delay from the (first) date of death. */
  reportedLater: { claim: DatedClaim; delay: DayCount | null }[];
  /** Reported on a date that is also a date of death (the death became known the same day). */
  reportedSameDay: DatedClaim[];
}

/** Every death of the release with the days that put it in a range, oldest first (the widget keeps it per release). */
export function releaseDeaths(release: ReleaseData): RangeList<DeathView> {
  return rangeList(allDeaths(release), (v) => v.death.died.map((c) => [c.date, c.date]));
}

function allDeaths(release: ReleaseData): DeathView[] {
  const people = new Map(release.people.map((p) => [p.id, p]));
  return release.deaths
    .map((death) => {
      const died = death.died.map((c) => c.date);
      const later = death.reported.filter((r) => !died.includes(r.date));
      return {
        death,
        person: people.get(death.person)!,
        reportedLater: later.map((claim) => ({ claim, delay: safeCount(death.died[0]!.date, claim.date) })),
        reportedSameDay: death.reported.filter((r) => died.includes(r.date)),
      };
    })
    .sort((a, b) => cmp(firstDay(a.death.died[0]!.date), firstDay(b.death.died[0]!.date)));
}

/* ------------------------------------------------------------------------------------ incommunicado */

export interface ReportedDays {
  claim: DaysClaim;
  /** The count computed from the start date to the date the source's figure refers to. */
  computed: DayCount | null;
  agrees: boolean;
}

export interface SpanView {
  record: Incommunicado;
  person: Person;
  /** The start the span is drawn from: the most precise date, the earliest among equals; when no source gives a
   * start, the first report of the person held incommunicado (`startUnknown`). */
  start: DatedClaim;
  startUnknown: boolean;
  /** The other start dates sources give, with the count from each. */
  otherStarts: { claim: DatedClaim; count: DayCount }[];
  /** When the start is known only to the month or year: the last day it may have been. */
  uncertainUntil: string | null;
  /** The end date: when contact resumed or the person was released, else the release's as-of date. */
  end: string;
  open: boolean;
  computed: DayCount;
  reported: ReportedDays[];
  /** A release after contact resumed (from the person's status), drawn as a separate marker. */
  laterRelease: PersonStatus | null;
}

function primaryStart(since: DatedClaim[]): DatedClaim {
  return [...since].sort(
    (a, b) =>
      PRECISION_RANK[precisionOf(a.date)] - PRECISION_RANK[precisionOf(b.date)] ||
      cmp(firstDay(a.date), firstDay(b.date)),
  )[0]!;
}

export function spanFor(record: Incommunicado, person: Person, asOf: string): SpanView {
  const startUnknown = record.since.length === 0;
  const start = startUnknown ? record.reportedBy! : primaryStart(record.since);
  const end = record.ended?.date ?? asOf;
  const status = person.status;
  return {
    record,
    person,
    start,
    startUnknown,
    otherStarts: record.since
      .filter((c) => c !== start)
      .flatMap((claim) => {
        const count = safeCount(claim.date, end);
        return count ? [{ claim, count }] : [];
      }),
    uncertainUntil: startUnknown || precisionOf(start.date) === "day" ? null : minIso(lastDay(start.date), end),
    end,
    open: !record.ended,
    computed: startUnknown ? { ...countDays(start.date, end), lowerBound: true } : countDays(start.date, end),
    reported: record.reportedDays.map((claim) => reportedDays(claim, start.date)),
    laterRelease: status?.value === "released" && record.ended && status.date > record.ended.date ? status : null,
  };
}

/** Every incommunicado span of the release with its period, earliest first (the widget keeps it per release). */
export function releaseSpans(release: ReleaseData): RangeList<SpanView> {
  return rangeList(allSpans(release), (s) => [[s.start.date, s.end]]);
}

function allSpans(release: ReleaseData): SpanView[] {
  const people = new Map(release.people.map((p) => [p.id, p]));
  return release.incommunicado
    .map((r) => spanFor(r, people.get(r.person)!, release.entry.asOf))
    .sort((a, b) => cmp(firstDay(a.start.date), firstDay(b.start.date)) || cmp(a.person.id, b.person.id));
}

function reportedDays(claim: DaysClaim, start: string): ReportedDays {
  const computed = safeCount(start, claim.asOf);
  return { claim, computed, agrees: computed ? agrees(claim, computed) : false };
}

/* ---------------------------------------------------------------------------------- person cards */

export type PersonState = "died" | "released" | "in_custody" | "incommunicado" | "contact_resumed";

export interface CardView {
  person: Person;
  death: DeathInCustody | null;
  span: SpanView | null;
  state: { value: PersonState; date: string; sources: string[]; note?: Text } | null;
  /** Days in custody computed from the first start date to the death, the release or the as-of date. */
  custody: { since: DatedClaim; to: string; toKind: "died" | "released" | "as_of"; count: DayCount | null } | null;
  daysInCustody: ReportedDays[];
}

/** What we can say about a person's status: a death record, an explicit status, or the incommunicado span. */
function stateOf(person: Person, death: DeathInCustody | null, span: SpanView | null): CardView["state"] {
  if (death) return { value: "died", date: death.died[0]!.date, sources: death.died[0]!.sources };
  if (person.status) return person.status;
  const ended = span?.record.ended;
  if (ended) return { value: ended.how, date: ended.date, sources: ended.sources };
  if (span) return { value: "incommunicado", date: span.start.date, sources: span.start.sources };
  return null;
}

export function cardFor(release: ReleaseData, personId: string): CardView | null {
  const person = release.people.find((p) => p.id === personId);
  if (!person) return null;
  const death = release.deaths.find((d) => d.person === personId) ?? null;
  const record = release.incommunicado.find((r) => r.person === personId);
  const span = record ? spanFor(record, person, release.entry.asOf) : null;
  const state = stateOf(person, death, span);
  const since = person.inCustodySince?.[0];
  let custody: CardView["custody"] = null;
  if (since) {
    const [to, toKind]: [string, "died" | "released" | "as_of"] =
      state?.value === "died"
        ? [state.date, "died"]
        : state?.value === "released"
          ? [state.date, "released"]
          : [release.entry.asOf, "as_of"];
    // A count to a date known only to the month or year (a death "in 2025") would mislead: leave it out.
    const count = precisionOf(to) === "day" ? safeCount(since.date, to) : null;
    custody = { since, to, toKind, count };
  }
  return {
    person,
    death,
    span,
    state,
    custody,
    daysInCustody: (person.daysInCustody ?? []).map((claim) =>
      since ? reportedDays(claim, since.date) : { claim, computed: null, agrees: false },
    ),
  };
}

/** Which widget opens a person's card as a dialog: the chart that mentions them (one dialog per page). */
export function dialogOwner(release: ReleaseData, personId: string): "deaths-in-custody" | "incommunicado" | null {
  if (release.deaths.some((d) => d.person === personId)) return "deaths-in-custody";
  if (release.incommunicado.some((r) => r.person === personId)) return "incommunicado";
  return null;
}

/* ---------------------------------------------------------------------------------------- ranges */

export interface RangeList<T> {
  /** Every item of the release, in display order. */
  all: T[];
  /** Per item, the periods (possibly partial start and end dates) that put it in a range when one overlaps it. */
  periods: [string, string][][];
}

function rangeList<T>(
  all: T[],
  /** The periods of an item, as (possibly partial) ISO start and end dates: in the range if any overlaps it. */
  periodsOf: (item: T) => [string, string][],
): RangeList<T> {
  return { all, periods: all.map(periodsOf) };
}

/** The items whose period overlaps the range, in display order (all of them without a range). */
export function inRange<T>({ all, periods }: RangeList<T>, range: DateRange): T[] {
  if (!range) return all;
  return all.filter((_, i) => periods[i]!.some(([start, end]) => overlapsRange(start, end, range)));
}

/* ------------------------------------------------------------------------------------------ utils */

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function minIso(a: string, b: string): string {
  return a < b ? a : b;
}

/** countDays, or null when the end precedes the start (a source's figure dated before the span began). */
function safeCount(from: string, to: string): DayCount | null {
  try {
    return countDays(from, to);
  } catch {
    return null;
  }
}

/* ---------------------------------------------------------------------------------------- search */

/**
 * The people whose name, in any language the release gives it ("Ales Pushkin", "Алесь Пушкін", "Алесь Пушкин"),
 * answers the query: the whole name starts with or holds it, or each word of the query starts a word of the
 * name ("пушк алесь"). Any language on any page: a reader types the spelling they know.
 */
export function matchesPerson(person: Person, query: string): boolean {
  const q = normalizeSearch(query);
  if (!q) return true;
  return allTexts(person.name).some((name) => {
    const n = normalizeSearch(name);
    return nameMatches(n, q) || wordsMatch(searchWords(n), q);
  });
}
