/**
 * CSV as spreadsheets write it (RFC 4180): comma-separated, double quotes around cells that hold a
 * comma, quote or line break, quotes doubled inside. Files are written in UTF-8 with a byte-order
 * mark so that Excel shows Belarusian and Russian text correctly; the mark is ignored on reading.
 */

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

/** Parses CSV text into rows of cells. Line breaks inside quoted cells are kept. */
export function parseCsv(text: string, separator: "," | ";" = detectSeparator(text)): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n") line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === "") {
      // A quote inside an unquoted cell (5" floppy) is kept as a character, as spreadsheets do.
      quoted = true;
      quoteLine = line;
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
  if (quoted) throw new CsvSyntaxError(quoteLine, 'a quoted cell is never closed (a closing quote " is missing)');
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) || /^\s|\s$/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Writes rows as CSV with CRLF line ends and a byte-order mark (what spreadsheets expect). */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((r) => r.map(quote).join(",")).join("\r\n") + "\r\n";
}

/** A CSV file read as a header and records keyed by column name. */
export interface CsvTable {
  header: string[];
  /** Each data row with its spreadsheet row number (the header is row 1). Blank rows are left out. */
  rows: { row: number; cells: Map<string, string> }[];
}

export function readTable(text: string): CsvTable {
  const [header = [], ...data] = parseCsv(text);
  const names = header.map((h) => h.trim());
  const rows = data
    .map((cells, i) => ({
      row: i + 2,
      // Cells beyond the named columns are kept under "" so that a reader can refuse them.
      cells: new Map([...names.map((n, j) => [n, cells[j] ?? ""] as const), ["", extra(cells, names)] as const]),
    }))
    .filter((r) => [...r.cells.values()].some((v) => v.trim() !== ""));
  return { header: names.filter(Boolean), rows };
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
