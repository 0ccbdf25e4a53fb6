// CSV as RFC 4180 writes it (CRLF, quoted fields, "" inside quotes), with a UTF-8 byte-order mark first: without
// it Excel reads a UTF-8 file in the machine's legacy code page and the Chinese comes out garbled.
import type { FigureRow } from '../protocol';
import { figureTable } from './table';

export const BOM = '\uFEFF';
export const CSV_MIME = 'text/csv;charset=utf-8';

function quoteCell(cell: string): string {
  return /[",\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function toCsv(table: readonly (readonly string[])[], { bom = true }: { bom?: boolean } = {}): string {
  const lines = table.map((cells) => cells.map(quoteCell).join(','));
  return (bom ? BOM : '') + lines.map((l) => `${l}\r\n`).join('');
}

// Spreadsheet programs run a cell that starts with one of these as a formula (the full-width forms too, in CJK
// locales), and page text is untrusted. Such cells get a leading apostrophe; so do cells that already start with
// one, which keeps the escape reversible. Plain signed numbers (-0.3, +5%) are harmless and left alone.
const FORMULA_START = /^[=+\-@\t\r'＝＋－＠]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?%?$/;

export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

export function figuresToCsv(rows: readonly FigureRow[]): string {
  return toCsv(figureTable(rows).map((cells) => cells.map(guardFormula)));
}
