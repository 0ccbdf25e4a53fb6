// Fixture pages as turn lists for the figures engine, and the same figure scoring as the corpus score
// (scripts/score.ts), so the figures engine is measured apart from the `analyze` pipeline.
import type { Figure } from '../../../lib/figures/types';
import { norm, scoreFigures as corpusScore, type FigureScore } from '../../../scripts/cli/corpus-score';
import { pageIds, readPage, readPageJson, sourceFile } from '../fixture-pages';

export interface Expected {
  press: boolean;
  figures?: Array<{ text: string; value: number; unit?: string | null; approx?: boolean }>;
  figures_optional?: string[];
  not_figures?: string[];
}

export interface Page {
  id: string;
  /** One turn per non-empty line of page text. */
  lines: string[];
  expected: Expected;
}

/** Page text with tags, scripts and styles dropped; block elements end a line. */
function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|h\d|li|tr|section|article)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

export function loadPages(): Page[] {
  return pageIds().map((id) => {
    const file = sourceFile(id);
    const raw = file === 'source.txt' ? readPage(id, file) : htmlToText(readPage(id, file));
    const lines = raw
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    return { id, lines, expected: readPageJson<Expected>(id, 'expected.json') };
  });
}

export interface Score extends FigureScore {
  /** Predictions that touch a not_figures entry (stricter than the corpus score, which only counts them wrong). */
  banned: string[];
}

/** The corpus score's figure rule (scripts/cli/corpus-score.ts), with the banned predictions listed as well. */
export function scoreFigures(exp: Expected, pred: Array<Pick<Figure, 'text' | 'value'>>): Score {
  const bannedList = (exp.not_figures ?? []).map(norm);
  const banned = pred
    .filter((p) => bannedList.some((b) => b.includes(norm(p.text)) || norm(p.text).includes(b)))
    .map((p) => `${p.text}=${p.value}`);
  return { ...corpusScore(exp, pred), banned };
}
