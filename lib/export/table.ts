// The figures of a page as a flat table: the one shape that CSV and Markdown exports share. Cells are strings so
// that writers never guess at number formatting.
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

/** Opening and closing remarks are named rather than numbered 0 and -1, which mean nothing in a spreadsheet. */
export function questionCell(question: number): string {
  if (question === 0) return 'opening';
  if (question < 0) return 'closing';
  return String(question);
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
