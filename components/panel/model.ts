// What the panel shows, computed from the rows alone: filtering, search, grouping by question and speaker.
// Pure functions, so the component stays a thin view and the rules are testable without a DOM.
import type { FigureKind } from '../../lib/figures/types';
import type { FigureRow } from '../../lib/protocol';

export const FIGURE_KINDS: readonly FigureKind[] = ['amount', 'percent', 'points', 'count', 'rank', 'duration', 'date'];

/** Years and dates are numerous and rarely what a reader mines a briefing for; they are one click away. */
export const DEFAULT_KINDS: ReadonlySet<FigureKind> = new Set(FIGURE_KINDS.filter((k) => k !== 'date'));

export interface PanelFilter {
  kinds: ReadonlySet<FigureKind>;
  /** Only this speaker's figures; null for everyone. */
  speaker: string | null;
  query: string;
}

export type Normalize = (text: string) => string;

/** Case, width (３０ = 30) and, when `normalize` is given, script (億 = 亿) stop mattering. */
export function foldText(text: string, normalize?: Normalize): string {
  const folded = text.normalize('NFKC').toLowerCase();
  return normalize ? normalize(folded) : folded;
}

/** Everything a search can match in one row, folded once per list rather than once per keystroke. */
export function haystack(row: FigureRow, readable: string, normalize?: Normalize): string {
  return foldText(
    [row.text, row.original, readable, row.sentence, row.speaker, row.role, row.outlet].filter(Boolean).join('\u0000'),
    normalize,
  );
}

/** Every whitespace-separated term must occur. */
export function matchesQuery(hay: string, query: string, normalize?: Normalize): boolean {
  const terms = foldText(query, normalize).split(/\s+/).filter(Boolean);
  return terms.every((term) => hay.includes(term));
}

export function filterFigures(
  rows: readonly FigureRow[],
  filter: PanelFilter,
  hayOf: (row: FigureRow) => string,
  normalize?: Normalize,
): FigureRow[] {
  return rows.filter(
    (r) =>
      filter.kinds.has(r.kind) &&
      (filter.speaker === null || r.speaker === filter.speaker) &&
      matchesQuery(hayOf(r), filter.query, normalize),
  );
}

export interface SpeakerGroup {
  /** null: figures quoted in the question itself. */
  speaker: string | null;
  role: string | null;
  figures: FigureRow[];
}

export interface QuestionGroup {
  /** 0 opening, n the n-th question, -1 closing. */
  question: number;
  outlet: string | null;
  speakers: SpeakerGroup[];
}

const questionOrder = (q: number) => (q < 0 ? Number.POSITIVE_INFINITY : q);

/** Opening first, questions in order, closing last; inside a question, speakers in order of first figure. */
export function groupFigures(rows: readonly FigureRow[]): QuestionGroup[] {
  const byQuestion = new Map<number, QuestionGroup>();
  for (const row of [...rows].sort((a, b) => questionOrder(a.question) - questionOrder(b.question))) {
    const question = row.question < 0 ? -1 : row.question;
    let group = byQuestion.get(question);
    if (!group) {
      group = { question, outlet: null, speakers: [] };
      byQuestion.set(question, group);
    }
    group.outlet ??= row.outlet;
    let sg = group.speakers.find((s) => s.speaker === row.speaker);
    if (!sg) {
      sg = { speaker: row.speaker, role: row.role, figures: [] };
      group.speakers.push(sg);
    }
    sg.role ??= row.role;
    sg.figures.push(row);
  }
  return [...byQuestion.values()];
}

/** The rows in the order the panel lists them (what "export all shown" writes). */
export function listedOrder(groups: readonly QuestionGroup[]): FigureRow[] {
  return groups.flatMap((g) => g.speakers.flatMap((s) => s.figures));
}

export interface SpeakerOption {
  name: string;
  role: string | null;
  count: number;
}

export function speakersOf(rows: readonly FigureRow[]): SpeakerOption[] {
  const seen = new Map<string, SpeakerOption>();
  for (const r of rows) {
    if (r.speaker === null) continue;
    const s = seen.get(r.speaker) ?? { name: r.speaker, role: r.role, count: 0 };
    s.role ??= r.role;
    s.count += 1;
    seen.set(r.speaker, s);
  }
  return [...seen.values()];
}

export function kindCounts(rows: readonly FigureRow[]): Record<FigureKind, number> {
  const counts = Object.fromEntries(FIGURE_KINDS.map((k) => [k, 0])) as Record<FigureKind, number>;
  for (const r of rows) counts[r.kind] += 1;
  return counts;
}

export interface SentenceParts {
  before: string;
  figure: string;
  after: string;
}

/**
 * The sentence split around the figure, cut to about `max` characters around it so long sentences do not fill
 * the panel. Offsets that do not point at the figure's text fall back to its first occurrence, or to no mark.
 */
export function sentenceParts(row: Pick<FigureRow, 'sentence' | 'at' | 'text'>, max = 140): SentenceParts {
  const { sentence } = row;
  let [start, end] = row.at;
  if (!(start >= 0 && end > start && end <= sentence.length)) {
    const found = row.text ? sentence.indexOf(row.text) : -1;
    if (found < 0) return clip({ before: sentence, figure: '', after: '' }, max);
    [start, end] = [found, found + row.text.length];
  }
  return clip(
    { before: sentence.slice(0, start), figure: sentence.slice(start, end), after: sentence.slice(end) },
    max,
  );
}

function clip(parts: SentenceParts, max: number): SentenceParts {
  const room = Math.max(0, max - parts.figure.length);
  if (parts.before.length + parts.after.length <= room) return parts;
  const beforeRoom = Math.min(parts.before.length, Math.max(Math.floor(room * 0.4), room - parts.after.length));
  const afterRoom = room - beforeRoom;
  const before =
    parts.before.length > beforeRoom ? `…${parts.before.slice(parts.before.length - beforeRoom)}` : parts.before;
  const after = parts.after.length > afterRoom ? `${parts.after.slice(0, afterRoom)}…` : parts.after;
  return { before, figure: parts.figure, after };
}
