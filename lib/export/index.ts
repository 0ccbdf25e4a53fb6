export { BOM, CSV_MIME, figuresToCsv, guardFormula, toCsv } from './csv';
export { escapeMarkdownCell, figuresToMarkdown, MARKDOWN_MIME, sentenceWithFigure, toMarkdownTable } from './markdown';
export { ENGLISH_CITATION_WORDS, figureCitation, type CitationContext, type CitationWords } from './citation';
export { exportFilename } from './filename';
export {
  exportedFigure,
  FIGURE_COLUMNS,
  figureCells,
  figureTable,
  questionCell,
  type ExportedFigure,
  type FigureColumn,
} from './table';
