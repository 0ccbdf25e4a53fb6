// Phrase search over the bigram index. A term of n characters is n-1 bigrams at consecutive offsets: start from
// the rarest one's hits as candidates, and keep a candidate only where each other bigram (rarest next) sits at the
// matching offset. The other lists are never walked: a galloping search from the last place found skips through
// them, so the work grows with the rarest bigram's hits (times the log of the gap), not with the library.
// Matches stay in typed arrays end to end: a common phrase can have tens of thousands of them.
import { confOf, queryTerms, termGrams } from './grams';

/** Where the index's hits come from: an in-memory index (tests, bench) or IndexedDB (library-db.ts). */
export interface HitSource {
  /** Sorted hits (conference * 2^32 + packed position) of one bigram. */
  hits(gram: string): Promise<Float64Array>;
  /** Sorted hits of every bigram starting with `char` (a one-character term). */
  prefixHits(char: string): Promise<Float64Array>;
}

/** Every match of a query, sorted: start hits (conference * 2^32 + packed position) and each one's length (one
 *  number when every match has the same: a one-term query). */
export interface MatchSet {
  hits: Float64Array;
  lengths: Uint16Array | number;
}

export const lengthAt = (m: MatchSet, i: number): number => (typeof m.lengths === 'number' ? m.lengths : m.lengths[i]!);

const NONE: MatchSet = { hits: new Float64Array(0), lengths: 0 };

/** Work done by one search, counted for the tests that prove it does not grow with the library. */
export interface SearchMeter {
  /** Index entries compared with a candidate. */
  probes: number;
  /** Candidates taken from the rarest bigram. */
  candidates: number;
}

export const createSearchMeter = (): SearchMeter => ({ probes: 0, candidates: 0 });

const TURN = 2 ** 18;
/** Multiplying by it divides exactly (a power of two) and is cheaper than dividing. */
const PER_TURN = 2 ** -18;
const CONF = 2 ** 32;

/** The first index at or after `from` whose value is ≥ `value`: galloping, then binary search. */
export function gallop(sorted: Float64Array, value: number, from: number, meter?: SearchMeter): number {
  let lo = from;
  let step = 1;
  let hi = from;
  let probes = 0;
  while (hi < sorted.length && sorted[hi]! < value) {
    probes++;
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > sorted.length) hi = sorted.length;
  while (lo < hi) {
    probes++;
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  if (meter) meter.probes += probes + 1;
  return lo;
}

/** Arrays a search keeps its phrase starts in (one per term), handed from search to search: a common phrase has
 *  tens of thousands of starts, and a fresh typed array that large costs more to allocate than to fill. */
export class MatchRoom {
  private readonly arrays: Float64Array[] = [];
  /** Term `term`'s array, at least `n` long. */
  array(term: number, n: number): Float64Array {
    const a = this.arrays[term];
    if (a && a.length >= n) return a;
    return (this.arrays[term] = new Float64Array(Math.max(n, 2 * (a?.length ?? 0), 1024)));
  }
}

/** The bigrams (by offset, rarest first) a phrase needs checked: a bigram found at its offset fixes two characters,
 *  so bigrams covering every character prove the phrase, and one whose two characters others fix adds nothing but
 *  probes (五个字的词 needs three of its four). */
function cover(byRarity: readonly number[]): number[] {
  const fixed = new Uint8Array(byRarity.length + 1);
  const out: number[] = [];
  for (const k of byRarity) {
    if (fixed[k] && fixed[k + 1]) continue;
    fixed[k] = fixed[k + 1] = 1;
    out.push(k);
  }
  return out;
}

/** Start hits of a term given each of its bigrams' hits (in term order); in `room`'s array when given. */
export function phraseStarts(
  lists: readonly Float64Array[],
  meter?: SearchMeter,
  room?: { into: MatchRoom; term: number },
): Float64Array {
  if (lists.length === 0) return new Float64Array(0);
  // One bigram: its hits are the starts (the index's own array, never written to).
  if (lists.length === 1) {
    if (meter) meter.candidates += lists[0]!.length;
    return lists[0]!;
  }
  const order = cover(lists.map((_, i) => i).sort((a, b) => lists[a]!.length - lists[b]!.length));
  const rarest = order[0]!;
  const first = lists[rarest]!;
  const out = room ? room.into.array(room.term, first.length) : new Float64Array(first.length);
  let n = 0;
  for (let i = 0; i < first.length; i++) {
    const hit = first[i]!;
    // The phrase would start before its turn: a bigram at offset k cannot be the term's (k+1)th or later. (The
    // offset by subtraction: % on numbers past 2^31 is a call to fmod.)
    if (hit - Math.floor(hit * PER_TURN) * TURN < rarest) continue;
    out[n++] = hit - rarest;
  }
  if (meter) meter.candidates += n;
  for (let o = 1; o < order.length && n > 0; o++) {
    const j = order[o]!;
    const list = lists[j]!;
    let at = 0;
    let kept = 0;
    for (let i = 0; i < n; i++) {
      const want = out[i]! + j;
      at = gallop(list, want, at, meter);
      if (at >= list.length) break;
      if (list[at] === want) out[kept++] = out[i]!;
    }
    n = kept;
  }
  return out.subarray(0, n);
}

/** The sorted turn keys (conference * 2^14 + turn) that hold at least one of `hits`. */
function turnKeys(hits: Float64Array): Float64Array {
  const out = new Float64Array(hits.length);
  let n = 0;
  for (let i = 0; i < hits.length; i++) {
    const key = Math.floor(hits[i]! / TURN);
    if (n === 0 || out[n - 1] !== key) out[n++] = key;
  }
  return out.subarray(0, n);
}

function intersect(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(Math.min(a.length, b.length));
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out[n++] = a[i]!;
      i++;
      j++;
    }
  }
  return out.subarray(0, n);
}

/** Several terms' starts: only those in turns holding every term, merged in order, with each term's length. */
function combine(perTerm: readonly Float64Array[], lengths: readonly number[]): MatchSet {
  const keys = perTerm.map(turnKeys).reduce(intersect);
  const kept = perTerm.map((starts) => {
    const out = new Float64Array(starts.length);
    let n = 0;
    let k = 0;
    for (let i = 0; i < starts.length; i++) {
      const key = Math.floor(starts[i]! / TURN);
      while (k < keys.length && keys[k]! < key) k++;
      if (keys[k] === key) out[n++] = starts[i]!;
    }
    return out.subarray(0, n);
  });
  const total = kept.reduce((n, l) => n + l.length, 0);
  const hits = new Float64Array(total);
  const lens = new Uint16Array(total);
  const at = kept.map(() => 0);
  for (let o = 0; o < total; o++) {
    let best = -1;
    for (let t = 0; t < kept.length; t++) {
      if (at[t]! < kept[t]!.length && (best < 0 || kept[t]![at[t]!]! < kept[best]![at[best]!]!)) best = t;
    }
    hits[o] = kept[best]![at[best]!++]!;
    lens[o] = lengths[best]!;
  }
  return { hits, lengths: lens };
}

/** Every occurrence of every term of the query. With several terms a turn is kept only when it holds them all.
 *  With a room, the matches may live in its arrays: valid until the room is given to another search. */
export async function findMatches(
  source: HitSource,
  query: string,
  meter?: SearchMeter,
  into?: MatchRoom,
): Promise<MatchSet> {
  const terms = queryTerms(query);
  if (terms.length === 0) return NONE;
  const perTerm: Float64Array[] = [];
  for (const term of terms) {
    const room = into && { into, term: perTerm.length };
    perTerm.push(
      term.length === 1
        ? await source.prefixHits(term)
        : phraseStarts(await Promise.all(termGrams(term).map((g) => source.hits(g.gram))), meter, room),
    );
    // No need to read the other terms' lists once one term is nowhere.
    if (perTerm[perTerm.length - 1]!.length === 0) return NONE;
  }
  const lengths = terms.map((t) => Math.min(t.length, 65535));
  if (perTerm.length === 1) return { hits: perTerm[0]!, lengths: lengths[0]! };
  return combine(perTerm, lengths);
}

/** The distinct conferences of a match set, in order. */
export function conferencesOf(m: MatchSet): number[] {
  const out: number[] = [];
  let last = -1;
  for (let i = 0; i < m.hits.length; i++) {
    const c = confOf(m.hits[i]!);
    if (c !== last) out.push((last = c));
  }
  return out;
}

export { CONF, TURN };
