/**
 * What changed between two releases, record by record (matched by id within each file) and figure
 * by figure (a figure = the claims of one field: value, qualifier, hi). Pure: `npm run data:diff`,
 * `data:check`, the "What changed" panel and the correction marks on charts all use these functions.
 *
 * Series observations have no id: the claims of one series for one period (start…date) are one
 * record, "prisoners_in_custody:2024-11-20", so a new figure is "added" and a revised one "changed".
 */
import { isText } from "./schema";
import type {
  ContextEvent,
  DeathInCustody,
  DetentionEvent,
  Incommunicado,
  Observation,
  PardonStage,
  Person,
  Place,
  Qualifier,
  ReleaseData,
  ReleaseFileName,
  SeriesId,
  Source,
} from "./schema";

export interface ObservationGroup {
  id: string;
  series: SeriesId;
  start?: string;
  date: string;
  claims: Observation[];
}
export type SeriesInfo = Omit<ReleaseData["series"][number], "observations">;

export interface RecordsByKind {
  sources: Source;
  places: Place;
  people: Person;
  pardons: PardonStage;
  detentions: DetentionEvent;
  series: SeriesInfo;
  observations: ObservationGroup;
  deaths: DeathInCustody;
  incommunicado: Incommunicado;
  events: ContextEvent;
}
export type DiffKind = keyof RecordsByKind;
export const DIFF_KINDS: readonly DiffKind[] = [
  "pardons",
  "observations",
  "detentions",
  "deaths",
  "incommunicado",
  "people",
  "events",
  "series",
  "places",
  "sources",
];
export const DIFF_FILE: Record<DiffKind, ReleaseFileName> = {
  sources: "sources.json",
  places: "places.json",
  people: "people.json",
  pardons: "pardons.json",
  detentions: "detentions.json",
  series: "series.json",
  observations: "series.json",
  deaths: "deaths.json",
  incommunicado: "incommunicado.json",
  events: "events.json",
};

export interface FigureClaim {
  value: number;
  qualifier: Qualifier;
  hi?: number;
  sources: string[];
  note?: string;
}
/** One figure that differs: its field path ("count", "breakdown.women", "value") and both claim lists. */
export interface FigureChange {
  figure: string;
  before: FigureClaim[];
  after: FigureClaim[];
}
export type RecordChange<K extends DiffKind = DiffKind> = {
  [P in K]: {
    kind: P;
    id: string;
    status: "added" | "removed" | "changed";
    before?: RecordsByKind[P];
    after?: RecordsByKind[P];
    /** Top-level fields that differ (for "changed"). */
    fields: string[];
    /** Figures that differ in value, qualifier or range (sources alone do not count). */
    figures: FigureChange[];
  };
}[K];

export interface ReleaseDiff {
  from: string;
  to: string;
  changes: RecordChange[];
}

export function observationGroups(release: Pick<ReleaseData, "series">): ObservationGroup[] {
  const groups = new Map<string, ObservationGroup>();
  for (const s of release.series) {
    for (const o of s.observations) {
      const id = `${s.id}:${o.start ? `${o.start}..` : ""}${o.date}`;
      const group = groups.get(id) ?? { id, series: s.id, start: o.start, date: o.date, claims: [] };
      group.claims.push(o);
      groups.set(id, group);
    }
  }
  return [...groups.values()];
}

type Recordish = { id: string };
function recordsOf(release: ReleaseData, kind: DiffKind): Recordish[] {
  if (kind === "observations") return observationGroups(release);
  if (kind === "series") return release.series.map(({ observations: _, ...info }) => info);
  return release[kind];
}

/**
 * JSON with sorted keys, so that key order never counts as a change. A text counts by its English: a record
 * whose texts only gained their Belarusian and Russian versions (release 2026-12-06-r3) has not changed.
 */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isText(value)) return JSON.stringify(value.en);
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

const isClaim = (x: unknown): x is FigureClaim =>
  !!x && typeof x === "object" && typeof (x as FigureClaim).value === "number" && "qualifier" in x;

/** Every figure of a record by field path. Lists of claims and single claims (breakdown.women) count. */
export function figuresOf(record: unknown, prefix = ""): Map<string, FigureClaim[]> {
  const out = new Map<string, FigureClaim[]>();
  if (!record || typeof record !== "object") return out;
  for (const [key, v] of Object.entries(record)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (Array.isArray(v) && v.length > 0 && v.every(isClaim)) out.set(path === "claims" ? "value" : path, v);
    else if (isClaim(v)) out.set(path, [v]);
    else if (v && typeof v === "object" && !Array.isArray(v)) figuresOf(v, path).forEach((c, p) => out.set(p, c));
  }
  return out;
}

const figureKey = (claims: readonly FigureClaim[]) =>
  claims
    .map((c) => `${c.qualifier}:${c.value}:${c.hi ?? ""}`)
    .sort()
    .join("|");

export function figureChanges(before: unknown, after: unknown): FigureChange[] {
  const a = figuresOf(before);
  const b = figuresOf(after);
  const paths = [...new Set([...b.keys(), ...a.keys()])];
  return paths.flatMap((figure) => {
    const was = a.get(figure) ?? [];
    const now = b.get(figure) ?? [];
    return figureKey(was) === figureKey(now) ? [] : [{ figure, before: was, after: now }];
  });
}

function diffKind<K extends DiffKind>(kind: K, older: ReleaseData, newer: ReleaseData): RecordChange[] {
  const was = new Map(recordsOf(older, kind).map((r) => [r.id, r]));
  const now = recordsOf(newer, kind);
  const nowIds = new Set(now.map((r) => r.id));
  const changes: RecordChange[] = [];
  type Fields = { id: string; status: RecordChange["status"]; fields: string[]; figures: FigureChange[] };
  type Sides = { before?: RecordsByKind[K]; after?: RecordsByKind[K] };
  const push = (c: Fields & Sides) => changes.push({ kind, ...c } as unknown as RecordChange);
  for (const record of now) {
    const before = was.get(record.id);
    const after = record as RecordsByKind[K];
    if (!before) {
      push({ id: record.id, status: "added", after, fields: [], figures: figureChanges(undefined, after) });
      continue;
    }
    const keys = [...new Set([...Object.keys(before), ...Object.keys(record)])];
    const fields = keys.filter(
      (k) => canonical((before as Record<string, unknown>)[k]) !== canonical((record as Record<string, unknown>)[k]),
    );
    if (fields.length > 0) {
      const figures = figureChanges(before, record);
      push({ id: record.id, status: "changed", before: before as RecordsByKind[K], after, fields, figures });
    }
  }
  for (const [id, before] of was) {
    if (!nowIds.has(id)) {
      const old = before as RecordsByKind[K];
      push({ id, status: "removed", before: old, fields: [], figures: figureChanges(old, undefined) });
    }
  }
  return changes;
}

/** Added, changed and removed records of every file between an older and a newer release. */
export function diffReleases(older: ReleaseData, newer: ReleaseData): ReleaseDiff {
  return {
    from: older.entry.id,
    to: newer.entry.id,
    changes: DIFF_KINDS.flatMap((kind) => diffKind(kind, older, newer)),
  };
}

export interface KindSummary {
  added: number;
  changed: number;
  removed: number;
  /** Figures that differ in changed records. */
  figures: number;
}

export function summarizeDiff(diff: ReleaseDiff): Partial<Record<DiffKind, KindSummary>> {
  const out: Partial<Record<DiffKind, KindSummary>> = {};
  for (const c of diff.changes) {
    const s = (out[c.kind] ??= { added: 0, changed: 0, removed: 0, figures: 0 });
    s[c.status]++;
    if (c.status === "changed") s.figures += c.figures.length;
  }
  return out;
}

/** A figure of a record corrected in a release: what it was in the release before, and what it became. */
export interface Correction extends FigureChange {
  /** The release that changed the figure. */
  release: string;
  /** The release before it, which showed the old figure. */
  previous: string;
  /** True when the correcting release is newer than the release being shown. */
  later: boolean;
}
export type CorrectionIndex = Partial<Record<DiffKind, Record<string, Correction[]>>>;

/**
 * For each record of the shown release, every correction of its figures across the releases
 * (manifest order, newest first): a chart marks these "corrected in release X: was A, now B".
 */
export function correctionsFor(releaseId: string, releases: readonly ReleaseData[]): CorrectionIndex {
  const shown = releases.findIndex((r) => r.entry.id === releaseId);
  if (shown < 0) return {};
  const present = new Map(DIFF_KINDS.map((k) => [k, new Set(recordsOf(releases[shown]!, k).map((r) => r.id))]));
  const index: CorrectionIndex = {};
  for (let i = releases.length - 2; i >= 0; i--) {
    const diff = diffReleases(releases[i + 1]!, releases[i]!);
    for (const change of diff.changes) {
      if (change.status !== "changed" || change.figures.length === 0) continue;
      if (!present.get(change.kind)!.has(change.id)) continue;
      const byId = (index[change.kind] ??= {});
      for (const f of change.figures) {
        (byId[change.id] ??= []).push({ ...f, release: diff.to, previous: diff.from, later: i < shown });
      }
    }
  }
  return index;
}
