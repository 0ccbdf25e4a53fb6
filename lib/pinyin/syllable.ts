// Syllables travel through the engine in one canonical form, tone-numbered Hanyu Pinyin with ü ("lü4",
// "de0" for the neutral tone), because both tone marks and zhuyin are derived from it without ambiguity.

export type ToneStyle = 'marks' | 'numbers' | 'zhuyin';

export interface NumberedSyllable {
  /** Letters without tone, lower case, ü kept as ü ("lü", "zhuang", "er"). */
  base: string;
  /** 1–4, or 0 for the neutral tone. */
  tone: 0 | 1 | 2 | 3 | 4;
}

const SYLLABLE_RE = /^([a-zêü]+)([0-5])?$/;

/** Parses "lü4", "lv4", "lu:4", "de0", "de5", "de" (no digit = neutral). Returns null for anything else. */
export function parseNumbered(input: string): NumberedSyllable | null {
  const s = input.trim().toLowerCase().replace(/u:|v/g, 'ü');
  const m = SYLLABLE_RE.exec(s);
  if (!m || m[1] === undefined) return null;
  const digit = m[2] === undefined ? 0 : Number(m[2]);
  return { base: m[1], tone: (digit === 5 ? 0 : digit) as NumberedSyllable['tone'] };
}

// Combining diacritics for tones 1–4; NFC composes them with the vowel (ā, ǘ, ế…).
const TONE_MARKS = ['', '\u0304', '\u0301', '\u030C', '\u0300'] as const;

/** Index of the letter that carries the tone mark, following the standard rule:
 *  a or e if present, the o of "ou", otherwise the last vowel; syllabic m/n for "m", "n", "ng", "hm", "hng". */
function markIndex(base: string): number {
  const a = base.indexOf('a');
  if (a >= 0) return a;
  const e = base.search(/[eê]/);
  if (e >= 0) return e;
  const ou = base.indexOf('ou');
  if (ou >= 0) return ou;
  for (let i = base.length - 1; i >= 0; i--) if ('iouü'.includes(base[i] as string)) return i;
  const nasal = base.search(/[mn]/);
  return nasal;
}

export function numberedToMarks(syl: NumberedSyllable): string {
  if (syl.tone === 0) return syl.base;
  const i = markIndex(syl.base);
  if (i < 0) return syl.base;
  return (syl.base.slice(0, i + 1) + TONE_MARKS[syl.tone] + syl.base.slice(i + 1)).normalize('NFC');
}

/** "yin2", "lü4"; the neutral tone is written 5 ("de5"), the convention of CC-CEDICT and most learner tools. */
export function numberedToString(syl: NumberedSyllable): string {
  return `${syl.base}${syl.tone === 0 ? 5 : syl.tone}`;
}
