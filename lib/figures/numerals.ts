// Numeral reading: Arabic (half- and full-width, thousands separators, decimals), Chinese (一百四十萬, 二○一四,
// 廿, 兩, 三點五), and both mixed with Chinese magnitudes (1.5萬億, 100個億). Malformed input yields null, never
// NaN or Infinity, and nothing here throws.

export interface NumeralValue {
  value: number;
  /** Upper bound when the numeral itself is a range (三四, 五六十). */
  high?: number;
}

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  '○': 0,
  零: 0,
  一: 1,
  二: 2,
  兩: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 廿 and 卅 are a digit and 十 in one character. */
const CN_TENS: Record<string, number> = { 廿: 20, 卅: 30, 卌: 40 };
const CN_SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/** 兆 is 10^12 as a magnitude (Taiwan and traditional usage); the scanner leaves 兆瓦-type prefixes out. */
const CN_BIG: Record<string, number> = { 萬: 1e4, 万: 1e4, 億: 1e8, 亿: 1e8, 兆: 1e12 };

// Character classes by UTF-16 code: the scanner tests every character of a transcript, and a table lookup
// avoids building a one-character string and hashing it for each of them.
const DIGIT = 1;
const SMALL = 2;
const BIG = 4;
const ARABIC = 8;
const CLASS = new Uint8Array(0x10000);
for (const ch of Object.keys(CN_DIGITS)) CLASS[ch.charCodeAt(0)] = DIGIT;
for (const ch of [...Object.keys(CN_SMALL), ...Object.keys(CN_TENS)]) CLASS[ch.charCodeAt(0)] = SMALL;
for (const ch of Object.keys(CN_BIG)) CLASS[ch.charCodeAt(0)] = BIG;
for (let c = 48; c <= 57; c++) CLASS[c] = ARABIC;
for (let c = 0xff10; c <= 0xff19; c++) CLASS[c] = ARABIC;

const classOf = (ch: string | undefined): number =>
  ch === undefined || ch.length !== 1 ? 0 : CLASS[ch.charCodeAt(0)]!;
export const isCnDigit = (ch: string | undefined): boolean => classOf(ch) === DIGIT;
export const isCnSmallUnit = (ch: string | undefined): boolean => classOf(ch) === SMALL;
export const isCnBigUnit = (ch: string | undefined): boolean => classOf(ch) === BIG;
export const isCnNumeralChar = (ch: string | undefined): boolean => (classOf(ch) & (DIGIT | SMALL | BIG)) !== 0;
/** Whether the character at i can start a numeral (Arabic or Chinese digit, or a Chinese unit). */
export const isNumeralStartAt = (text: string, i: number): boolean => CLASS[text.charCodeAt(i)]! !== 0;
export const cnBigUnitValue = (ch: string): number | undefined => CN_BIG[ch];

/** ASCII or full-width digit value, or -1. */
export function arabicDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

/** Largest value we resolve: beyond it a double no longer holds the printed digits. */
const MAX_SAFE = 1e21;
const finite = (v: number): number | null => (Number.isFinite(v) && v >= 0 && v <= MAX_SAFE ? v : null);

/**
 * Reads a run of Chinese numeral characters (no Arabic digits). Returns null for a run that is not a numeral
 * (一百百, 十十, 萬萬).
 */
export function parseChineseNumeral(run: string): NumeralValue | null {
  if (run.length === 0) return null;
  const point = run.search(/[點点]/);
  if (point >= 0) return parseChineseDecimal(run, point);
  let hasUnit = false;
  for (const ch of run) if (isCnSmallUnit(ch) || isCnBigUnit(ch)) hasUnit = true;
  if (!hasUnit) return parseDigitSequence(run);
  return parseWithUnits(run);
}

/** 二○一四 = 2014; 三四 = 3 to 4 (two consecutive digits are a range). */
function parseDigitSequence(run: string): NumeralValue | null {
  const digits: number[] = [];
  for (const ch of run) {
    const d = CN_DIGITS[ch];
    if (d === undefined) return null;
    digits.push(d);
  }
  if (digits.length === 2 && digits[0]! > 0 && digits[1] === digits[0]! + 1) {
    return { value: digits[0]!, high: digits[1]! };
  }
  if (digits.length > 15) return null;
  let v = 0;
  for (const d of digits) v = v * 10 + d;
  return { value: v };
}

/** Where parseWithUnits stands after each character of a numeral with units (一百四十萬, 五六十, 萬億). */
interface UnitReading {
  total: number;
  section: number;
  /** Pending digit, not yet multiplied. */
  digit: number;
  /** 五六十: the second of two consecutive digits. */
  rangeHigh: number;
  /** Small units must fall within a section: 千 > 百 > 十. */
  lastSmall: number;
  /** Raw value of the last big unit (萬 = 1e4). */
  lastBigRaw: number;
  /** Absolute magnitude reached by the last big unit (萬億 = 1e12). */
  bigMag: number;
  /** A 零 since the last unit disables the 一百二 = 120 shorthand. */
  zeroSince: boolean;
  /** The most recent unit, for the shorthand. */
  lastUnitValue: number;
  highSection: number;
}

function parseWithUnits(run: string): NumeralValue | null {
  const r: UnitReading = {
    total: 0,
    section: 0,
    digit: -1,
    rangeHigh: -1,
    lastSmall: Infinity,
    lastBigRaw: 0,
    bigMag: Infinity,
    zeroSince: false,
    lastUnitValue: 0,
    highSection: -1,
  };
  for (const ch of run) if (!readUnitChar(r, ch)) return null;
  return unitValue(r);
}

/** Takes one character into the reading; false when the run cannot be a numeral. */
function readUnitChar(r: UnitReading, ch: string): boolean {
  const d = CN_DIGITS[ch];
  if (d !== undefined) return readDigit(r, d);
  const tens = CN_TENS[ch];
  if (tens !== undefined) return readTens(r, tens);
  const small = CN_SMALL[ch];
  if (small !== undefined) return readSmallUnit(r, small);
  const big = CN_BIG[ch];
  return big !== undefined && readBigUnit(r, big);
}

function readDigit(r: UnitReading, d: number): boolean {
  if (d === 0) {
    r.zeroSince = true;
    if (r.digit > 0) return false; // 三零 inside a unit numeral
    r.digit = -1;
    return true;
  }
  if (r.digit >= 0) {
    if (r.rangeHigh < 0 && d === r.digit + 1) {
      r.rangeHigh = d;
      return true;
    }
    return false;
  }
  r.digit = d;
  return true;
}

/** 廿, 卅, 卌: a digit and 十 in one character. */
function readTens(r: UnitReading, tens: number): boolean {
  if (r.digit >= 0 || r.lastSmall <= 10) return false;
  r.section += tens;
  r.lastSmall = 10;
  r.lastUnitValue = 10;
  r.zeroSince = false;
  return true;
}

/** 十, 百, 千 within a section. */
function readSmallUnit(r: UnitReading, small: number): boolean {
  if (small >= r.lastSmall) return false; // 一百百, 十十
  const n = r.digit >= 0 ? r.digit : small === 10 ? 1 : r.section === 0 && r.total === 0 ? 1 : -1;
  if (n < 0) return false; // 三千百
  if (r.rangeHigh >= 0) {
    r.highSection = r.section + r.rangeHigh * small;
    r.rangeHigh = -1;
  }
  r.section += n * small;
  r.digit = -1;
  r.lastSmall = small;
  r.lastUnitValue = small;
  r.zeroSince = false;
  return true;
}

/** 萬, 億, 兆: closes a section, or scales everything read so far (萬億). */
function readBigUnit(r: UnitReading, big: number): boolean {
  if (r.digit >= 0) r.section += r.digit;
  if (r.rangeHigh >= 0) {
    r.highSection = r.section - r.digit + r.rangeHigh;
    r.rangeHigh = -1;
  }
  r.digit = -1;
  if (r.section === 0 && r.total === 0) r.section = 1; // 萬 alone reads as 10^4; callers decide if that is a figure
  if (r.total > 0 && r.section === 0 && big > r.lastBigRaw) {
    // 萬億: the second big unit scales everything read so far
    r.total *= big;
    if (r.highSection >= 0) r.highSection *= big;
    r.bigMag = r.bigMag * big;
  } else {
    if (big >= r.bigMag) return false; // 萬萬 or 萬…萬
    if (r.highSection >= 0) r.highSection = r.total + r.highSection * big;
    r.total += r.section * big;
    r.bigMag = big;
  }
  r.lastBigRaw = big;
  r.section = 0;
  r.lastSmall = Infinity;
  r.lastUnitValue = big;
  r.zeroSince = false;
  return true;
}

/** The value once every character is read: a trailing digit, a range, the 一百二 shorthand. */
function unitValue(r: UnitReading): NumeralValue | null {
  const { total, digit, rangeHigh, highSection } = r;
  let section = r.section;
  if (rangeHigh >= 0) {
    // 二十三四 = 23 to 24
    if (digit < 0) return null;
    const lowV = finite(total + section + digit);
    const highV = finite(total + section + rangeHigh);
    return lowV === null || highV === null ? null : { value: lowV, high: highV };
  }
  if (digit >= 0) {
    // 一百二 = 120, 一萬五 = 15000: a trailing digit right after a unit of 100 or more counts one step lower
    if (!r.zeroSince && r.lastUnitValue >= 100) section += (digit * r.lastUnitValue) / 10;
    else section += digit;
  }
  const value = finite(total + section);
  if (value === null) return null;
  if (highSection >= 0) {
    const high = finite(highSection >= value ? highSection : highSection + section);
    if (high !== null && high > value) return { value, high };
  }
  return { value };
}

/** 三點五 = 3.5, 零點三 = 0.3, 三點五萬 = 35000. */
function parseChineseDecimal(run: string, point: number): NumeralValue | null {
  const intPart = run.slice(0, point);
  let i = point + 1;
  let frac = '';
  while (i < run.length && CN_DIGITS[run[i]!] !== undefined) frac += String(CN_DIGITS[run[i++]!]);
  if (frac.length === 0) return null;
  let mag = 1;
  for (; i < run.length; i++) {
    const big = CN_BIG[run[i]!];
    const small = CN_SMALL[run[i]!];
    if (big !== undefined) mag *= big;
    else if (small !== undefined && i + 1 < run.length)
      mag *= small; // 三點五千萬
    else return null;
  }
  let whole = 0;
  if (intPart.length > 0) {
    for (const ch of intPart) if (isCnBigUnit(ch)) return null;
    const w = parseChineseNumeral(intPart);
    if (w === null || w.high !== undefined) return null;
    whole = w.value;
  }
  return wrap(Number(`${whole}.${frac}`) * mag);
}

const wrap = (v: number): NumeralValue | null => {
  const f = finite(v);
  return f === null ? null : { value: roundFloat(f) };
};

/** 1.1 * 1e8 is 110000000.00000001 in binary: round to 12 significant digits to print what was meant. */
export function roundFloat(v: number): number {
  if (v === 0 || Number.isInteger(v)) return v;
  return Number(v.toPrecision(12));
}

/**
 * Reads Arabic digits starting at `start` (ASCII or full-width), with thousands separators (3,000) and one decimal
 * point. Returns the value and where the digits end, or null when there is no digit there. `malformed` is set for
 * runs such as 1..5 or 1.2.3, which callers must not report.
 */
export function readArabic(
  text: string,
  start: number,
): { value: number; end: number; digits: number; decimal: boolean; malformed: boolean } | null {
  let i = start;
  let intStr = '';
  let fracStr = '';
  let malformed = false;
  const n = text.length;
  let groupLen = 0; // digits since the last thousands separator
  let sawComma = false;
  while (i < n) {
    const d = arabicDigit(text.charCodeAt(i));
    if (d >= 0) {
      intStr += d;
      groupLen++;
      i++;
      continue;
    }
    // thousands separator: 1-3 leading digits, then groups of exactly three (3,000 and 1,234,567, not 12,34)
    if (text[i] === ',' && (sawComma ? groupLen === 3 : groupLen >= 1 && groupLen <= 3)) {
      let k = 0;
      while (k < 4 && arabicDigit(text.charCodeAt(i + 1 + k)) >= 0) k++;
      if (k === 3) {
        sawComma = true;
        groupLen = 0;
        i++;
        continue;
      }
    }
    break;
  }
  if (intStr.length === 0) return null;
  const c = text[i];
  if ((c === '.' || c === '．') && arabicDigit(text.charCodeAt(i + 1)) >= 0) {
    i++;
    while (i < n) {
      const d = arabicDigit(text.charCodeAt(i));
      if (d < 0) break;
      fracStr += d;
      i++;
    }
    const c2 = text[i];
    if ((c2 === '.' || c2 === '．') && arabicDigit(text.charCodeAt(i + 1)) >= 0) malformed = true; // 1.2.3
  } else if ((c === '.' || c === '．') && (text[i + 1] === '.' || text[i + 1] === '．')) {
    malformed = true; // 1..5
    while (i < n && (text[i] === '.' || text[i] === '．' || arabicDigit(text.charCodeAt(i)) >= 0)) i++;
  }
  if (malformed) {
    while (i < n && (text[i] === '.' || text[i] === '．' || arabicDigit(text.charCodeAt(i)) >= 0)) i++;
  }
  const digits = intStr.replace(/^0+(?=\d)/, '').length;
  if (digits > 15) malformed = true; // more digits than a double holds: an identifier, not a quantity
  const value = Number(fracStr ? `${intStr}.${fracStr}` : intStr);
  if (!Number.isFinite(value)) malformed = true;
  return { value: Number.isFinite(value) ? value : 0, end: i, digits, decimal: fracStr.length > 0, malformed };
}

/** Product of a run of magnitude characters after an Arabic number: 萬 = 1e4, 千萬 = 1e7, 萬億 = 1e12. */
export function magnitudeOf(run: string): number | null {
  if (run.length === 0) return 1;
  let mag = 1;
  let sawBig = false;
  let lastSmall = Infinity;
  for (const ch of run) {
    const big = CN_BIG[ch];
    if (big !== undefined) {
      mag *= big;
      sawBig = true;
      continue;
    }
    const small = CN_SMALL[ch];
    if (small === undefined || sawBig || small >= lastSmall) return null;
    mag *= small;
    lastSmall = small;
  }
  return mag;
}

/**
 * Parses a whole numeral string in any of the supported forms: "159億", "1.5萬億", "3,000", "３０",
 * "一百四十萬", "二○一四", "廿三", "100個億", "三點五". Returns null for anything that is not exactly one numeral.
 */
export function parseNumeral(input: string): NumeralValue | null {
  const s = input.replace(/[個个](?=[萬万億亿])/g, '');
  if (s.length === 0) return null;
  if (arabicDigit(s.charCodeAt(0)) >= 0) {
    const a = readArabic(s, 0);
    if (a === null || a.malformed) return null;
    const mag = magnitudeOf(s.slice(a.end));
    if (mag === null) return null;
    return wrap(a.value * mag);
  }
  for (const ch of s) if (!isCnNumeralChar(ch) && ch !== '點' && ch !== '点') return null;
  return parseChineseNumeral(s);
}
