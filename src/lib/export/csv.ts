/**
 * CSV as RFC 4180 has it: a header row, fields quoted where they hold a
 * comma, a quote or a line break (quotes doubled), lines ending CR LF.
 */
export type Cell = string | number | boolean | undefined;

const field = (value: Cell) => {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, Cell>>): string {
  return [columns, ...rows.map((row) => columns.map((column) => row[column]))].map((cells) => cells.map(field).join(',')).join('\r\n') + '\r\n';
}
