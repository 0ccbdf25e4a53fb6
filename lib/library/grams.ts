// Character bigrams with their positions: the library's index. Chinese has no spaces, and a word segmenter would
// miss 外交 inside 外交部 or a name it does not know; every pair of adjacent characters finds a phrase anywhere.
// A position is packed into one number, turn * 2^18 + offset, so one conference's hits for one bigram are a
// single sorted Uint32Array (what IndexedDB stores) and a whole library's are conference * 2^32 + that.
import { normalise } from './normalise';

/** Offsets past this (a turn of over 262,000 characters) are not indexed; a turn index past MAX_TURNS neither. */
export const OFFSET_BITS = 18;
export const MAX_OFFSET = 2 ** OFFSET_BITS - 1;
export const MAX_TURNS = 2 ** (32 - OFFSET_BITS);
/** Stands after a turn's last character, so that every character starts a bigram and a one-character query finds
 *  it as the first half of some key. */
export const END = '\u0001';

export const pack = (turn: number, offset: number): number => turn * 2 ** OFFSET_BITS + offset;
export const turnOf = (position: number): number => Math.floor(position / 2 ** OFFSET_BITS) % MAX_TURNS;
export const offsetOf = (position: number): number => position % 2 ** OFFSET_BITS;
export const confOf = (hit: number): number => Math.floor(hit / 2 ** 32);
export const hitOf = (conf: number, position: number): number => conf * 2 ** 32 + position;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

/** The bigrams of one conference's turn texts, each with its sorted positions. */
export function conferenceGrams(turnTexts: readonly string[]): Map<string, Uint32Array> {
  const lists = new Map<string, number[]>();
  const limit = Math.min(turnTexts.length, MAX_TURNS);
  for (let turn = 0; turn < limit; turn++) {
    const text = normalise(turnTexts[turn] ?? '');
    const n = Math.min(text.length, MAX_OFFSET);
    for (let i = 0; i < n; i++) {
      if (isSpace(text.charCodeAt(i))) continue;
      const gram = text[i]! + (i + 1 < text.length ? text[i + 1]! : END);
      let list = lists.get(gram);
      if (!list) lists.set(gram, (list = []));
      list.push(pack(turn, i));
    }
  }
  const out = new Map<string, Uint32Array>();
  for (const [gram, list] of lists) out.set(gram, Uint32Array.from(list));
  return out;
}

/** The terms of a query: normalised, split on spaces. */
export function queryTerms(query: string): string[] {
  return normalise(query)
    .split(/\s+/)
    .filter((t) => t !== '');
}

/** The bigrams a term needs, each with its offset in the term. A one-character term needs none (see prefix). */
export function termGrams(term: string): { gram: string; at: number }[] {
  const out: { gram: string; at: number }[] = [];
  for (let i = 0; i + 1 < term.length; i++) out.push({ gram: term.slice(i, i + 2), at: i });
  return out;
}
