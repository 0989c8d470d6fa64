// CSV as RFC 4180 writes it (comma, CRLF, quotes doubled), safe to open in a
// spreadsheet and as plain text:
// - a text cell that a spreadsheet would run as a formula (it starts with
//   = + - @, their full-width forms, or a tab/CR) gets a leading apostrophe, as
//   OWASP advises; numbers are left alone;
// - bidi controls are balanced (src/model/bidi.ts), so a stray one in a quote
//   cannot reverse the cells after it when the file is read as text;
// - a byte-order mark first, so spreadsheets read the accents and Arabic as UTF-8.
import { balanceBidi } from '../model/bidi';

export type Cell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
export const BOM = '\uFEFF';

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(value) : balanceBidi(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`CSV row has ${row.length} cells, header ${header.length}`);
    lines.push(row.map(csvCell).join(','));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
