/**
 * CSV formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with `=`, `+`,
 * `-` or `@` (or a tab or carriage return before one) as a formula, so a source title such as
 * `=HYPERLINK("http://…")` would become a live link or worse. Every CSV this project writes — the
 * widget downloads and `npm run data:export-csv` — passes its cells through `neutraliseFormula`, and
 * `npm run data:import-csv` reads them back through `restoreFormula`, so export → import is exact.
 */

/** A plain number as spreadsheets read it (-5, 53.15, +2, 1e3): harmless, and it must stay a number. */
const NUMBER_LITERAL = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** Apostrophes (earlier neutralisations, or typed) then a character that starts a formula. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * A text cell that a spreadsheet would run as a formula gets a leading apostrophe, which spreadsheets
 * show as text. Numbers (-5 included) are left alone. A cell that already starts with apostrophes
 * before such a character gets one more, so that `restoreFormula` can always undo exactly this.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) && !NUMBER_LITERAL.test(cell) ? `'${cell}` : cell;
}

/** The inverse of `neutraliseFormula`: drops the apostrophe only where `neutraliseFormula` adds one. */
export function restoreFormula(cell: string): string {
  if (!cell.startsWith("'")) return cell;
  const original = cell.slice(1);
  return neutraliseFormula(original) === cell ? original : cell;
}
