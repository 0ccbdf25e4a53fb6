// Find in the transcript: the query, its matches in the sections the filter shows, the current match, and the
// marks each turn shows (find matches and a passage focused from outside, e.g. the figures panel).
import { useMemo, useState } from 'preact/hooks';
import type { Turn } from '../../lib/transcript/types';
import { findMatches, type FindMatch } from './find';
import type { MarkRange } from './text';
import type { FocusRange } from './types';

export interface FindState {
  query: string;
  matches: readonly FindMatch[];
  /** Index of the current match, -1 when there is none. */
  current: number;
  marksByTurn: ReadonlyMap<number, MarkRange[]>;
  /** New query; returns the first match, to reveal. */
  setQuery(value: string): FindMatch | undefined;
  /** Moves to the next/previous match; returns it, to reveal. */
  step(delta: 1 | -1): FindMatch | undefined;
  resetCurrent(): void;
}

export function useFind(
  turns: readonly Turn[],
  searchable: (turnIndex: number) => boolean,
  searchableKey: unknown,
  focusRange: FocusRange | null | undefined,
): FindState {
  const [query, setQueryState] = useState('');
  const [current, setCurrent] = useState(0);
  const matches = useMemo(() => findMatches(turns, query, searchable), [turns, query, searchableKey]);
  const currentMatch = matches.length > 0 ? Math.min(current, matches.length - 1) : -1;
  const marksByTurn = useMemo(() => marksOf(matches, currentMatch, focusRange), [matches, currentMatch, focusRange]);
  return {
    query,
    matches,
    current: currentMatch,
    marksByTurn,
    setQuery(value) {
      setQueryState(value);
      setCurrent(0);
      return findMatches(turns, value, searchable)[0];
    },
    step(delta) {
      if (matches.length === 0) return undefined;
      const next = (currentMatch + delta + matches.length) % matches.length;
      setCurrent(next);
      return matches[next];
    },
    resetCurrent: () => setCurrent(0),
  };
}

function marksOf(
  matches: readonly FindMatch[],
  current: number,
  focus: FocusRange | null | undefined,
): Map<number, MarkRange[]> {
  const map = new Map<number, MarkRange[]>();
  const add = (turn: number, r: MarkRange) => {
    const list = map.get(turn);
    if (list) list.push(r);
    else map.set(turn, [r]);
  };
  matches.forEach((m, i) => add(m.turn, { start: m.start, end: m.end, kind: i === current ? 'current' : 'match' }));
  if (focus) add(focus.turn, { start: focus.start, end: focus.end, kind: 'focus' });
  return map;
}
