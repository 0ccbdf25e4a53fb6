// Fixture pages as turn lists for the figures engine, and the same figure scoring as the corpus score
// (scripts/score.ts), so the figures engine is measured apart from the `analyze` pipeline.
import type { Figure } from '../../../lib/figures/types';
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

const norm = (s: string | null | undefined): string =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, '');

export interface Score {
  good: number;
  pred: number;
  found: number;
  gold: number;
  wrong: string[];
  missed: string[];
  /** Predictions that touch a not_figures entry (a stricter check than the eval tool's). */
  banned: string[];
}

/** The eval tool's scoreFigures, verbatim in logic. */
export function scoreFigures(exp: Expected, pred: Array<Pick<Figure, 'text' | 'value'>>): Score {
  const gold = exp.figures ?? [];
  const optional = (exp.figures_optional ?? []).map(norm);
  const bannedList = (exp.not_figures ?? []).map(norm);
  const used = new Set<number>();
  let good = 0;
  const wrong: string[] = [];
  const banned: string[] = [];
  for (const p of pred) {
    const t = norm(p.text);
    const i = gold.findIndex(
      (g, j) =>
        !used.has(j) &&
        (t.includes(norm(g.text)) || norm(g.text).includes(t)) &&
        Math.abs(Number(p.value) - g.value) <= 1e-6 * Math.max(1, Math.abs(g.value)),
    );
    const isBanned = bannedList.some((b) => b.includes(t) || t.includes(b));
    if (isBanned) banned.push(`${p.text}=${p.value}`);
    if (i >= 0) {
      used.add(i);
      good++;
    } else if (!isBanned && optional.some((o) => o.includes(t) || t.includes(o))) {
      good++;
    } else wrong.push(`${p.text}=${p.value}`);
  }
  const missed = gold.filter((_, j) => !used.has(j)).map((g) => `${g.text}=${g.value}`);
  return { good, pred: pred.length, found: used.size, gold: gold.length, wrong, missed, banned };
}
