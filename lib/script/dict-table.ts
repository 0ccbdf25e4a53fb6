// A faster stand-in for opencc-js's Trie. opencc-js builds one nested Map per trie node (hundreds of thousands of
// Maps for the Simplified→Traditional phrase list: ~150 ms, ~40 MB). Here each dictionary is two flat maps (keys of
// one UTF-16 unit by char code, longer keys by string) plus, per first two units, a bitmask of the key lengths that
// exist, so "longest key that is a prefix of the text at i" costs one lookup for the mask and one per length
// actually present, longest first. The result is the same longest match the trie finds, so conversions are
// identical to opencc-js's (checked in the unit tests).

/** Key lengths up to this one are kept exactly in the masks; longer keys set LONG and are tried one length at a
 *  time (opencc-js's longest key is 15 units). */
const MASK_LENGTHS = 30;
const LONG = 1 << 31;

export interface Dict {
  /** Keys of one UTF-16 unit, by char code. */
  readonly chars: Map<number, string>;
  /** Keys of two units or more. */
  readonly phrases: Map<string, string>;
  /** Two bits per first code unit (flagsOf): 1 = a one-unit key, 2 = a longer key starts with it. 16 KB where
   *  a byte per unit took 64 KB, for each of the dozen dictionaries a page may use. */
  readonly first: Uint32Array;
  /** pairKey(first two units) → bit l set for each length l ≥ 2 of a key starting with them (LONG: one longer
   *  than MASK_LENGTHS). pairKey folds the top bit of each unit, so a mask may name lengths of a neighbouring
   *  pair too: candidates are always checked in `phrases`. */
  readonly lengths: Map<number, number>;
  /** Longest key length. */
  readonly longest: number;
  /** Bit set of hashed key prefixes of 3 to PREFIX_MAX units (large dictionaries only): where the text at i
   *  does not start any key's 3-unit prefix, only 2-unit keys are tried, and so on. A trie would stop there too;
   *  a hash collision only costs a probe, never a match. */
  readonly prefixes: Uint32Array | null;
}

/** Dictionaries searched together; for a key present in several, the first dictionary wins (as in opencc-js,
 *  whose loadDictGroup loads the group in reverse so earlier dictionaries overwrite later ones). */
export interface Table {
  readonly dicts: readonly Dict[];
}

const PREFIX_MAX = 6;
/** Below this many phrases the probes the prefix bits save do not pay for building them. */
const PREFIX_BITS_FROM = 1000;

function prefixHash(h: number, unit: number, length: number): number {
  return (Math.imul(h ^ unit, 0x85ebca6b) + length) | 0;
}
function prefixStart(c0: number, c1: number): number {
  return Math.imul(c0, 0x9e3779b1) ^ c1;
}
function bitOf(h: number, mask: number): number {
  return (h ^ (h >>> 16)) & mask;
}

function buildPrefixes(phrases: Map<string, string>): Uint32Array | null {
  if (phrases.size < PREFIX_BITS_FROM) return null;
  // About 16 bits per phrase: a few percent of false positives.
  let bits = 1 << 10;
  while (bits < phrases.size * 16) bits <<= 1;
  const set = new Uint32Array(bits >>> 5);
  const mask = bits - 1;
  for (const key of phrases.keys()) {
    let h = prefixStart(key.charCodeAt(0), key.charCodeAt(1));
    for (let j = 2; j < key.length && j < PREFIX_MAX; j++) {
      h = prefixHash(h, key.charCodeAt(j), j + 1);
      const b = bitOf(h, mask);
      set[b >>> 5] = (set[b >>> 5] ?? 0) | (1 << (b & 31));
    }
  }
  return set;
}

/** How far (up to PREFIX_MAX) the text at i can follow some key's prefix, from the prefix bits; rest when it
 *  reaches PREFIX_MAX. */
function prefixReach(set: Uint32Array, s: string, i: number, rest: number): number {
  const mask = set.length * 32 - 1;
  let h = prefixStart(s.charCodeAt(i), s.charCodeAt(i + 1));
  for (let j = 2; j < rest; j++) {
    if (j >= PREFIX_MAX) return rest;
    h = prefixHash(h, s.charCodeAt(i + j), j + 1);
    const b = bitOf(h, mask);
    if (((set[b >>> 5] ?? 0) & (1 << (b & 31))) === 0) return j;
  }
  return rest;
}

/** Two code units in 30 bits, a small integer in every engine (V8 with pointer compression keeps 31 bits). */
function pairKey(c0: number, c1: number): number {
  return ((c0 & 0x7fff) << 15) | (c1 & 0x7fff);
}

function setFlag(first: Uint32Array, unit: number, flag: 1 | 2): void {
  first[unit >>> 4] = (first[unit >>> 4] ?? 0) | (flag << ((unit & 15) << 1));
}
function flagsOf(first: Uint32Array, unit: number): number {
  return ((first[unit >>> 4] ?? 0) >>> ((unit & 15) << 1)) & 3;
}

/** Parses opencc-js's serialised form "key value|key value|…" (only the first value is used, like opencc-js). */
export function parseDict(serialised: string): Dict {
  const chars = new Map<number, string>();
  const phrases = new Map<string, string>();
  const first = new Uint32Array(65536 / 16);
  const lengths = new Map<number, number>();
  let longest = 0;
  const n = serialised.length;
  let start = 0;
  while (start < n) {
    let end = serialised.indexOf('|', start);
    if (end < 0) end = n;
    const space = serialised.indexOf(' ', start);
    if (space > start && space < end) {
      const len = space - start;
      let valueEnd = serialised.indexOf(' ', space + 1);
      if (valueEnd < 0 || valueEnd > end) valueEnd = end;
      const value = serialised.slice(space + 1, valueEnd);
      const c0 = serialised.charCodeAt(start);
      // Later duplicates overwrite earlier ones inside one dictionary, as Trie.addWord does.
      if (len === 1) {
        chars.set(c0, value);
        setFlag(first, c0, 1);
      } else {
        phrases.set(serialised.slice(start, space), value);
        setFlag(first, c0, 2);
        const p = pairKey(c0, serialised.charCodeAt(start + 1));
        lengths.set(p, (lengths.get(p) ?? 0) | (len > MASK_LENGTHS ? LONG : 1 << len));
      }
      if (len > longest) longest = len;
    }
    start = end + 1;
  }
  return { chars, phrases, first, lengths, longest, prefixes: buildPrefixes(phrases) };
}

export function makeTable(dicts: readonly Dict[]): Table {
  return { dicts };
}

/** Counts dictionary probes (tests of linearity); no effect on the result. */
export interface ProbeMeter {
  probes: number;
}

/** Length of the longest key matching at i (0 if none); the value goes to out[0]. Across dictionaries the
 *  longest match wins and, for equal lengths, the earlier dictionary: the same answer as one merged trie. */
function matchAt(table: Table, s: string, i: number, out: string[], meter?: ProbeMeter): number {
  const c0 = s.charCodeAt(i);
  const rest = s.length - i;
  const pair = rest > 1 ? pairKey(c0, s.charCodeAt(i + 1)) : -1;
  let best = 0;
  for (const d of table.dicts) {
    const f = flagsOf(d.first, c0);
    if (f === 0) continue;
    let len = 0;
    if (f & 2 && pair >= 0) {
      if (meter) meter.probes++;
      const mask = d.lengths.get(pair);
      if (mask !== undefined) len = longestPhrase(d, s, i, mask, Math.max(best + 1, 2), rest, out, meter);
    }
    if (len === 0 && best === 0 && f & 1) {
      if (meter) meter.probes++;
      const v = d.chars.get(c0);
      if (v !== undefined) {
        out[0] = v;
        len = 1;
      }
    }
    if (len > best) best = len;
  }
  return best;
}

/** The longest key of d at i with a length in [min, rest] among those `mask` names; 0 if none. */
function longestPhrase(
  d: Dict,
  s: string,
  i: number,
  mask: number,
  min: number,
  rest: number,
  out: string[],
  meter?: ProbeMeter,
): number {
  if (d.prefixes) rest = prefixReach(d.prefixes, s, i, rest);
  if (mask & LONG && rest > MASK_LENGTHS) {
    for (let l = Math.min(d.longest, rest); l > MASK_LENGTHS && l >= min; l--) {
      if (meter) meter.probes++;
      const v = d.phrases.get(s.substr(i, l));
      if (v !== undefined) {
        out[0] = v;
        return l;
      }
    }
  }
  let m = mask & ~LONG;
  if (rest < MASK_LENGTHS) m &= (2 << rest) - 1;
  while (m !== 0) {
    const l = 31 - Math.clz32(m);
    if (l < min) return 0;
    if (meter) meter.probes++;
    const v = d.phrases.get(s.substr(i, l));
    if (v !== undefined) {
      out[0] = v;
      return l;
    }
    m &= ~(1 << l);
  }
  return 0;
}

// opencc-js skips an unmatched Ideographic Description Sequence as one unit; mirrored so results stay identical.
function idsArity(cp: number): number {
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}

function cpLen(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
}

function idsEnd(s: string, i: number): number {
  const arity = idsArity(s.codePointAt(i) ?? 0);
  if (arity === 0) return 0;
  let end = i + cpLen(s, i);
  for (let k = 0; k < arity; k++) {
    if (end >= s.length) return 0;
    const child = idsEnd(s, end);
    end = child || end + cpLen(s, end);
  }
  return end;
}

function unmatchedLen(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0x2ff0 && c <= 0x2fff) {
    const e = idsEnd(s, i);
    if (e > i) return e - i;
  }
  return cpLen(s, i);
}

const scratch: string[] = [''];

/** Longest-match replacement, as opencc-js Trie.convert. */
export function convertWith(table: Table, s: string, meter?: ProbeMeter): string {
  const n = s.length;
  let out = '';
  let plainFrom = 0;
  let i = 0;
  while (i < n) {
    const len = matchAt(table, s, i, scratch, meter);
    if (len > 0) {
      if (plainFrom < i) out += s.slice(plainFrom, i);
      out += scratch[0];
      i += len;
      plainFrom = i;
    } else {
      i += unmatchedLen(s, i);
    }
  }
  if (plainFrom === 0) return s;
  return plainFrom < n ? out + s.slice(plainFrom) : out;
}

/** Cuts s into longest-match segments and the unmatched runs between them, as opencc-js Trie.segment. */
export function segmentWith(table: Table, s: string, meter?: ProbeMeter): string[] {
  const n = s.length;
  const segments: string[] = [];
  let plainFrom = -1;
  let i = 0;
  while (i < n) {
    const len = matchAt(table, s, i, scratch, meter);
    if (len > 0) {
      if (plainFrom >= 0) {
        segments.push(s.slice(plainFrom, i));
        plainFrom = -1;
      }
      segments.push(s.slice(i, i + len));
      i += len;
    } else {
      if (plainFrom < 0) plainFrom = i;
      i += unmatchedLen(s, i);
    }
  }
  if (plainFrom >= 0) segments.push(s.slice(plainFrom));
  return segments;
}
