// CSV as RFC 4180 writes it (CRLF, quoted fields, "" inside quotes), with a UTF-8 byte-order mark first: without
// it Excel reads a UTF-8 file in the machine's legacy code page and the Chinese comes out garbled.
import type { FigureRow } from '../protocol';
import { figuresFromTable, figureTable, type ExportedFigure } from './table';

export const BOM = '\uFEFF';
export const CSV_MIME = 'text/csv;charset=utf-8';

function quoteCell(cell: string): string {
  return /[",\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function toCsv(table: readonly (readonly string[])[], { bom = true }: { bom?: boolean } = {}): string {
  const lines = table.map((cells) => cells.map(quoteCell).join(','));
  return (bom ? BOM : '') + lines.map((l) => `${l}\r\n`).join('');
}

/**
 * Reads CSV in the RFC 4180 dialect and the common deviations of files saved by spreadsheet programs: a leading
 * BOM, LF or lone CR line ends, no newline after the last record. A quote inside an unquoted field is kept as is.
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  // A record seen so far on this line: distinguishes "" (one empty cell) at the end of input from nothing.
  let started = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
    started = false;
  };
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      started = true;
      i += 1;
    } else if (ch === ',') {
      endCell();
      started = true;
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      started = true;
      i += 1;
    }
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (started) endRow();
  return rows;
}

// Spreadsheet programs run a cell that starts with one of these as a formula (the full-width forms too, in CJK
// locales), and page text is untrusted. Such cells get a leading apostrophe; so do cells that already start with
// one, which keeps the escape reversible. Plain signed numbers (-0.3, +5%) are harmless and left alone.
const FORMULA_START = /^[=+\-@\t\r'＝＋－＠]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?%?$/;

export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

export function unguardFormula(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

export function figuresToCsv(rows: readonly FigureRow[]): string {
  return toCsv(figureTable(rows).map((cells) => cells.map(guardFormula)));
}

export function figuresFromCsv(text: string): ExportedFigure[] {
  return figuresFromTable(parseCsv(text).map((cells) => cells.map(unguardFormula)));
}
