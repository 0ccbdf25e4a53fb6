// A faster stand-in for opencc-js's Trie. opencc-js builds one nested Map per trie node (hundreds of thousands of
// Maps for the Simplified→Traditional phrase list: ~150 ms, ~40 MB). Here each dictionary is one flat
// Map<key, value> plus, per first UTF-16 unit, the longest key length, so "longest key that is a prefix of the
// text at i" is answered by a few Map lookups from the longest candidate down. The result is the same longest
// match the trie finds, so conversions are identical to opencc-js's (checked in the unit tests).

export interface Dict {
  readonly map: Map<string, string>;
  /** Longest key length (UTF-16 units) for each first code unit; 0 = no key starts with it. */
  readonly maxLen: Uint8Array;
  /** For keys of two units or more: first two units (c0 * 65536 + c1) → longest such key. Most positions in a
   *  text start no phrase at all, and this answers that with one lookup instead of one per candidate length. */
  readonly prefix2: Map<number, number>;
}

/** Dictionaries searched together; for a key present in several, the first dictionary wins (as in opencc-js,
 *  whose loadDictGroup loads the group in reverse so earlier dictionaries overwrite later ones). */
export interface Table {
  readonly dicts: readonly Dict[];
}

/** Parses opencc-js's serialised form "key value|key value|…" (only the first value is used, like opencc-js). */
export function parseDict(serialised: string): Dict {
  const map = new Map<string, string>();
  const maxLen = new Uint8Array(65536);
  const prefix2 = new Map<number, number>();
  const n = serialised.length;
  let start = 0;
  while (start < n) {
    let end = serialised.indexOf('|', start);
    if (end < 0) end = n;
    const space = serialised.indexOf(' ', start);
    if (space > start && space < end) {
      const key = serialised.slice(start, space);
      let valueEnd = serialised.indexOf(' ', space + 1);
      if (valueEnd < 0 || valueEnd > end) valueEnd = end;
      // Later duplicates overwrite earlier ones inside one dictionary, as Trie.addWord does.
      map.set(key, serialised.slice(space + 1, valueEnd));
      const first = key.charCodeAt(0);
      const len = Math.min(key.length, 255);
      if (len > (maxLen[first] ?? 0)) maxLen[first] = len;
      if (len > 1) {
        const p = first * 65536 + key.charCodeAt(1);
        if (len > (prefix2.get(p) ?? 0)) prefix2.set(p, len);
      }
    }
    start = end + 1;
  }
  return { map, maxLen, prefix2 };
}

export function makeTable(dicts: readonly Dict[]): Table {
  return { dicts };
}

/** Length of the longest key matching at i (0 if none); the value goes to out[0]. Across dictionaries the
 *  longest match wins and, for equal lengths, the earlier dictionary: the same answer as one merged trie. */
function matchAt(table: Table, s: string, i: number, out: string[]): number {
  const c0 = s.charCodeAt(i);
  const rest = s.length - i;
  let best = 0;
  for (const d of table.dicts) {
    if ((d.maxLen[c0] ?? 0) === 0) continue;
    let len = 0;
    if (rest > 1) {
      const longest = d.prefix2.get(c0 * 65536 + s.charCodeAt(i + 1));
      if (longest !== undefined) {
        for (let l = Math.min(longest, rest); l > best && l > 1; l--) {
          const v = d.map.get(s.substr(i, l));
          if (v !== undefined) {
            out[0] = v;
            len = l;
            break;
          }
        }
      }
    }
    if (len === 0 && best === 0) {
      const v = d.map.get(s[i] as string);
      if (v !== undefined) {
        out[0] = v;
        len = 1;
      }
    }
    if (len > best) best = len;
  }
  return best;
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
export function convertWith(table: Table, s: string): string {
  const n = s.length;
  let out = '';
  let plainFrom = 0;
  let i = 0;
  while (i < n) {
    const len = matchAt(table, s, i, scratch);
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
export function segmentWith(table: Table, s: string): string[] {
  const n = s.length;
  const segments: string[] = [];
  let plainFrom = -1;
  let i = 0;
  while (i < n) {
    const len = matchAt(table, s, i, scratch);
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
