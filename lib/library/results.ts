// What a person reads of a search: exchanges (a question and the answers to it) with the matching passages,
// filtered by speaker, outlet, site and dates, newest first, with counts per speaker and per month. The ranking
// itself is rank.ts.
import type { LibraryTranscript } from './model';

export interface Filters {
  speaker?: string;
  outlet?: string;
  site?: string;
  /** yyyy-mm-dd, inclusive. */
  from?: string;
  to?: string;
}

export interface Ranking {
  /** Answers only (said before). */
  answersOnly?: boolean;
  /** Exchanges where this person speaks come first. */
  preferSpeaker?: string | null;
  /** Leave out this conference (the one being read). */
  excludeUrl?: string;
}

export interface ResultRef {
  conf: number;
  day: string;
  section: number;
  /** Matched turns, each with its [start, end) ranges. */
  turns: { turn: number; ranges: [number, number][] }[];
  preferred: boolean;
}

export interface Facets {
  total: number;
  bySpeaker: [string, number][];
  byOutlet: [string, number][];
  byMonth: [string, number][];
}

/** Sorted, overlapping or touching ranges joined. */
export function mergeRanges(ranges: readonly [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

export interface Excerpt {
  turn: number;
  who: string | null;
  kind: LibraryTranscript['turns'][number]['kind'];
  /** The passage, cut around the first match when long. */
  text: string;
  /** Ranges to mark, relative to `text`. */
  marks: [number, number][];
  cutBefore: boolean;
  cutAfter: boolean;
}

/** The passage of one turn around its matches: at most `room` characters, starting a little before the first. */
export function excerpt(t: LibraryTranscript, turn: number, ranges: readonly [number, number][], room = 240): Excerpt {
  const src = t.turns[turn];
  const text = src?.text ?? '';
  const first = ranges[0]?.[0] ?? 0;
  const start = text.length <= room ? 0 : Math.max(0, Math.min(first - Math.floor(room / 4), text.length - room));
  const end = Math.min(text.length, start + room);
  return {
    turn,
    who: src ? (src.speaker ?? src.label) : null,
    kind: src?.kind ?? 'answer',
    text: text.slice(start, end),
    marks: ranges.filter(([a, b]) => a >= start && b <= end).map(([a, b]): [number, number] => [a - start, b - start]),
    cutBefore: start > 0,
    cutAfter: end < text.length,
  };
}

/** An exchange to show: its question (marked when it matched) and the matched answer passages. */
export function exchangeOf(t: LibraryTranscript, ref: ResultRef): { question: Excerpt | null; passages: Excerpt[] } {
  const section = t.sections[ref.section];
  const qTurn = section?.turns.find((i) => t.turns[i]?.kind === 'question');
  const matchedQ = ref.turns.find((x) => x.turn === qTurn);
  const question = qTurn === undefined ? null : excerpt(t, qTurn, matchedQ?.ranges ?? [], 160);
  const passages = ref.turns.filter((x) => x.turn !== qTurn).map((x) => excerpt(t, x.turn, x.ranges));
  return { question, passages };
}
