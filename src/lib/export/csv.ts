/**
 * CSV as RFC 4180 has it: a header row, fields quoted where they hold a
 * comma, a quote or a line break (quotes doubled), lines ending CR LF.
 *
 * Text cells are also neutralised against formula injection, as OWASP
 * recommends (https://owasp.org/www-community/attacks/CSV_Injection): a
 * spreadsheet runs a cell that begins with `=`, `+`, `-`, `@`, a tab or a
 * carriage return as a formula, so such a cell gets a leading `'` (shown by
 * no spreadsheet, and kept as text by every CSV reader). Numbers are written
 * as they are: they are the site's own counts, never an author's text.
 */
export type Cell = string | number | boolean | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** The text a spreadsheet shows as written, never runs. */
export const neutraliseFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

const field = (value: Cell) => {
  const text = value === undefined ? '' : typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, Cell>>): string {
  return [columns, ...rows.map((row) => columns.map((column) => row[column]))].map((cells) => cells.map(field).join(',')).join('\r\n') + '\r\n';
}
