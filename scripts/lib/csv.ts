/**
 * CSV as spreadsheets write it (RFC 4180): comma-separated, double quotes around cells that hold a
 * comma, quote or line break, quotes doubled inside. Files are written in UTF-8 with a byte-order
 * mark so that Excel shows Belarusian and Russian text correctly; the mark is ignored on reading.
 * Text that a spreadsheet would run as a formula (=, +, -, @ first) is written with a leading
 * apostrophe and read back without it (src/export/formula.ts), so export → import changes nothing.
 */
import { neutraliseFormula, restoreFormula } from "../../src/export/formula.ts";

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = "CsvSyntaxError";
  }
}

const BOM = "\uFEFF";

/**
 * The separator between cells: a comma, or a semicolon in files saved by spreadsheets set to
 * languages that write decimals with a comma (Belarusian, Russian, German…). Our column names contain
 * neither, so the header line tells which one the file uses.
 */
export function detectSeparator(text: string): "," | ";" {
  const header = text.slice(0, text.search(/\r|\n|$/));
  return header.includes(";") && !header.includes(",") ? ";" : ",";
}

/** Rows of cells and every syntax problem found on the way (the parser recovers and reads on). */
export interface ParsedCsv {
  rows: string[][];
  errors: CsvSyntaxError[];
}

const UNCLOSED = 'a quoted cell is never closed (a closing quote " is missing)';
const TEXT_AFTER_QUOTE =
  'a quoted cell has text after its closing quote; put the whole cell inside the quotes and write a quote inside it as two ("")';

/**
 * Parses CSV text into rows of cells, collecting every syntax problem. Line breaks inside quoted cells
 * are kept, and the apostrophe that formatCsv adds before formula-like text is taken off. A quote that is never closed — or whose "closing" quote is followed by more text, which is
 * what an unclosed quote looks like once it has swallowed the next lines up to another cell's opening
 * quote — is reported at the line where it opened and then read as a plain character, so the lines
 * after it are read as they were meant and their own problems are reported too.
 */
export function parseCsvAll(text: string, separator: "," | ";" = detectSeparator(text)): ParsedCsv {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  const errors: CsvSyntaxError[] = [];
  let row: string[] = [];
  let cell = "";
  let line = 1;
  const endsCell = (ch: string | undefined) => ch === undefined || ch === separator || ch === "\n" || ch === "\r";
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '"' && cell === "") {
      // A quote inside an unquoted cell (5" floppy) is kept as a character, as spreadsheets do.
      const quoted = readQuoted(src, i);
      if (quoted && endsCell(src[quoted.end + 1])) {
        cell = quoted.cell;
        line += quoted.lineBreaks;
        i = quoted.end;
        continue;
      }
      const spansLines = !quoted || quoted.lineBreaks > 0;
      errors.push(new CsvSyntaxError(line, spansLines ? UNCLOSED : TEXT_AFTER_QUOTE));
      cell = '"';
    } else if (ch === separator) {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      line++;
    } else {
      cell += ch;
    }
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  // The apostrophe formatCsv put before a formula-like text is not part of the text.
  return { rows: rows.map((r) => r.map(restoreFormula)), errors };
}

/** The quoted cell opening at `start`: its text, the index of its closing quote and its line breaks; null if never closed. */
function readQuoted(src: string, start: number): { cell: string; end: number; lineBreaks: number } | null {
  let cell = "";
  let lineBreaks = 0;
  for (let i = start + 1; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '"') {
      if (src[i + 1] !== '"') return { cell, end: i, lineBreaks };
      cell += '"';
      i++;
    } else {
      if (ch === "\n" || (ch === "\r" && src[i + 1] !== "\n")) lineBreaks++;
      cell += ch;
    }
  }
  return null;
}

/** Parses CSV text into rows of cells; throws the first syntax problem (see parseCsvAll). */
export function parseCsv(text: string, separator: "," | ";" = detectSeparator(text)): string[][] {
  const { rows, errors } = parseCsvAll(text, separator);
  if (errors[0]) throw errors[0];
  return rows;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) || /^\s|\s$/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * Writes rows as CSV with CRLF line ends and a byte-order mark (what spreadsheets expect). Text that a
 * spreadsheet would run as a formula gets a leading apostrophe; readTable takes it off again.
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((r) => r.map((c) => quote(neutraliseFormula(c))).join(",")).join("\r\n") + "\r\n";
}

/** A CSV file read as a header and records keyed by column name. */
export interface CsvTable {
  header: string[];
  /** Syntax problems, each with its line; the rows are read as well as they can be despite them. */
  errors: CsvSyntaxError[];
  /** Each data row with its spreadsheet row number (the header is row 1). Blank rows are left out. */
  rows: { row: number; cells: Map<string, string> }[];
}

export function readTable(text: string): CsvTable {
  const parsed = parseCsvAll(text);
  const [header = [], ...data] = parsed.rows;
  const names = header.map((h) => h.trim());
  const rows = data
    .map((cells, i) => ({
      row: i + 2,
      // Cells beyond the named columns are kept under "" so that a reader can refuse them.
      cells: new Map([...names.map((n, j) => [n, cells[j] ?? ""] as const), ["", extra(cells, names)] as const]),
    }))
    .filter((r) => [...r.cells.values()].some((v) => v.trim() !== ""));
  return { header: names.filter(Boolean), errors: parsed.errors, rows };
}

function extra(cells: readonly string[], names: readonly string[]): string {
  return cells.filter((c, j) => (j >= names.length || names[j] === "") && c.trim() !== "").join(" ");
}

/** Decodes a file's bytes, refusing text that is not UTF-8 (a spreadsheet's other "CSV" formats). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
