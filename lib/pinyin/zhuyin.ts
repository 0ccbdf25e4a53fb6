// Pinyin → Zhuyin (bopomofo). Pinyin spelling rules hide the real final behind y/w and after j/q/x, so the
// syllable is first restored to its initial + full final, then both are looked up in the standard tables.
import type { NumberedSyllable } from './syllable';

const INITIALS: ReadonlyArray<readonly [string, string]> = [
  ['zh', 'ㄓ'],
  ['ch', 'ㄔ'],
  ['sh', 'ㄕ'],
  ['b', 'ㄅ'],
  ['p', 'ㄆ'],
  ['m', 'ㄇ'],
  ['f', 'ㄈ'],
  ['d', 'ㄉ'],
  ['t', 'ㄊ'],
  ['n', 'ㄋ'],
  ['l', 'ㄌ'],
  ['g', 'ㄍ'],
  ['k', 'ㄎ'],
  ['h', 'ㄏ'],
  ['j', 'ㄐ'],
  ['q', 'ㄑ'],
  ['x', 'ㄒ'],
  ['r', 'ㄖ'],
  ['z', 'ㄗ'],
  ['c', 'ㄘ'],
  ['s', 'ㄙ'],
];

const FINALS: Readonly<Record<string, string>> = {
  a: 'ㄚ',
  o: 'ㄛ',
  e: 'ㄜ',
  ê: 'ㄝ',
  ai: 'ㄞ',
  ei: 'ㄟ',
  ao: 'ㄠ',
  ou: 'ㄡ',
  an: 'ㄢ',
  en: 'ㄣ',
  ang: 'ㄤ',
  eng: 'ㄥ',
  ong: 'ㄨㄥ',
  er: 'ㄦ',
  i: 'ㄧ',
  ia: 'ㄧㄚ',
  io: 'ㄧㄛ',
  ie: 'ㄧㄝ',
  iai: 'ㄧㄞ',
  iao: 'ㄧㄠ',
  iu: 'ㄧㄡ',
  iou: 'ㄧㄡ',
  ian: 'ㄧㄢ',
  in: 'ㄧㄣ',
  iang: 'ㄧㄤ',
  ing: 'ㄧㄥ',
  iong: 'ㄩㄥ',
  u: 'ㄨ',
  ua: 'ㄨㄚ',
  uo: 'ㄨㄛ',
  uai: 'ㄨㄞ',
  ui: 'ㄨㄟ',
  uei: 'ㄨㄟ',
  uan: 'ㄨㄢ',
  un: 'ㄨㄣ',
  uen: 'ㄨㄣ',
  uang: 'ㄨㄤ',
  ueng: 'ㄨㄥ',
  ü: 'ㄩ',
  üe: 'ㄩㄝ',
  üan: 'ㄩㄢ',
  ün: 'ㄩㄣ',
};

// y-/w- spellings of zero-initial syllables, longest first.
const ZERO_INITIAL: ReadonlyArray<readonly [string, string]> = [
  ['yuan', 'üan'],
  ['yue', 'üe'],
  ['yun', 'ün'],
  ['yu', 'ü'],
  ['yi', 'i'],
  ['y', 'i'],
  ['wu', 'u'],
  ['w', 'u'],
];

// Syllabic nasals and interjections that have no regular initial + final analysis.
const SPECIAL: Readonly<Record<string, string>> = {
  m: 'ㄇ',
  n: 'ㄣ',
  ng: 'ㄫ',
  hm: 'ㄏㄇ',
  hng: 'ㄏㄫ',
  ê: 'ㄝ',
};

const TONES = ['˙', '', 'ˊ', 'ˇ', 'ˋ'] as const;

function bopomofoOf(base: string): string | null {
  const special = SPECIAL[base];
  if (special) return special;
  let initial = '';
  let final = base;
  for (const [latin, zhuyin] of INITIALS) {
    if (base.startsWith(latin)) {
      initial = zhuyin;
      final = base.slice(latin.length);
      break;
    }
  }
  if (!initial) {
    for (const [spelling, full] of ZERO_INITIAL) {
      if (base.startsWith(spelling)) {
        final = full + base.slice(spelling.length);
        break;
      }
    }
  } else if ('ㄐㄑㄒ'.includes(initial) && final.startsWith('u')) {
    final = 'ü' + final.slice(1);
  }
  // zhi chi shi ri zi ci si: the "i" is only a spelling placeholder, bopomofo writes the initial alone.
  if (final === 'i' && initial !== '' && 'ㄓㄔㄕㄖㄗㄘㄙ'.includes(initial)) return initial;
  const finalZhuyin = FINALS[final];
  if (finalZhuyin === undefined) return null;
  return initial + finalZhuyin;
}

/** ㄧㄣˊ for yin2, ㄌㄩˋ for lü4, ˙ㄉㄜ for de0 (the neutral-tone dot goes first); first tone is unmarked. */
export function numberedToZhuyin(syl: NumberedSyllable): string | null {
  const body = bopomofoOf(syl.base);
  if (body === null) return null;
  return syl.tone === 0 ? TONES[0] + body : body + TONES[syl.tone];
}
