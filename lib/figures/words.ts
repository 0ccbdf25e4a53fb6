// Word and character lookups the figure reader shares: longest-match word indexes, set phrases, quoted names.
import {
  APPROX_AFTER,
  IDIOM_STEMS,
  NAME_TAILS_AFTER_UNIT,
  TIME_NOUNS_AFTER_GE,
  UNITS,
  type UnitClass,
} from './lexicon';
import { arabicDigit, isCnNumeralChar } from './numerals';

/** Words grouped by first character, longest first, for longest-match lookups without regex restarts. */
export function indexWords(words: readonly string[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const w of words) {
    const k = w[0]!;
    const list = m.get(k) ?? [];
    list.push(w);
    m.set(k, list);
  }
  for (const list of m.values()) list.sort((a, b) => b.length - a.length);
  return m;
}

/** Longest word of the index starting at i. */
export function matchAt(index: Map<string, string[]>, text: string, i: number): string | null {
  const list = index.get(text[i] ?? '');
  if (!list) return null;
  for (const w of list) if (text.startsWith(w, i)) return w;
  return null;
}

/** Longest word of the list ending right before `end`. */
export function matchBefore(words: readonly string[], text: string, end: number): string | null {
  let best: string | null = null;
  for (const w of words) {
    if (end - w.length < 0 || (best && best.length >= w.length)) continue;
    if (text.startsWith(w, end - w.length)) best = w;
  }
  return best;
}

export const UNIT_CLASS = new Map<string, UnitClass>(UNITS);
export const UNIT_INDEX = indexWords(UNITS.map(([w]) => w));
/** Currencies other than 元, which may also be printed before the number (新台幣300億元). */
export const CURRENCIES = UNITS.filter(([w, c]) => c === 'currency' && w !== '元').map(([w]) => w);
export const TIME_NOUN_INDEX = indexWords(TIME_NOUNS_AFTER_GE);
export const APPROX_AFTER_INDEX = indexWords(APPROX_AFTER);
export const NAME_TAIL_INDEX = indexWords(NAME_TAILS_AFTER_UNIT);

/** For each numeral character of a set phrase, where it sits in the phrase: 三番五次 → 五 at 2. */
export const IDIOMS_BY_CHAR = (() => {
  const m = new Map<string, Array<[string, number]>>();
  for (const stem of IDIOM_STEMS) {
    for (let k = 0; k < stem.length; k++) {
      const ch = stem[k]!;
      if (!isCnNumeralChar(ch)) continue;
      const list = m.get(ch) ?? [];
      list.push([stem, k]);
      m.set(ch, list);
    }
  }
  return m;
})();

export function inIdiom(text: string, s: number): boolean {
  const list = IDIOMS_BY_CHAR.get(text[s] ?? '');
  if (!list) return false;
  for (const [stem, k] of list) if (s - k >= 0 && text.startsWith(stem, s - k)) return true;
  return false;
}

/** Whether `ch` is one of the characters of `set` (false past the end of the text). */
export const oneOf = (set: string, ch: string | undefined): boolean =>
  ch !== undefined && ch.length === 1 && set.includes(ch);
export const isLatin = (c: string | undefined): boolean => c !== undefined && /^[A-Za-z]$/.test(c);
export const isArabicAt = (text: string, i: number): boolean => arabicDigit(text.charCodeAt(i)) >= 0;
export const RANGE_CONNECTORS = '-~―–—－～到至';
export const OPENERS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '《': '》', '〈': '〉' };
export const CLOSERS = '”」』》〉';

/** Short quoted phrases (“三年行動計劃”, 「一國兩制」) and titles (《…》) are names, not cited figures. */
export function inQuotedName(text: string, s: number, end: number): boolean {
  for (let j = s - 1; j >= 0 && j >= s - 40; j--) {
    const ch = text[j]!;
    if (CLOSERS.includes(ch) || ch === '\n') return false;
    const closer = OPENERS[ch];
    if (closer === undefined) continue;
    if (ch === '《' || ch === '〈') return true;
    if (s - j > 12) return false;
    for (let k = end; k < text.length && k - j <= 14; k++) if (text[k] === closer) return true;
    return false;
  }
  return false;
}
