// Find in transcript: every occurrence of the query in the turns' text, in reading order, as turn-relative
// offsets. Matches never span paragraphs (they are rendered in separate elements) and do not overlap.
import type { Turn } from '../../lib/transcript/types';

export interface FindMatch {
  turn: number;
  start: number;
  end: number;
}

/** Lower-cases for a case-insensitive search only when that keeps offsets aligned (length-preserving). */
function fold(s: string): string {
  const lower = s.toLowerCase();
  return lower.length === s.length ? lower : s;
}

export function findMatches(
  turns: readonly Turn[],
  query: string,
  include: (turnIndex: number) => boolean = () => true,
): FindMatch[] {
  const q = fold(query.trim());
  if (!q) return [];
  const out: FindMatch[] = [];
  turns.forEach((turn, ti) => {
    if (!include(ti)) return;
    const text = fold(turn.text);
    let from = 0;
    for (;;) {
      const at = text.indexOf(q, from);
      if (at < 0) break;
      const end = at + q.length;
      if (!text.slice(at, end).includes('\n')) out.push({ turn: ti, start: at, end });
      from = at + Math.max(1, q.length);
    }
  });
  return out;
}
