/** CSV cells and lines: RFC 4180 quoting, CRLF line ends (the widget downloads' tidy CSV is written in ./tidy). */
import { neutraliseFormula } from "./formula";

/** Quotes a cell when needed; text a spreadsheet would run as a formula gets an apostrophe (see ./formula). */
export function csvCell(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
