// Fixture pages as turn lists for the figures engine, and the same figure scoring as the corpus eval tool
// (the outside corpus scorer), so the engine can be measured before the full `analyze` pipeline exists.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figure } from '../../../lib/figures/types';

const here = path.dirname(fileURLToPath(import.meta.url));
export const PAGES_DIR = path.resolve(here, '../../fixtures/pages');

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
  if (!fs.existsSync(PAGES_DIR)) return [];
  return fs
    .readdirSync(PAGES_DIR)
    .filter((d) => fs.existsSync(path.join(PAGES_DIR, d, 'expected.json')))
    .sort()
    .map((id) => {
      const dir = path.join(PAGES_DIR, id);
      const txt = path.join(dir, 'source.txt');
      const raw = fs.existsSync(txt)
        ? fs.readFileSync(txt, 'utf8')
        : htmlToText(fs.readFileSync(path.join(dir, 'source.html'), 'utf8'));
      const lines = raw
        .split('\n')
        .map((l) => l.replace(/\s+/g, ' ').trim())
        .filter(Boolean);
      return { id, lines, expected: JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected };
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
