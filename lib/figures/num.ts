// The numeral token at a position: Arabic or Chinese, with its magnitude (萬, 億), 多/余 before a magnitude, and the
// flags the figure reader decides with.
import { MEGA_FOLLOWERS } from './lexicon';
import {
  isCnBigUnit,
  isCnDigit,
  isCnNumeralChar,
  magnitudeOf,
  parseChineseNumeral,
  readArabic,
  roundFloat,
} from './numerals';
import { isArabicAt, matchAt, oneOf, UNIT_INDEX } from './words';

export interface Num {
  start: number;
  end: number;
  value: number;
  high?: number;
  arabic: boolean;
  /** Arabic digits before the decimal point (2018 → 4). */
  digits: number;
  integer: boolean;
  /** The Chinese numeral characters as printed (empty for Arabic). */
  run: string;
  /** A Chinese magnitude (萬, 億) applies. */
  magnitude: boolean;
  /** The run is only magnitude characters (百, 千萬): needs a cue such as 上千 or 近百 to be a figure. */
  bareMagnitude: boolean;
  /** 多/余/來 sat between the numeral and its magnitude or measure word. */
  approx: boolean;
  malformed: boolean;
}

/** Magnitude characters after an Arabic number or inside a Chinese one, stopping before 兆瓦 and 千米. */
export function magnitudeRunEnd(text: string, i: number, chars: (ch: string) => boolean): number {
  let j = i;
  while (j < text.length && chars(text[j]!)) {
    if (text[j] === '兆' && oneOf(MEGA_FOLLOWERS, text[j + 1])) break;
    if (text[j] === '千' && matchAt(UNIT_INDEX, text, j)?.startsWith('千')) break;
    j++;
  }
  return j;
}

export const isArabicMagnitude = (ch: string): boolean => ch === '百' || ch === '千' || isCnBigUnit(ch);

/** 多/余 or 個 between a numeral and a magnitude: 300多萬, 100個億. */
export function applyTrailingMagnitude(text: string, num: Num): void {
  const mid = text[num.end];
  if (mid === undefined || !isCnBigUnit(text[num.end + 1] ?? '')) return;
  const isGe = mid === '個' || mid === '个';
  if (!isGe && !'多余餘'.includes(mid)) return;
  const magEnd = magnitudeRunEnd(text, num.end + 1, isCnBigUnit);
  const mag = magnitudeOf(text.slice(num.end + 1, magEnd));
  if (mag === null || mag === 1) return;
  num.value = roundFloat(num.value * mag);
  if (num.high !== undefined) num.high = roundFloat(num.high * mag);
  num.end = magEnd;
  num.magnitude = true;
  if (!isGe) num.approx = true;
}

export function readNum(text: string, s: number): Num | null {
  if (isArabicAt(text, s)) {
    const a = readArabic(text, s);
    if (a === null) return null;
    const num: Num = {
      start: s,
      end: a.end,
      value: a.value,
      arabic: true,
      digits: a.digits,
      integer: !a.decimal,
      run: '',
      magnitude: false,
      bareMagnitude: false,
      approx: false,
      malformed: a.malformed,
    };
    if (a.malformed) return num;
    const magEnd = magnitudeRunEnd(text, a.end, isArabicMagnitude);
    const mag = magEnd > a.end ? magnitudeOf(text.slice(a.end, magEnd)) : null;
    if (mag !== null) {
      num.value = roundFloat(a.value * mag);
      num.end = magEnd;
      num.magnitude = true;
    }
    applyTrailingMagnitude(text, num);
    return num;
  }
  let j = s;
  while (j < text.length) {
    const ch = text[j]!;
    if (isCnNumeralChar(ch)) {
      if (ch === '兆' && oneOf(MEGA_FOLLOWERS, text[j + 1])) break;
      if (ch === '千' && matchAt(UNIT_INDEX, text, j)?.startsWith('千')) break;
      j++;
      continue;
    }
    // 點 as a decimal point only between numeral characters: 三點五, not 三點意見
    if ((ch === '點' || ch === '点') && j > s && isCnDigit(text[j + 1] ?? '')) {
      j++;
      continue;
    }
    break;
  }
  if (j === s) return null;
  const run = text.slice(s, j);
  const parsed = parseChineseNumeral(run);
  let bare = true;
  let big = false;
  for (const ch of run) {
    if (isCnDigit(ch) || ch === '十' || ch === '廿' || ch === '卅') bare = false;
    if (isCnBigUnit(ch)) big = true;
  }
  const num: Num = {
    start: s,
    end: j,
    value: parsed?.value ?? 0,
    arabic: false,
    digits: 0,
    integer: parsed !== null && Number.isInteger(parsed.value),
    run,
    magnitude: big,
    bareMagnitude: bare,
    approx: false,
    malformed: parsed === null,
  };
  if (parsed?.high !== undefined) num.high = parsed.high;
  if (parsed !== null) applyTrailingMagnitude(text, num);
  return num;
}

/** The leading digit of a Chinese numeral (五千萬 → 5), or 0. */
export function firstDigit(run: string): number {
  const v = parseChineseNumeral(run[0] ?? '');
  return v !== null && run.length > 1 && isCnDigit(run[0]!) ? v.value : 0;
}
