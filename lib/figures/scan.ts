// One left-to-right pass over a turn's text: at each numeral, read the figure around it (approximator, numeral,
// magnitude, range, unit, trailing approximator), then decide whether it is data or a set phrase. Every look
// around a numeral is bounded, so the pass is linear in the text length.
import type { Figure, FigureKind } from './types';
import {
  APPROX_AFTER,
  APPROX_BEFORE,
  APPROX_MIDDLE,
  CLOCK_CUES,
  IDIOM_STEMS,
  MEGA_FOLLOWERS,
  NAME_TAILS_AFTER_UNIT,
  NOT_APPROX_BEFORE_JIN,
  NOT_APPROX_BEFORE_YUE,
  NOT_PERCENT_AFTER_CHENG,
  RANK_CUES,
  TIME_NOUNS_AFTER_GE,
  UNITS,
  type UnitClass,
} from './lexicon';
import {
  arabicDigit,
  isCnBigUnit,
  isCnDigit,
  isCnNumeralChar,
  isNumeralStartAt,
  magnitudeOf,
  parseChineseNumeral,
  readArabic,
  roundFloat,
} from './numerals';

// ---------------------------------------------------------------- word lookup

/** Words grouped by first character, longest first, for longest-match lookups without regex restarts. */
function indexWords(words: readonly string[]): Map<string, string[]> {
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
function matchAt(index: Map<string, string[]>, text: string, i: number): string | null {
  const list = index.get(text[i] ?? '');
  if (!list) return null;
  for (const w of list) if (text.startsWith(w, i)) return w;
  return null;
}

/** Longest word of the list ending right before `end`. */
function matchBefore(words: readonly string[], text: string, end: number): string | null {
  let best: string | null = null;
  for (const w of words) {
    if (end - w.length < 0 || (best && best.length >= w.length)) continue;
    if (text.startsWith(w, end - w.length)) best = w;
  }
  return best;
}

const UNIT_CLASS = new Map<string, UnitClass>(UNITS);
const UNIT_INDEX = indexWords(UNITS.map(([w]) => w));
/** Currencies other than 元, which may also be printed before the number (新台幣300億元). */
const CURRENCIES = UNITS.filter(([w, c]) => c === 'currency' && w !== '元').map(([w]) => w);
const TIME_NOUN_INDEX = indexWords(TIME_NOUNS_AFTER_GE);
const APPROX_AFTER_INDEX = indexWords(APPROX_AFTER);
const NAME_TAIL_INDEX = indexWords(NAME_TAILS_AFTER_UNIT);

/** For each numeral character of a set phrase, where it sits in the phrase: 三番五次 → 五 at 2. */
const IDIOMS_BY_CHAR = (() => {
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

function inIdiom(text: string, s: number): boolean {
  const list = IDIOMS_BY_CHAR.get(text[s] ?? '');
  if (!list) return false;
  for (const [stem, k] of list) if (s - k >= 0 && text.startsWith(stem, s - k)) return true;
  return false;
}

// ---------------------------------------------------------------- character classes

/** Whether `ch` is one of the characters of `set` (false past the end of the text). */
const oneOf = (set: string, ch: string | undefined): boolean => ch !== undefined && ch.length === 1 && set.includes(ch);
const isLatin = (c: string | undefined): boolean => c !== undefined && /^[A-Za-z]$/.test(c);
const isArabicAt = (text: string, i: number): boolean => arabicDigit(text.charCodeAt(i)) >= 0;
const RANGE_CONNECTORS = '-~―–—－～到至';
const OPENERS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '《': '》', '〈': '〉' };
const CLOSERS = '”」』》〉';

/** Short quoted phrases (“三年行動計劃”, 「一國兩制」) and titles (《…》) are names, not cited figures. */
function inQuotedName(text: string, s: number, end: number): boolean {
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

// ---------------------------------------------------------------- numeral token

interface Num {
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
function magnitudeRunEnd(text: string, i: number, chars: (ch: string) => boolean): number {
  let j = i;
  while (j < text.length && chars(text[j]!)) {
    if (text[j] === '兆' && oneOf(MEGA_FOLLOWERS, text[j + 1])) break;
    if (text[j] === '千' && matchAt(UNIT_INDEX, text, j)?.startsWith('千')) break;
    j++;
  }
  return j;
}

const isArabicMagnitude = (ch: string): boolean => ch === '百' || ch === '千' || isCnBigUnit(ch);

/** 多/余 or 個 between a numeral and a magnitude: 300多萬, 100個億. */
function applyTrailingMagnitude(text: string, num: Num): void {
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

function readNum(text: string, s: number): Num | null {
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

// ---------------------------------------------------------------- figure assembly

interface Draft {
  start: number;
  end: number;
  value: number;
  high?: number;
  unit: string | null;
  kind: FigureKind;
  approx: boolean;
  iso?: string;
}

const KIND_OF_CLASS: Record<UnitClass, FigureKind> = {
  currency: 'amount',
  metric: 'amount',
  measure: 'count',
  time: 'duration',
  date: 'date',
  percent: 'percent',
  points: 'points',
};

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A small integer (1..max) numeral at i followed by one of `units`; used to extend dates (年 → 月 → 日). */
function readDatePart(
  text: string,
  i: number,
  units: readonly string[],
  max: number,
): { value: number; end: number; unit: string } | null {
  const n = readNum(text, i);
  if (n === null || n.malformed || n.magnitude || n.high !== undefined || !Number.isInteger(n.value)) return null;
  if (n.value < 1 || n.value > max) return null;
  for (const u of units) if (text.startsWith(u, n.end)) return { value: n.value, end: n.end + u.length, unit: u };
  return null;
}

const DAY_UNITS = ['日', '号', '號'];
const MONTH_UNITS = ['月份', '月'];

/** After a month: the day, and a day range (12月11日至12日). */
function extendDay(text: string, d: Draft, month: number, year: number | null): void {
  const day = readDatePart(text, d.end, DAY_UNITS, 31);
  if (day === null) return;
  d.end = day.end;
  d.iso = `${year === null ? '-' : year}-${pad2(month)}-${pad2(day.value)}`;
  const c = text[d.end];
  if (c !== undefined && RANGE_CONNECTORS.includes(c)) {
    const day2 = readDatePart(text, d.end + 1, DAY_UNITS, 31);
    if (day2 !== null && day2.value > day.value) {
      d.end = day2.end;
      d.iso += `/${pad2(day2.value)}`;
    }
  }
}

/** After a date or an hour: 10時, 20時46分, 16:59 are clock times; kept with the date they follow. */
function extendClockMinutes(text: string, d: Draft): void {
  const m = readNum(text, d.end);
  if (m === null || m.malformed || m.magnitude || !Number.isInteger(m.value) || m.value > 59) return;
  if (text[m.end] === '分' && !text.startsWith('分之', m.end)) d.end = m.end + 1;
}

/** Reads the figure whose numeral starts at s. Returns where scanning resumes and the figure, if any. */
interface Read {
  next: number;
  draft: Draft | null;
  /** A unitless Arabic number, kept in case a coordinated figure right after it lends it a unit. */
  bare?: { start: number; end: number; value: number };
}

function readFigure(text: string, s: number): Read {
  const num = readNum(text, s);
  if (num === null) return { next: s + 1, draft: null };
  const skip = { next: Math.max(num.end, s + 1), draft: null };
  if (num.malformed) return skip;

  const prev = text[s - 1];
  // 5G, G20, F-35, COVID-19: digits glued to Latin letters are names
  if (num.arabic && (isLatin(prev) || (prev === '-' && isLatin(text[s - 2])))) return skip;

  // ------------------------------------------------ before the numeral
  let start = s;
  let approx = num.approx;
  let ordinal = false;
  let rangeMultiplier = false; // 數百, 幾十: "several hundred"
  if (prev === '第') {
    ordinal = true;
    start = s - 1;
  } else if (num.bareMagnitude && prev === '上') {
    start = s - 1;
    approx = true;
  } else if ((num.bareMagnitude || num.run.startsWith('十')) && oneOf('数數幾几', prev)) {
    start = s - 1;
    approx = true;
    rangeMultiplier = true;
  }
  if (!ordinal) {
    const linkBack = text[start - 1] === '有' ? 1 : 0; // 大概有3.5万, 约有300人
    const a = matchBefore(APPROX_BEFORE, text, start - linkBack);
    if (a !== null) {
      const before = text[start - linkBack - a.length - 1] ?? '';
      const ok =
        (a !== '近' || !oneOf(NOT_APPROX_BEFORE_JIN, before)) &&
        ((a !== '約' && a !== '约') || !oneOf(NOT_APPROX_BEFORE_YUE, before));
      if (ok) {
        start -= linkBack + a.length;
        approx = true;
      }
    }
  }
  const cued = approx || rangeMultiplier;

  // ------------------------------------------------ fractions and 百分之
  if (text.startsWith('分之', num.end) && !num.approx) {
    const numer = readNum(text, num.end + 2);
    if (numer === null || numer.malformed || num.value === 0 || num.high !== undefined) return skip;
    let end = numer.end;
    const after = matchAt(APPROX_AFTER_INDEX, text, end);
    if (after !== null) {
      end += after.length;
      approx = true;
    }
    const d: Draft = { start, end, value: 0, unit: null, kind: 'amount', approx: approx || numer.approx };
    if (num.value === 100 || num.value === 1000) {
      d.kind = 'percent';
      d.unit = num.value === 100 ? '%' : '‰';
      d.value = numer.value;
      if (numer.high !== undefined) d.high = numer.high;
    } else {
      d.value = roundFloat(numer.value / num.value);
    }
    return { next: end, draft: d };
  }

  // ------------------------------------------------ ISO dates: 2018-06-12, 2019-03-14 12:28
  if (num.arabic && num.digits === 4 && num.integer && !num.magnitude) {
    const iso = /^[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(text.slice(num.end, num.end + 7));
    if (iso && Number(iso[1]) >= 1 && Number(iso[1]) <= 12 && Number(iso[2]) >= 1 && Number(iso[2]) <= 31) {
      let end = num.end + iso[0].length;
      const clock = /^ (\d{1,2}):(\d{2})(?!\d)/.exec(text.slice(end, end + 7));
      if (clock) end += clock[0].length;
      const y = num.value;
      return {
        next: end,
        draft: {
          start,
          end,
          value: y,
          unit: null,
          kind: 'date',
          approx: false,
          iso: `${y}-${pad2(Number(iso[1]))}-${pad2(Number(iso[2]))}`,
        },
      };
    }
  }

  // ------------------------------------------------ ranges: 3到5, 3-5%, 三至五, 1-2月份
  let value = num.value;
  let high = num.high;
  let p = num.end;
  let firstUnit: string | null = null;
  {
    // 3%-5%: the first part may carry the unit too
    let q = p;
    const u = matchAt(UNIT_INDEX, text, q);
    if (u !== null && UNIT_CLASS.get(u) === 'percent') q += u.length;
    const c = text[q];
    // 七、八個月: two neighbouring digits in a list mean "seven or eight" (tw-mofa-20010115-tc), as 七八個月 does;
    // 三、五個 or 1、2 stay a list.
    const listed = c === '、' && !num.arabic && num.run.length === 1 && high === undefined;
    if (c !== undefined && (RANGE_CONNECTORS.includes(c) || listed) && high === undefined) {
      const second = readNum(text, q + 1);
      if (
        second !== null &&
        (!listed || (second.run.length === 1 && second.value === num.value + 1)) &&
        !second.malformed &&
        second.arabic === num.arabic &&
        second.value > num.value &&
        !(second.bareMagnitude && !num.bareMagnitude)
      ) {
        // 3到5萬, 三至五千萬: the magnitude of the second part applies to the first
        let low = num.value;
        if (second.magnitude && !num.magnitude) {
          const lead = second.arabic ? readArabic(text, second.start)?.value : firstDigit(second.run);
          const scaled = lead ? roundFloat((num.value * second.value) / lead) : low;
          if (scaled < second.value) low = scaled;
        }
        if (second.value > low) {
          value = low;
          high = second.value;
          p = second.end;
          firstUnit = u;
          if (second.approx || listed) approx = true;
        }
      }
    }
  }
  const isRange = high !== undefined;

  // ------------------------------------------------ 多/余/來 or 幾 between numeral and unit
  const mid = text[p];
  if (
    mid !== undefined &&
    APPROX_MIDDLE.includes(mid) &&
    (num.run.endsWith('十') ||
      num.arabic ||
      num.bareMagnitude ||
      num.run.endsWith('百') ||
      num.run.endsWith('千') ||
      num.magnitude)
  ) {
    // 多 only counts when a unit follows: 300多個, not 3多邊
    if (matchAt(UNIT_INDEX, text, p + 1) !== null || mid === '多' || mid === '余' || mid === '餘') {
      p++;
      approx = true;
    }
  } else if ((mid === '幾' || mid === '几') && num.run.endsWith('十')) {
    p++;
    approx = true;
    high = value + 9;
    value = value + 1;
  }

  // ------------------------------------------------ the unit
  let unit: string | null = null;
  let unitClass: UnitClass | null = null;
  let iso: string | undefined;
  const c0 = text[p];

  if (c0 === '年' && !text.startsWith('年代', p) && !text.startsWith('年级', p) && !text.startsWith('年級', p)) {
    const yearLike =
      (num.arabic && num.integer && num.digits === 4 && value >= 1000 && value <= 2199 && !approx) ||
      (!num.arabic &&
        num.run.length >= 2 &&
        !num.magnitude &&
        !/[十百千廿卅]/.test(num.run) &&
        !isRange &&
        !num.approx);
    unit = '年';
    p++;
    if (yearLike && !ordinal) {
      unitClass = 'date';
      iso = isRange ? `${value}/${high}` : String(value);
      const d: Draft = { start, end: p, value, unit, kind: 'date', approx: false, iso };
      if (isRange && high !== undefined) d.high = high;
      if (!isRange) {
        const month = readDatePart(text, p, MONTH_UNITS, 12);
        if (month !== null) {
          d.end = month.end;
          d.iso = `${value}-${pad2(month.value)}`;
          extendDay(text, d, month.value, value);
        }
      }
      return { next: d.end, draft: d };
    }
    unitClass = 'time';
  } else if (c0 === '月' || text.startsWith('月份', p)) {
    if (!num.integer || value < 1 || value > 12 || (high !== undefined && high > 12) || approx || num.magnitude)
      return skip;
    p += text.startsWith('月份', p) ? 2 : 1;
    const d: Draft = { start, end: p, value, unit: '月', kind: 'date', approx: false, iso: `--${pad2(value)}` };
    if (high !== undefined) {
      d.high = high;
      d.iso = `--${pad2(value)}/${pad2(high)}`;
    } else extendDay(text, d, value, null);
    if (ordinal) return skip;
    if (num.run === '一' && d.end === p && !text.startsWith('月份', p - 2)) return skip; // 一月 alone: too often "one month"
    return { next: d.end, draft: d };
  } else if ((c0 === '日' || c0 === '号' || c0 === '號') && !ordinal) {
    if (c0 !== '日' || !num.integer || value < 1 || value > 31 || approx || num.magnitude || num.run === '一')
      return skip;
    return {
      next: p + 1,
      draft: { start, end: p + 1, value, unit: '日', kind: 'date', approx: false, iso: `---${pad2(value)}` },
    };
  } else if ((c0 === '時' || c0 === '时' || c0 === '點' || c0 === '点') && !ordinal && !isRange) {
    const cue = oneOf(CLOCK_CUES, prev);
    const minutes = readNum(text, p + 1);
    const withMinutes = minutes !== null && !minutes.malformed && text[minutes.end] === '分';
    const after = text[p + 1] ?? '';
    if (num.integer && value <= 24 && (cue || withMinutes) && !oneOf('期代候間间刻段節节', after)) {
      const d: Draft = { start, end: p + 1, value, unit: c0, kind: 'date', approx: false };
      extendClockMinutes(text, d);
      d.iso = `T${pad2(value)}`;
      return { next: d.end, draft: d };
    }
  }

  if (unit === null && (c0 === '個' || c0 === '个')) {
    let q = p + 1;
    let mAfter = false;
    if (text[q] === '多' && matchAt(TIME_NOUN_INDEX, text, q) === null) {
      q++;
      mAfter = true;
    }
    const noun = matchAt(TIME_NOUN_INDEX, text, q);
    if (noun !== null && !matchAt(UNIT_INDEX, text, p)?.includes('百分')) {
      unit = noun.startsWith('多') ? noun.slice(1) : noun;
      if (unit === '月') unit = c0 + '月';
      unitClass = 'time';
      if (mAfter || noun.startsWith('多')) approx = true;
      p = q + noun.length;
    }
  }
  if (unit === null) {
    const u = matchAt(UNIT_INDEX, text, p);
    if (u !== null) {
      const cls = UNIT_CLASS.get(u)!;
      const latin = isLatin(u[0]);
      if (latin && (!num.arabic || isLatin(text[p + u.length]))) return skip;
      unit = u;
      unitClass = cls;
      p += u.length;
    } else if (text[p] === '成' && !oneOf(NOT_PERCENT_AFTER_CHENG, text[p + 1]) && value <= 10 && !num.magnitude) {
      // 三成 = 30%
      unit = '成';
      unitClass = 'percent';
      value = roundFloat(value * 10);
      if (high !== undefined) high = roundFloat(high * 10);
      p++;
      if (text[p] === '五' && high === undefined) {
        // 九成五 = 95%
        value += 5;
        p++;
      }
    } else if (firstUnit !== null) {
      unit = firstUnit;
      unitClass = UNIT_CLASS.get(firstUnit) ?? null;
    }
  }
  if (num.arabic && isLatin(text[p]) && unit === null) return skip; // 5G
  if (unitClass === 'time' && (text[p] === '多' || text[p] === '余' || text[p] === '餘')) {
    // 3年多, 1年余: unless 多 starts the next word (3年多次)
    if (!isCnNumeralChar(text[p + 1] ?? '') && !oneOf('次种種样樣方家个個项項元边邊', text[p + 1])) {
      p++;
      approx = true;
    }
  }
  if (unitClass === 'time' && text[p] === '半') {
    value += 0.5;
    p++;
  }
  const after = matchAt(APPROX_AFTER_INDEX, text, p);
  if (after !== null && unit !== null && (after !== '上下' || unitClass !== null)) {
    p += after.length;
    approx = true;
  }

  // ------------------------------------------------ is it data?
  if (unit === null || unitClass === 'currency') {
    // 新台幣300億元, 人民币1000亿元: the currency printed before the number
    const cur = matchBefore(CURRENCIES, text, start);
    if (cur !== null && (unit === null || unit === '元')) {
      start -= cur.length;
      unit = cur;
      unitClass = 'currency';
    }
  }
  const hasUnit = unit !== null;
  const rankCue = ordinal && matchBefore(RANK_CUES, text, s - 1) !== null;
  if (!hasUnit && !num.magnitude && !rankCue) {
    // bare numbers: list markers, codes, years without 年, 2025 in names. A bare Arabic number may still share
    // the unit of the next one (快4.6和3.1个百分点); the caller decides once it has read that one.
    if (num.arabic && !ordinal && !approx && !isRange && p === num.end)
      return { ...skip, bare: { start, end: p, value } };
    return skip;
  }
  if (!num.arabic) {
    if (num.run === '一' || num.run === '壹') {
      // 一個問題, 一批, 最後一公里: a lone 一 with a measure word is an article, not a count
      if (unitClass !== 'date' && !isRange && !cued) return skip;
      if (unitClass === 'measure' && !isRange) return skip;
    }
    if (num.bareMagnitude && !cued && (num.run.length < 2 || !hasUnit)) return skip; // 百年, 千家萬戶, 千萬不要
    if (num.run.length >= 2 && !num.magnitude && !/[十百千廿卅點点]/.test(num.run) && !isRange) return skip; // 一一, 九二
    if (inIdiom(text, s)) return skip;
  }
  if (ordinal && unitClass === 'date') return { next: p, draft: { start, end: p, value, unit, kind: 'date', approx } }; // 第一季度
  if (ordinal) {
    if (!num.arabic && unit !== '名' && !rankCue) return skip; // 第一個問題, 第三, 第二次: list markers and ordinals
    if (unitClass !== null && unitClass !== 'measure') return skip;
  }
  if (matchAt(NAME_TAIL_INDEX, text, p) !== null) return skip; // 三年行動計劃, 五年规划

  let kind: FigureKind = unitClass ? KIND_OF_CLASS[unitClass] : 'amount';
  if (ordinal) kind = 'rank';
  if (value > 1e21) return skip; // 99999999999999999999億: beyond any quantity a speaker cites
  if (rangeMultiplier) {
    // 數百 = 200 to 900
    high = roundFloat(value * 9);
    value = roundFloat(value * 2);
  }
  const d: Draft = { start, end: p, value: roundFloat(value), unit, kind, approx };
  if (high !== undefined && high > value) d.high = roundFloat(high);
  if (iso !== undefined) d.iso = iso;
  if (ordinal && text[start] === '第') d.start = start;
  return { next: p, draft: d };
}

/** The leading digit of a Chinese numeral (五千萬 → 5), or 0. */
function firstDigit(run: string): number {
  const v = parseChineseNumeral(run[0] ?? '');
  return v !== null && run.length > 1 && isCnDigit(run[0]!) ? v.value : 0;
}

/** Appends to `out` the figures of one turn's text. */
/** Connectors of coordinated figures sharing one unit: 4.6和3.1个百分点, 10、20人. */
const COORDINATORS = '、及和或與与';
/** Characters that end a clause: a number right after one followed by 、 is a list marker (1、), not data. */
const CLAUSE_ENDS = '\n !(),.:;?。！（），：；？）';

function toFigure(draft: Draft, text: string, turn: number): Figure {
  const fig: Figure = {
    text: text.slice(draft.start, draft.end),
    value: draft.value,
    unit: draft.unit,
    kind: draft.kind,
    approx: draft.approx,
    turn,
    start: draft.start,
    end: draft.end,
  };
  if (draft.high !== undefined && Number.isFinite(draft.high)) fig.high = draft.high;
  if (draft.iso !== undefined) fig.iso = draft.iso;
  return fig;
}

const SHARED_UNIT_KINDS: readonly FigureKind[] = ['amount', 'count', 'percent', 'points'];
/** Demonstratives before a figure that point back at one already cited. */
const DEMONSTRATIVES = '那這这此該该';

/** 我想重申三點 … 就着那三點: "those three points" repeats the turn's figure, it cites none (hk-cs-20181228-tc).
 *  這三個月 with no 三個月 before it is a figure. */
function refersBack(text: string, draft: Draft, out: readonly Figure[], turn: number): boolean {
  if (!oneOf(DEMONSTRATIVES, text[draft.start - 1])) return false;
  const printed = text.slice(draft.start, draft.end);
  for (let k = out.length - 1; k >= 0 && out[k]?.turn === turn; k--) if (out[k]?.text === printed) return true;
  return false;
}

/** Appends to `out` the figures of one turn's text. */
export function scanText(text: string, turn: number, out: Figure[]): void {
  let i = 0;
  const n = text.length;
  let pending: Read['bare'] | undefined;
  while (i < n) {
    if (!isNumeralStartAt(text, i)) {
      i++;
      continue;
    }
    const { next, draft, bare } = readFigure(text, i);
    // titles and short quoted names (《2021年战略竞争法案》, “三年行動計劃”) hold no cited figures
    if (
      draft !== null &&
      Number.isFinite(draft.value) &&
      !inQuotedName(text, draft.start, draft.end) &&
      !refersBack(text, draft, out, turn)
    ) {
      if (
        pending !== undefined &&
        draft.start === pending.end + 1 &&
        oneOf(COORDINATORS, text[pending.end]) &&
        SHARED_UNIT_KINDS.includes(draft.kind) &&
        draft.unit !== null &&
        draft.high === undefined &&
        !(text[pending.end] === '、' && (pending.start === 0 || oneOf(CLAUSE_ENDS, text[pending.start - 1])))
      ) {
        out.push(toFigure({ ...pending, unit: draft.unit, kind: draft.kind, approx: false }, text, turn));
      }
      out.push(toFigure(draft, text, turn));
    }
    pending = bare;
    i = Math.max(next, i + 1);
  }
}
