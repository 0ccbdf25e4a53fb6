// Reading an exported CSV back into typed figures. The extension only writes CSV; the tests read what it wrote (and
// what a spreadsheet program saves again) to check that nothing is lost on the way.
import type { FigureKind } from '../../../lib/figures/types';
import { BOM } from '../../../lib/export/csv';
import { FIGURE_COLUMNS, type ExportedFigure, type FigureColumn } from '../../../lib/export/table';

const KINDS: readonly FigureKind[] = ['amount', 'percent', 'points', 'count', 'rank', 'duration', 'date'];

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

export function unguardFormula(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

function questionFromCell(cell: string): number {
  if (cell === 'opening') return 0;
  if (cell === 'closing') return -1;
  const n = Number(cell);
  if (!Number.isInteger(n) || n < 1) throw new Error(`Bad question cell: ${JSON.stringify(cell)}`);
  return n;
}

function numberFromCell(cell: string, column: string): number {
  const n = Number(cell);
  if (cell.trim() === '' || !Number.isFinite(n)) throw new Error(`Bad ${column} cell: ${JSON.stringify(cell)}`);
  return n;
}

/** Reads a table written by figureTable back into typed figures; columns are found by header name. */
export function figuresFromTable(table: readonly (readonly string[])[]): ExportedFigure[] {
  const [header, ...body] = table;
  if (!header) return [];
  const index = new Map(header.map((name, i) => [name.trim().toLowerCase(), i]));
  const missing = FIGURE_COLUMNS.filter((c) => !index.has(c));
  if (missing.length > 0) throw new Error(`Missing columns: ${missing.join(', ')}`);
  const get = (cells: readonly string[], column: FigureColumn): string => cells[index.get(column) ?? -1] ?? '';
  const orNull = (cell: string): string | null => (cell === '' ? null : cell);
  return body
    .filter((cells) => cells.some((c) => c !== ''))
    .map((cells) => {
      const kind = get(cells, 'kind') as FigureKind;
      if (!KINDS.includes(kind)) throw new Error(`Bad kind cell: ${JSON.stringify(kind)}`);
      const high = get(cells, 'high');
      return {
        question: questionFromCell(get(cells, 'question')),
        outlet: orNull(get(cells, 'outlet')),
        speaker: orNull(get(cells, 'speaker')),
        role: orNull(get(cells, 'role')),
        figure: get(cells, 'figure'),
        value: numberFromCell(get(cells, 'value'), 'value'),
        high: high === '' ? null : numberFromCell(high, 'high'),
        unit: orNull(get(cells, 'unit')),
        kind,
        approx: get(cells, 'approx') === 'yes',
        sentence: get(cells, 'sentence'),
      };
    });
}

export function figuresFromCsv(text: string): ExportedFigure[] {
  return figuresFromTable(parseCsv(text).map((cells) => cells.map(unguardFormula)));
}
