// The figures of a page as a flat table: the one shape that CSV and Markdown exports share, and that a CSV file
// reads back into. Cells are strings so that writers never guess at number formatting.
import type { FigureKind } from '../figures/types';
import type { FigureRow } from '../protocol';

export const FIGURE_COLUMNS = [
  'question',
  'outlet',
  'speaker',
  'role',
  'figure',
  'value',
  'high',
  'unit',
  'kind',
  'approx',
  'sentence',
] as const;

export type FigureColumn = (typeof FIGURE_COLUMNS)[number];

/** What a row of an export holds, typed again after reading it back. */
export interface ExportedFigure {
  question: number;
  outlet: string | null;
  speaker: string | null;
  role: string | null;
  figure: string;
  value: number;
  high: number | null;
  unit: string | null;
  kind: FigureKind;
  approx: boolean;
  sentence: string;
}

const KINDS: readonly FigureKind[] = ['amount', 'percent', 'points', 'count', 'rank', 'duration', 'date'];

/** Opening and closing remarks are named rather than numbered 0 and -1, which mean nothing in a spreadsheet. */
export function questionCell(question: number): string {
  if (question === 0) return 'opening';
  if (question < 0) return 'closing';
  return String(question);
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

export function exportedFigure(row: FigureRow): ExportedFigure {
  return {
    question: row.question,
    outlet: row.outlet,
    speaker: row.speaker,
    role: row.role,
    figure: row.text,
    value: row.value,
    high: row.high ?? null,
    unit: row.unit,
    kind: row.kind,
    approx: row.approx,
    sentence: row.sentence,
  };
}

/** Cells of one figure, in FIGURE_COLUMNS order. Absent values are empty cells. */
export function figureCells(fig: ExportedFigure): string[] {
  return [
    questionCell(fig.question),
    fig.outlet ?? '',
    fig.speaker ?? '',
    fig.role ?? '',
    fig.figure,
    String(fig.value),
    fig.high === null ? '' : String(fig.high),
    fig.unit ?? '',
    fig.kind,
    fig.approx ? 'yes' : 'no',
    fig.sentence,
  ];
}

/** Header row first, then one row per figure. */
export function figureTable(rows: readonly FigureRow[]): string[][] {
  return [[...FIGURE_COLUMNS], ...rows.map((r) => figureCells(exportedFigure(r)))];
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
