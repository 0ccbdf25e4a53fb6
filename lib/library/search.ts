// Phrase search over the bigram index. A term of n characters is n-1 bigrams at consecutive offsets: take the
// rarest one, and keep each of its hits where every other bigram sits at the matching offset. Exact, with no
// need to read the texts; the work grows with the rarest bigram's hits, not with the library.
import { confOf, hitOf, offsetOf, queryTerms, termGrams } from './grams';

/** Where the index's hits come from: an in-memory index (tests, bench) or IndexedDB (library-db.ts). */
export interface HitSource {
  /** Sorted hits (conference * 2^32 + packed position) of one bigram. */
  hits(gram: string): Promise<Float64Array>;
  /** Sorted hits of every bigram starting with `char` (a one-character term). */
  prefixHits(char: string): Promise<Float64Array>;
}

export interface Match {
  conf: number;
  /** Packed turn and offset (grams.ts). */
  position: number;
  length: number;
}

function contains(sorted: Float64Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Start hits of a term given each of its bigrams' hits (in term order). */
export function phraseStarts(lists: readonly Float64Array[]): number[] {
  if (lists.length === 0) return [];
  let rarest = 0;
  lists.forEach((l, i) => {
    if (l.length < lists[rarest]!.length) rarest = i;
  });
  const out: number[] = [];
  for (const hit of lists[rarest]!) {
    // The phrase would start before its turn: a bigram at offset 0 cannot be the term's second one.
    if (offsetOf(hit % 2 ** 32) < rarest) continue;
    const start = hit - rarest;
    let ok = true;
    for (let j = 0; j < lists.length && ok; j++) {
      if (j !== rarest) ok = contains(lists[j]!, start + j);
    }
    if (ok) out.push(start);
  }
  return out;
}

/** Every occurrence of every term of the query. A turn is kept only when it holds all the terms. */
export async function findMatches(source: HitSource, query: string): Promise<Match[]> {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const perTerm: Match[][] = [];
  for (const term of terms) {
    const starts =
      term.length === 1
        ? Array.from(await source.prefixHits(term))
        : phraseStarts(await Promise.all(termGrams(term).map((g) => source.hits(g.gram))));
    perTerm.push(starts.map((hit) => ({ conf: confOf(hit), position: hit % 2 ** 32, length: term.length })));
  }
  if (perTerm.length === 1) return perTerm[0]!;
  const turnKey = (m: Match) => `${m.conf}:${Math.floor(m.position / 2 ** 18)}`;
  const inAll = perTerm.map((ms) => new Set(ms.map(turnKey))).reduce((a, b) => new Set([...a].filter((k) => b.has(k))));
  return perTerm.flat().filter((m) => inAll.has(turnKey(m)));
}

export { hitOf };
