/**
 * CSV of a widget's table: the columns the reader sees, plus qualifier, source titles and source URLs per row.
 * RFC 4180 quoting, CRLF line ends; the download adds a UTF-8 byte-order mark so spreadsheets read Cyrillic.
 */
import { QUALIFIERS, type Qualifier, type ReleaseData } from "../data/schema";
import { formatMeasure, formatMeasureShort, type Lang } from "../i18n/format";
import type { WidgetTable } from "../widgets/types";
import { neutraliseFormula } from "./formula";

export interface CsvLabels {
  qualifier: string;
  sources: string;
  urls: string;
}

/** Quotes a cell when needed; text a spreadsheet would run as a formula gets an apostrophe (see ./formula). */
export function csvCell(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

const NUMBER = String.raw`\d[\d\s\u00a0\u202f,.]*`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const patternCache = new Map<Lang, [Qualifier, RegExp][]>();

/** Patterns of every non-exact figure as formatMeasure / formatMeasureShort print it in this language. */
function qualifierPatterns(lang: Lang): [Qualifier, RegExp][] {
  const cached = patternCache.get(lang);
  if (cached) return cached;
  const patterns: [Qualifier, RegExp][] = [];
  for (const q of QUALIFIERS) {
    if (q === "exact" || q === "range") continue;
    for (const text of [
      formatMeasure({ value: 7, qualifier: q }, lang),
      formatMeasureShort({ value: 7, qualifier: q }, lang),
    ]) {
      const [before = "", after = ""] = text.split("7");
      patterns.push([q, new RegExp(`(^|[^\\p{L}])${escape(before)}${NUMBER}${escape(after)}`, "gu")]);
    }
  }
  // Longest phrases first, and each match is consumed: "не менш за 5" (at least) must not also read as "менш за 5".
  patterns.sort((a, b) => b[1].source.length - a[1].source.length);
  patterns.push(["range", new RegExp(`^\\s*${NUMBER}–${NUMBER}$`, "gu")]);
  patternCache.set(lang, patterns);
  return patterns;
}

/**
 * The qualifiers of the figures in a row, read back from the printed cells. Exact when a cell is a bare
 * number and nothing else qualifies; empty when the row has no figure. Sound because formatMeasure is the
 * only way figures are printed.
 */
export function inferQualifiers(cells: readonly string[], lang: Lang): Qualifier[] {
  const found = new Set<Qualifier>();
  for (const cell of cells) {
    let rest = cell.trim();
    for (const [q, re] of qualifierPatterns(lang)) {
      const next = rest.replace(re, "$1 ");
      if (next !== rest) found.add(q);
      rest = next;
    }
  }
  const bareNumber = new RegExp(`^${NUMBER}$`, "u");
  // A bare 19xx/20xx is a year column, not a count.
  if (found.size === 0 && cells.some((c) => bareNumber.test(c.trim()) && !/^(19|20)\d\d$/.test(c.trim()))) {
    found.add("exact");
  }
  return QUALIFIERS.filter((q) => found.has(q));
}

/** One CSV of a widget table, with every row's qualifier(s), source titles and URLs. */
export function tableToCsv(table: WidgetTable, release: ReleaseData, lang: Lang, labels: CsvLabels): string {
  const byId = new Map(release.sources.map((s) => [s.id, s]));
  const header = [...table.columns, labels.qualifier, labels.sources, labels.urls];
  const rows = table.rows.map((row) => {
    const ids = [...new Set(row.sources)];
    const titles = ids.map((id) => {
      const s = byId.get(id);
      return s ? `${s.publisher}: ${s.title}${s.date ? ` (${s.date})` : ""}` : id;
    });
    const urls = ids.flatMap((id) => byId.get(id)?.url ?? []);
    const cells = table.columns.map((_, i) => row.cells[i] ?? "");
    return [...cells, inferQualifiers(row.cells, lang).join("; "), titles.join("; "), urls.join(" ")];
  });
  return toCsv([header, ...rows]);
}
