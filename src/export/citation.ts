/**
 * The citation kit: how to cite one view of one data release. Pure functions: the same input gives the same
 * text, so tests pin the formats. A pinned release id makes the citation reproducible; the retrieval date
 * says when the reader looked.
 */
import type { Translate } from "../i18n";
import { periodStart } from "../data/dates";
import { formatDate, type Lang } from "../i18n/format";

export const ORGANISATION = "Belarus Repression Tracker";
export const LICENCE = "CC BY 4.0";

export interface CitationInfo {
  /** Citing organisation (the tracker). */
  organisation: string;
  /** The widget's title in the reader's language. */
  title: string;
  widgetId: string;
  releaseId: string;
  /** ISO day the release is current to. */
  asOf: string;
  /** ISO day the release was published. */
  published: string;
  /** The view on the dashboard with the release pinned. */
  url: string;
  /** ISO day the reader retrieved it. */
  retrieved: string;
}

/** Today as an ISO day in UTC (the retrieval date). */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Plain text in the reader's language: organisation, title, release id, URL, retrieval date. */
export function plainCitation(info: CitationInfo, t: Translate, lang: Lang): string {
  return t("cite.plain", {
    org: info.organisation,
    title: info.title,
    release: info.releaseId,
    asOf: formatDate(info.asOf, lang),
    url: info.url,
    retrieved: formatDate(info.retrieved, lang),
  });
}

const usDate = (iso: string, opts: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat("en-US", { ...opts, timeZone: "UTC" }).format(periodStart(iso));

/** APA 7th edition, data set with a group author (author = publisher, so the publisher is not repeated). */
export function apaCitation(info: CitationInfo): string {
  const [year] = info.published.split("-");
  const monthDay = usDate(info.published, { month: "long", day: "numeric" });
  const retrieved = usDate(info.retrieved, { month: "long", day: "numeric", year: "numeric" });
  return (
    `${info.organisation}. (${year}, ${monthDay}). ${info.title} (Data release ${info.releaseId}) [Data set]. ` +
    `Retrieved ${retrieved}, from ${info.url}`
  );
}

/** Escapes the characters BibTeX/LaTeX treat specially in a field value. */
export function bibtexEscape(s: string): string {
  return s.replace(/[\\{}&%$#_~^]/g, (c) => {
    switch (c) {
      case "\\":
        return "\\textbackslash{}";
      case "~":
        return "\\textasciitilde{}";
      case "^":
        return "\\textasciicircum{}";
      default:
        return `\\${c}`;
    }
  });
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A @misc entry usable by BibTeX and biblatex (url, urldate, version). */
export function bibtexCitation(info: CitationInfo): string {
  const [year, month] = info.published.split("-");
  const key = `brt-${info.widgetId}-${info.releaseId}`.replace(/[^A-Za-z0-9_-]/g, "-");
  const fields: [string, string][] = [
    ["author", `{${bibtexEscape(info.organisation)}}`],
    ["title", bibtexEscape(info.title)],
    ["year", year!],
    ["version", info.releaseId],
    ["howpublished", `Data release ${info.releaseId}, as of ${info.asOf}`],
    ["url", info.url],
    ["urldate", info.retrieved],
    ["note", `Data: ${LICENCE}, ${bibtexEscape(info.organisation)}; sources as listed`],
  ];
  const monthMacro = MONTHS[Number(month) - 1];
  const lines = fields.map(([k, v]) => `  ${k.padEnd(12)} = {${v}},`);
  if (monthMacro) lines.splice(3, 0, `  ${"month".padEnd(12)} = ${monthMacro},`);
  return `@misc{${key},\n${lines.join("\n")}\n}`;
}

/** The citation of a widget's view in a release, as the Share dialog and the CSV's metadata give it. */
export function widgetCitation(
  def: { id: string; title: (t: Translate) => string },
  t: Translate,
  entry: { id: string; asOf: string; published: string },
  url: string,
  retrieved: string = isoToday(),
): CitationInfo {
  return {
    organisation: ORGANISATION,
    title: def.title(t),
    widgetId: def.id,
    releaseId: entry.id,
    asOf: entry.asOf,
    published: entry.published,
    url,
    retrieved,
  };
}
