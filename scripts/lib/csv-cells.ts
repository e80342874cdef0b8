/**
 * Reading one cell typed by a person into a value, with a plain-language message when it cannot be
 * read: what is wrong and what to write instead ("about 20" → qualifier about, value 20).
 */
import type { ScalarType } from "./csv-layout.ts";

export type CellResult = { ok: true; value: string | number | boolean | undefined } | { ok: false; message: string };

const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

const QUALIFIER_WORDS: [RegExp, string][] = [
  [/^(at least|not less than|min\.?|minimum|≥|>=)\s*/i, "at_least"],
  [/^(more than|over|above|>)\s*/i, "more_than"],
  [/^(fewer than|less than|under|below|<)\s*/i, "fewer_than"],
  [/^(about|around|approximately|approx\.?|circa|c\.|some|~|≈)\s*/i, "about"],
];

/** The qualifier column that sits next to a value column: count_value → count_qualifier, value → qualifier. */
function siblings(column: string): { qualifier: string; value: string; hi: string } | null {
  const m = /^(.*?)(value|hi)$/.exec(column);
  if (!m) return null;
  return { qualifier: `${m[1]}qualifier`, value: `${m[1]}value`, hi: `${m[1]}hi` };
}

function numberHint(text: string, column: string): string {
  const t = text.trim();
  const near = siblings(column);
  if (near) {
    for (const [pattern, qualifier] of QUALIFIER_WORDS) {
      const rest = t.replace(pattern, "");
      if (rest !== t && NUMBER.test(rest.replace(/[ ,]/g, ""))) {
        return `use ${near.qualifier} ${qualifier} and ${near.value} ${rest.replace(/[ ,]/g, "")}`;
      }
    }
    const range = /^(\d+)\s*(-|–|—|to)\s*(\d+)$/.exec(t);
    if (range) return `use ${near.qualifier} range, ${near.value} ${range[1]} and ${near.hi} ${range[3]}`;
    if (/^\d+\s*\+$/.test(t)) return `use ${near.qualifier} at_least and ${near.value} ${t.replace(/\D/g, "")}`;
  }
  if (/^\d{1,3}([, \u00a0]\d{3})+$/.test(t)) return `write it without separators: ${t.replace(/\D/g, "")}`;
  if (/^-?\d+,\d+$/.test(t)) return `write decimals with a dot: ${t.replace(",", ".")}`;
  return "write digits only, e.g. 20 (or 53.15)";
}

const DATE_LOOKALIKE = /^(\d{1,2}[./]\d{1,2}[./]\d{2,4}|[A-Za-z]{3}-\d{2}|\d{1,2}-[A-Za-z]{3}(-\d{2,4})?)$/;

/** A hint for a text cell that a spreadsheet program probably changed (a date turned into 15/11/2024). */
export function textHint(text: string): string {
  return DATE_LOOKALIKE.test(text.trim())
    ? " (it looks like your spreadsheet program changed a date: write dates as YYYY-MM-DD, YYYY-MM or YYYY and format the column as text)"
    : "";
}

export function readCell(text: string, type: ScalarType, trim: boolean, column: string): CellResult {
  const t = text.trim();
  if (type === "string") {
    const value = trim ? t : text;
    return { ok: true, value: value === "" ? undefined : value };
  }
  if (t === "") return { ok: true, value: undefined };
  if (type === "boolean") {
    if (/^(true|yes)$/i.test(t)) return { ok: true, value: true };
    if (/^(false|no)$/i.test(t)) return { ok: true, value: false };
    return { ok: false, message: `"${text}" is not yes or no; write true or false` };
  }
  if (!NUMBER.test(t)) return { ok: false, message: `"${text}" is not a number; ${numberHint(t, column)}` };
  const value = Number(t);
  if (type === "integer" && !Number.isInteger(value)) {
    return { ok: false, message: `"${text}" is not a whole number` };
  }
  return { ok: true, value };
}
