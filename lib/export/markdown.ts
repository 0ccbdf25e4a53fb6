// A GitHub-flavoured Markdown table. Page text is untrusted and may hold anything: pipes would split cells, line
// breaks would end the table, and ASCII punctuation could turn into links, emphasis or raw HTML when rendered.
import type { FigureRow } from '../protocol';
import { exportedFigure, FIGURE_COLUMNS, figureCells } from './table';

export const MARKDOWN_MIME = 'text/markdown;charset=utf-8';

/** Backslash-escapes what Markdown (and a table row) would act on, and flattens line breaks; keeps outer spaces. */
function escapeInline(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}

export function escapeMarkdownCell(text: string): string {
  return escapeInline(text).trim();
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |\n`;
}

/** Cells are escaped here; pass raw text. */
export function toMarkdownTable(header: readonly string[], body: readonly (readonly string[])[]): string {
  return (
    row(header.map(escapeMarkdownCell)) +
    row(header.map(() => '---')) +
    body.map((cells) => row(header.map((_h, i) => escapeMarkdownCell(cells[i] ?? '')))).join('')
  );
}

/** The sentence, escaped, with the figure in bold; offsets outside the sentence leave it plain. */
export function sentenceWithFigure(sentence: string, at: readonly [number, number]): string {
  const [start, end] = at;
  const figure = sentence.slice(start, end);
  if (!(start >= 0 && end <= sentence.length && figure.trim() === figure && figure !== '')) {
    return escapeMarkdownCell(sentence);
  }
  const before = escapeInline(sentence.slice(0, start)).trimStart();
  const after = escapeInline(sentence.slice(end)).trimEnd();
  return `${before}**${escapeInline(figure)}**${after}`;
}

export function figuresToMarkdown(rows: readonly FigureRow[], heading?: string): string {
  const sentenceIndex = FIGURE_COLUMNS.indexOf('sentence');
  const body = rows.map((r) =>
    figureCells(exportedFigure(r)).map((cell, i) =>
      i === sentenceIndex ? sentenceWithFigure(r.sentence, r.at) : escapeMarkdownCell(cell),
    ),
  );
  const table = row([...FIGURE_COLUMNS]) + row(FIGURE_COLUMNS.map(() => '---')) + body.map(row).join('');
  return heading ? `## ${escapeMarkdownCell(heading)}\n\n${table}` : table;
}
