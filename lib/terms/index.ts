// Finding official terms in running text. ~500 headwords in two scripts fit a map keyed by a folded form: Hong
// Kong and Taiwan Traditional differ in a few characters (衞/衛, 台/臺, 羣/群, 峯/峰, 佈/布), and a page's own Traditional
// (a Big5 gateway's, Hong Kong's) must find the row whichever it uses.
import { TERM_ROWS, type TermRow } from './data';
import { TERM_SOURCES } from './sources';
import type { Term } from './types';

export type { Term, TermKind, TermRegion, TermSource } from './types';

const FOLD: Readonly<Record<string, string>> = {
  衞: '衛',
  臺: '台',
  羣: '群',
  峯: '峰',
  裏: '裡',
  綫: '線',
  檯: '台',
  枱: '台',
  佈: '布',
};

/** The form headwords are compared in. */
export function foldVariants(text: string): string {
  let out = '';
  for (const ch of text) out += FOLD[ch] ?? ch;
  return out;
}

export function termOf(row: TermRow): Term {
  const [id, simplified, traditional, english, kind] = row;
  const source = TERM_SOURCES[id];
  return { simplified, traditional, english, kind, region: source.region, source };
}

export interface TermMatch {
  start: number;
  end: number;
  word: string;
  terms: Term[];
}

export interface TermIndex {
  /** Terms whose headword (either script) is `word`. */
  exact(word: string): Term[];
  /** The longest headword starting at `offset` of `text`. */
  longestAt(text: string, offset: number): TermMatch | null;
  readonly size: number;
}

export function createTermIndex(rows: readonly TermRow[] = TERM_ROWS): TermIndex {
  const byKey = new Map<string, Term[]>();
  let longest = 0;
  for (const row of rows) {
    const term = termOf(row);
    for (const key of new Set([foldVariants(term.simplified), foldVariants(term.traditional)])) {
      const list = byKey.get(key);
      if (list) list.push(term);
      else byKey.set(key, [term]);
      longest = Math.max(longest, key.length);
    }
  }
  const exact = (word: string) => byKey.get(foldVariants(word)) ?? [];
  return {
    exact,
    longestAt(text, offset) {
      for (let end = Math.min(text.length, offset + longest); end > offset; end--) {
        const word = text.slice(offset, end);
        const terms = exact(word);
        if (terms.length > 0) return { start: offset, end, word, terms };
      }
      return null;
    },
    get size() {
      return rows.length;
    },
  };
}
