/**
 * The translation memory of the research table (data/research/translations/*.csv) and what a release lacks
 * in each language.
 *
 * Each CSV has the columns `where,en,be,ru`: an English text exactly as the release holds it, its Belarusian
 * and Russian versions, and where it was first seen (a hint for translators; the match is by the English
 * text alone, so one sentence used by several records is translated once). The release builder gives every
 * reader-facing text of a release (titles, contexts, notes, conflicts, places of detention, names, event
 * titles, changelog lines) the languages the memory has for it; an English text the memory lacks stays
 * English and `data:check` lists it per language.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { englishOf, isText, type ChangeText, type ReleaseData, type Text } from "../../src/data/schema.ts";
import { readTable } from "./csv.ts";

export const TRANSLATION_LANGS = ["be", "ru"] as const;
export type TranslationLang = (typeof TRANSLATION_LANGS)[number];
const LANG_NAMES: Record<TranslationLang, string> = { be: "Belarusian", ru: "Russian" };

export type Memory = Map<string, Partial<Record<TranslationLang, string>>>;

export class TranslationError extends Error {}

/** Reads every translation CSV (file name → text) into one memory; every problem of every file at once. */
export function readTranslations(files: Record<string, string>): Memory {
  const memory: Memory = new Map();
  const firstSeen = new Map<string, string>();
  const problems: string[] = [];
  for (const [file, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const table = readTable(text);
    for (const e of table.errors) problems.push(`${file}: ${e.message}`);
    for (const column of ["en", "be", "ru"]) {
      if (!table.header.includes(column)) problems.push(`${file}: the column "${column}" is missing`);
    }
    for (const { row, cells } of table.rows) {
      const at = `${file}:${row}`;
      const en = cells.get("en") ?? "";
      if (!en.trim()) {
        problems.push(`${at}: the en cell is empty; give the English text exactly as the release holds it`);
        continue;
      }
      const entry: Partial<Record<TranslationLang, string>> = {};
      for (const lang of TRANSLATION_LANGS) {
        const value = (cells.get(lang) ?? "").trim();
        if (/[\r\n\t]/.test(value))
          problems.push(`${at}: the ${lang} cell holds a line break or tab; keep it one line`);
        else if (value) entry[lang] = value;
      }
      const known = memory.get(en);
      if (known) {
        for (const lang of TRANSLATION_LANGS) {
          if (known[lang] && entry[lang] && known[lang] !== entry[lang]) {
            problems.push(
              `${at}: this English text has another ${LANG_NAMES[lang]} version at ${firstSeen.get(en)}; keep one`,
            );
          }
        }
        memory.set(en, { ...entry, ...known });
      } else {
        memory.set(en, entry);
        firstSeen.set(en, at);
      }
    }
  }
  if (problems.length > 0) throw new TranslationError(problems.join("\n"));
  return memory;
}

/** A text with the languages the memory has for it (a language the text already has is kept). */
export function translate(text: string | Text, memory: Memory): string | Text {
  const known = memory.get(englishOf(text));
  if (!known) return text;
  const out: Text = typeof text === "string" ? { en: text } : { ...text };
  for (const lang of TRANSLATION_LANGS) if (!out[lang] && known[lang]) out[lang] = known[lang];
  return out.be || out.ru ? out : text;
}

/**
 * Every record of a release file with the memory applied: every {en, be?, ru?} text, and every claim note
 * (a plain English string under the key `note`), which becomes {en, be, ru} when the memory has it.
 * (translateRelease leaves sources' titles alone: they are the titles of the pages cited.)
 */
export function translateRecords<T>(value: T, memory: Memory): T {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (isText(v)) return translate(v, memory);
    if (typeof v === "object" && v !== null) {
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [k, k === "note" && typeof x === "string" ? translate(x, memory) : walk(x)]),
      );
    }
    return v;
  };
  return walk(value) as T;
}

/** The memory of a research folder's translations/ (empty when there is none), and how many files it read. */
export function readTranslationFolder(research: string): { memory: Memory; files: number } {
  const folder = path.join(research, "translations");
  const csvs = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith(".csv")) : [];
  const texts = Object.fromEntries(
    csvs.map((f) => [`translations/${f}`, readFileSync(path.join(folder, f), "utf8")] as const),
  );
  return { memory: readTranslations(texts), files: csvs.length };
}

/** A source with its note translated: its title is the title of the page cited, and stays as it is. */
function translateNoteOnly<S extends { note?: string | Text }>(source: S, memory: Memory): S {
  return source.note === undefined ? source : { ...source, note: translate(source.note, memory) };
}

/** A built release's records and changelog with the memory applied (sources keep the titles of their pages). */
export function translateRelease<R extends Record<string, unknown>>(
  records: R,
  changelog: readonly ChangeText[],
  memory: Memory,
): { records: R; changelog: ChangeText[] } {
  const out = Object.fromEntries(
    Object.entries(records).map(([k, v]) => [
      k,
      k === "sources"
        ? (v as { note?: string }[]).map((s) => translateNoteOnly(s, memory))
        : translateRecords(v, memory),
    ]),
  ) as R;
  return { records: out, changelog: changelog.map((line) => translate(line, memory)) };
}

export interface MissingText {
  lang: TranslationLang;
  /** "detentions.json: 2020-08-hrodna: context". */
  where: string;
  en: string;
}

/** The reader-facing texts of a release that lack a language: its title and changelog, and every record's texts. */
export function missingTranslations(release: ReleaseData): MissingText[] {
  const missing: MissingText[] = [];
  const visit = (v: unknown, where: string, path: string, key?: string) => {
    const text = isText(v) ? v : key === "note" && typeof v === "string" && v.trim() ? v : undefined;
    if (text !== undefined) {
      for (const lang of TRANSLATION_LANGS) {
        if (typeof text === "string" || !text[lang])
          missing.push({ lang, where: `${where}: ${path}`, en: englishOf(text) });
      }
      return;
    }
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, where, `${path}[${i}]`));
    else if (typeof v === "object" && v !== null) {
      for (const [k, x] of Object.entries(v)) visit(x, where, path ? `${path}.${k}` : k, k);
    }
  };
  visit(release.entry.title, "manifest.json", "title");
  release.entry.changelog.forEach((line, i) => visit(line, "manifest.json", `changelog[${i}]`, "note"));
  for (const source of release.sources)
    if (source.note) visit(source.note, `sources.json: ${source.id}`, "note", "note");
  const files = ["places", "people", "pardons", "detentions", "series", "deaths", "incommunicado", "events"] as const;
  for (const file of files) {
    for (const record of release[file]) {
      const id = (record as { id?: string }).id ?? "";
      visit(record, `${file}.json: ${id}`, "");
    }
  }
  return missing;
}

/** data:check's report of what a release lacks, per language: one line per language for a summary. */
export function missingSummary(release: ReleaseData): string[] {
  const missing = missingTranslations(release);
  return TRANSLATION_LANGS.map((lang) => {
    const n = missing.filter((m) => m.lang === lang).length;
    return `languages: release ${release.entry.id}: ${n === 0 ? "every text" : `${n} text(s) not`} in ${LANG_NAMES[lang]}`;
  });
}

export { LANG_NAMES };
