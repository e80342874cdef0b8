/**
 * Context on the time axis: elections and other events, pardon stages and large releases, and a
 * label layout that staggers labels over a few rows and hides the ones that would still collide.
 */
import "virtual:i18n/en/trends";
import type { ContextEvent, ReleaseData } from "../../data/schema";
import type { Translate } from "../../i18n";
import { pickText } from "../../i18n";
import { MS_PER_DAY, periodEnd } from "../../data/dates";
import { formatDate, formatMeasureShort, type Lang } from "../../i18n/format";

/** Releases of at least this many people get a labelled rule of their own. */
export const LARGE_RELEASE = 50;
const EARLIEST = Date.UTC(2020, 0, 1);

export type AnnotationKind = ContextEvent["kind"] | "pardon" | "large_release";

export interface Annotation {
  id: string;
  kind: AnnotationKind;
  date: string;
  t: number;
  /** Short label drawn on the chart (may be hidden when labels would collide). */
  label: string;
  /** Full description for hover, focus and the tooltip's context line ("<date>: <text>"). */
  title: string;
  /** The date as the reader reads it, and the description without it. */
  dateText: string;
  text: string;
  /** Labelled before minor ones; kept on narrow screens. */
  major: boolean;
  sources: string[];
  /** Set when `text` and `title` are an English fallback; the chart label is then in the reader's words. */
  textLang?: "en";
}

/** A short label from a record's title: its first clause, shortened ("Presidential election: …" →
 * "Presidential election"). */
export function shortLabel(text: string, max = 26): string {
  const clause = text.split(/[:;,(]/)[0]!.trim() || text;
  return clause.length <= max ? clause : `${clause.slice(0, max - 1).trimEnd()}…`;
}

export function buildAnnotations(release: ReleaseData, lang: Lang, t: Translate): Annotation[] {
  const pardons: Annotation[] = [];
  for (const p of release.pardons) {
    const count = p.count[0]!;
    const at = +periodEnd(p.date);
    if (at < EARLIEST) continue;
    const isLarge = count.value >= LARGE_RELEASE;
    const label = isLarge
      ? t("trends.event.largeRelease", { count: formatMeasureShort(count, lang) })
      : t("trends.event.pardon", { count: formatMeasureShort(count, lang) });
    pardons.push({
      id: `pardon:${p.id}`,
      kind: isLarge ? "large_release" : "pardon",
      date: p.date,
      t: at,
      label,
      title: `${formatDate(p.date, lang)}: ${label}`,
      dateText: formatDate(p.date, lang),
      text: label,
      major: isLarge,
      sources: p.sources,
    });
  }
  const events: Annotation[] = [];
  for (const e of release.events) {
    const at = +periodEnd(e.date);
    if (at < EARLIEST) continue;
    const { text: title, fallback } = pickText(e.title, lang);
    // The visible "(in English)" after a title the record has only in English (labels stay short).
    const marker = fallback ? ` ${t("text.inEnglish")}` : "";
    // A release event next to a pardon record is the same release: one mark, the event's words on hover.
    const twin = e.kind === "release" ? pardons.find((p) => Math.abs(p.t - at) <= 3 * MS_PER_DAY) : undefined;
    if (twin) {
      twin.text = `${title} (${twin.label})`;
      twin.title = `${twin.dateText}: ${twin.text}${marker}`;
      if (fallback) twin.textLang = "en";
      twin.sources = [...new Set([...twin.sources, ...e.sources])];
      continue;
    }
    events.push({
      id: `event:${e.id}`,
      kind: e.kind,
      date: e.date,
      t: at,
      // A title the record has only in English is labelled on the chart by its kind in the reader's words
      // ("выбарчая кампанія", which also covers a referendum or the decision that calls an election);
      // hover and the tooltip give the English title, marked.
      label: fallback ? t(`trends.event.kind.${e.kind}`) : shortLabel(title),
      title: `${formatDate(e.date, lang)}: ${title}${marker}`,
      dateText: formatDate(e.date, lang),
      text: title,
      major: e.kind === "election",
      sources: e.sources,
      ...(fallback ? { textLang: "en" } : {}),
    });
  }
  return [...events, ...pardons].sort((a, b) => a.t - b.t);
}

/** The order in which labels claim room: a large release's figure ("123 released") before the elections
 * around it, whose labels are longer and (until their titles are translated) only name their kind. */
export function labelPriority(a: Annotation): number {
  return a.kind === "large_release" ? 2 : a.major ? 1 : 0;
}

/** Annotations that get a rule with a label (pardon stages are ticks only). */
export function isRule(a: Annotation): boolean {
  return a.kind !== "pardon";
}

export interface PlacedLabel {
  id: string;
  level: number;
  anchor: "start" | "end";
}

/**
 * Greedy layout: labels by priority (default: major first), each on the first row where it does not
 * overlap; labels that fit nowhere are left out (their rule still shows the full text on hover and focus).
 */
export function layoutLabels(
  items: readonly { id: string; x: number; label: string; major: boolean; priority?: number }[],
  bounds: [number, number],
  levels: number,
  charWidth = 6.4,
): PlacedLabel[] {
  const rows: [number, number][][] = Array.from({ length: levels }, () => []);
  const rank = (i: (typeof items)[number]) => i.priority ?? Number(i.major);
  const order = [...items].sort((a, b) => rank(b) - rank(a) || a.x - b.x);
  const placed: PlacedLabel[] = [];
  for (const item of order) {
    const w = item.label.length * charWidth + 4;
    const anchor = item.x + w + 3 > bounds[1] ? "end" : "start";
    const box: [number, number] = anchor === "start" ? [item.x + 3, item.x + 3 + w] : [item.x - 3 - w, item.x - 3];
    if (box[0] < bounds[0]) continue;
    const level = rows.findIndex((row) => row.every(([a, b]) => box[1] + 6 < a || box[0] > b + 6));
    if (level < 0) continue;
    rows[level]!.push(box);
    placed.push({ id: item.id, level, anchor });
  }
  return placed;
}
