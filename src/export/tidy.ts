/**
 * The analysis-ready download of a widget: the tidy rows (src/data/tidy.ts) as CSV, and a W3C CSVW metadata
 * file beside it (`<file>.csv-metadata.json`) with the title, release id, as-of date, licence, citation and
 * every column's name, type and meaning. The CSV is UTF-8 without a byte-order mark, so a CSV parser reads the
 * header as `record_id`, not `\uFEFFrecord_id`; numbers are plain (no grouping, no qualifier); text a
 * spreadsheet would run as a formula gets an apostrophe (./formula). Columns: docs/data-downloads.md.
 */
import { TIDY_COLUMNS, type TidyRow } from "../data/tidy";
import type { ReleaseEntry } from "../data/schema";
import type { DateRange } from "../state/store";
import { LICENCE, ORGANISATION } from "./citation";
import { toCsv } from "./csv";

export const LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

/** The CSV text: a header of column names, then one line per row. */
export function tidyCsv(rows: readonly TidyRow[]): string {
  const cell = (v: string | number | null) => (v === null ? "" : String(v));
  return toCsv([TIDY_COLUMNS.map((c) => c.name), ...rows.map((r) => TIDY_COLUMNS.map((c) => cell(r[c.name])))]);
}

/** The file name of a CSV's metadata, as CSVW looks for it next to the CSV. */
export const metadataFileName = (csvFileName: string) => `${csvFileName}-metadata.json`;

export interface TidyMetadataInput {
  /** The CSV's file name (the metadata's `url`, relative to where both are saved). */
  csvFileName: string;
  /** The widget's title and summary in the reader's language. */
  title: string;
  description: string;
  lang: string;
  release: Pick<ReleaseEntry, "id" | "asOf" | "published" | "period">;
  /** The time range the rows are limited to (null: the whole release). */
  range: DateRange;
  /** The dashboard view these rows come from, pinned to the release. */
  url: string;
  /** How to cite the data (APA, from ./citation). */
  citation: string;
  rows: number;
}

/** CSVW metadata (https://www.w3.org/TR/tabular-metadata/) describing one tidy CSV. */
export function tidyMetadata(m: TidyMetadataInput): object {
  const { release } = m;
  return {
    "@context": ["http://www.w3.org/ns/csvw", { "@language": "en" }],
    url: m.csvFileName,
    "dc:title": { "@value": m.title, "@language": m.lang },
    "dc:description": { "@value": m.description, "@language": m.lang },
    "dc:publisher": ORGANISATION,
    "dc:license": { "@id": LICENCE_URL },
    "dc:rights": `${LICENCE} for the compilation; each figure's sources are named in its row.`,
    "dc:bibliographicCitation": m.citation,
    "dc:source": { "@id": m.url },
    "schema:version": release.id,
    "dc:issued": { "@value": release.published, "@type": "xsd:date" },
    // The release is current to its as-of date; the rows may be limited to the range the reader selected.
    "dc:temporal": `${release.period.start}/${release.asOf}`,
    "rdfs:comment": [
      `Data release ${release.id}, as of ${release.asOf}.`,
      m.range
        ? `Rows limited to ${m.range.start} – ${m.range.end}, as shown on the dashboard (${m.rows} rows).`
        : `Every row of this view in the release (${m.rows} rows).`,
      "One row per claim: a figure on which sources disagree has several rows (claim_rank 2, 3…); add up claim_rank 1 only.",
    ],
    dialect: { encoding: "utf-8", header: true, lineTerminators: ["\r\n"] },
    tableSchema: {
      columns: TIDY_COLUMNS.map((c) => ({
        name: c.name,
        titles: c.name,
        datatype: c.type === "string" ? "string" : c.type === "integer" ? "integer" : "decimal",
        ...(c.name === "record_id" || c.name === "claim_id" || c.name === "measure" ? { required: true } : {}),
        "dc:description": c.about,
      })),
      primaryKey: "claim_id",
    },
  };
}
