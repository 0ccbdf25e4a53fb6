// From index matches to what a person reads: exchanges (a question and the answers to it) with the matching
// passages, filtered by speaker, outlet, site and dates, newest first, with counts per speaker and per month.
import { offsetOf, turnOf } from './grams';
import type { ConferenceSummary, LibraryTranscript } from './model';
import type { Match } from './search';

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

function passes(s: ConferenceSummary, f: Filters): boolean {
  return (!f.site || s.site === f.site) && (!f.from || s.day >= f.from) && (!f.to || s.day <= f.to) && !!s.turns.length;
}

const count = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);

/** Groups matches into exchanges, filtered and ranked; the facets count the same exchanges. */
export function rankResults(
  matches: readonly Match[],
  summaries: ReadonlyMap<number, ConferenceSummary>,
  filters: Filters = {},
  ranking: Ranking = {},
): { results: ResultRef[]; facets: Facets } {
  // Numeric keys (conference, section): a search over a large library groups tens of thousands of matches.
  const groups = new Map<number, ResultRef>();
  let lastConf = -1;
  let summary: ConferenceSummary | undefined;
  let confOk = false;
  for (const m of matches) {
    if (m.conf !== lastConf) {
      lastConf = m.conf;
      summary = summaries.get(m.conf);
      confOk = !!summary && passes(summary, filters) && summary.url !== ranking.excludeUrl;
    }
    if (!confOk) continue;
    const s = summary!;
    const turn = turnOf(m.position);
    const info = s.turns[turn];
    if (!info) continue;
    if (ranking.answersOnly && info.kind !== 'answer') continue;
    if (filters.speaker && info.who !== filters.speaker) continue;
    if (filters.outlet && info.outlet !== filters.outlet) continue;
    const key = m.conf * 65536 + info.section;
    let ref = groups.get(key);
    if (!ref) {
      ref = { conf: m.conf, day: s.day, section: info.section, turns: [], preferred: false };
      groups.set(key, ref);
    }
    const last = ref.turns[ref.turns.length - 1];
    let t = last?.turn === turn ? last : ref.turns.find((x) => x.turn === turn);
    if (!t) ref.turns.push((t = { turn, ranges: [] }));
    const start = offsetOf(m.position);
    t.ranges.push([start, start + m.length]);
    if (ranking.preferSpeaker && info.who === ranking.preferSpeaker) ref.preferred = true;
  }
  const results = [...groups.values()];
  for (const r of results) {
    r.turns.sort((a, b) => a.turn - b.turn);
    for (const t of r.turns) t.ranges = mergeRanges(t.ranges);
  }
  results.sort(
    (a, b) =>
      Number(b.preferred) - Number(a.preferred) ||
      (a.day < b.day ? 1 : a.day > b.day ? -1 : 0) ||
      b.conf - a.conf ||
      a.section - b.section,
  );
  const bySpeaker = new Map<string, number>();
  const byOutlet = new Map<string, number>();
  const byMonth = new Map<string, number>();
  for (const r of results) {
    const s = summaries.get(r.conf)!;
    for (const who of new Set(r.turns.map((t) => s.turns[t.turn]?.who ?? '?'))) count(bySpeaker, who);
    const outlet = s.turns[r.turns[0]?.turn ?? -1]?.outlet;
    if (outlet) count(byOutlet, outlet);
    count(byMonth, r.day.slice(0, 7));
  }
  const byCount = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return {
    results,
    facets: {
      total: results.length,
      bySpeaker: byCount(bySpeaker),
      byOutlet: byCount(byOutlet),
      byMonth: [...byMonth].sort((a, b) => a[0].localeCompare(b[0])),
    },
  };
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
