// Reads the figure whose numeral starts at a position, in phases: what stands before the numeral (第, 上千, 约),
// fractions and 百分之, ISO dates, ranges, 多/余 between numeral and unit, date units (年/月/日/時), the unit, and at
// last whether the whole is data or a set phrase. Each phase reads and updates one state; a phase that settles the
// figure returns its Read.
import {
  APPROX_BEFORE,
  APPROX_MIDDLE,
  NOT_APPROX_BEFORE_JIN,
  NOT_APPROX_BEFORE_YUE,
  NOT_PERCENT_AFTER_CHENG,
  RANK_CUES,
} from './lexicon';
import { KIND_OF_CLASS, pad2, readDateUnit, type Draft, type Read, type State } from './draft';
import { firstDigit, readNum } from './num';
import { isCnNumeralChar, readArabic, roundFloat } from './numerals';
import type { FigureKind } from './types';
import {
  APPROX_AFTER_INDEX,
  CURRENCIES,
  inIdiom,
  isLatin,
  matchAt,
  matchBefore,
  NAME_TAIL_INDEX,
  oneOf,
  RANGE_CONNECTORS,
  TIME_NOUN_INDEX,
  UNIT_CLASS,
  UNIT_INDEX,
} from './words';

export function readFigure(text: string, s: number): Read {
  const num = readNum(text, s);
  if (num === null) return { next: s + 1, draft: null };
  const skip: Read = { next: Math.max(num.end, s + 1), draft: null };
  if (num.malformed) return skip;
  const prev = text[s - 1];
  // 5G, G20, F-35, COVID-19: digits glued to Latin letters are names
  if (num.arabic && (isLatin(prev) || (prev === '-' && isLatin(text[s - 2])))) return skip;
  const st: State = {
    num,
    s,
    prev,
    skip,
    start: s,
    approx: num.approx,
    ordinal: false,
    rangeMultiplier: false,
    cued: false,
    value: num.value,
    high: num.high,
    p: num.end,
    firstUnit: null,
    isRange: false,
    unit: null,
    unitClass: null,
    iso: undefined,
  };
  readBefore(text, st);
  const settled = readFraction(text, st) ?? readIsoDate(text, st);
  if (settled) return settled;
  readRange(text, st);
  readMiddle(text, st);
  return readDateUnit(text, st) ?? readUnit(text, st) ?? judge(text, st);
}

/** 第, 上千, 數百, and the approximators before a numeral (约, 近, 大概有). */
function readBefore(text: string, st: State): void {
  const { num, s, prev } = st;
  if (prev === '第') {
    st.ordinal = true;
    st.start = s - 1;
  } else if (num.bareMagnitude && prev === '上') {
    st.start = s - 1;
    st.approx = true;
  } else if ((num.bareMagnitude || num.run.startsWith('十')) && oneOf('数數幾几', prev)) {
    st.start = s - 1;
    st.approx = true;
    st.rangeMultiplier = true;
  }
  if (!st.ordinal) {
    const linkBack = text[st.start - 1] === '有' ? 1 : 0; // 大概有3.5万, 约有300人
    const a = matchBefore(APPROX_BEFORE, text, st.start - linkBack);
    if (a !== null) {
      const before = text[st.start - linkBack - a.length - 1] ?? '';
      const ok =
        (a !== '近' || !oneOf(NOT_APPROX_BEFORE_JIN, before)) &&
        ((a !== '約' && a !== '约') || !oneOf(NOT_APPROX_BEFORE_YUE, before));
      if (ok) {
        st.start -= linkBack + a.length;
        st.approx = true;
      }
    }
  }
  st.cued = st.approx || st.rangeMultiplier;
}

/** 三分之一, 百分之三十. */
function readFraction(text: string, st: State): Read | undefined {
  const { num } = st;
  if (!text.startsWith('分之', num.end) || num.approx) return undefined;
  const numer = readNum(text, num.end + 2);
  if (numer === null || numer.malformed || num.value === 0 || num.high !== undefined) return st.skip;
  let end = numer.end;
  let approx = st.approx;
  const after = matchAt(APPROX_AFTER_INDEX, text, end);
  if (after !== null) {
    end += after.length;
    approx = true;
  }
  const d: Draft = { start: st.start, end, value: 0, unit: null, kind: 'amount', approx: approx || numer.approx };
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

/** ISO dates: 2018-06-12, 2019-03-14 12:28. */
function readIsoDate(text: string, st: State): Read | undefined {
  const { num } = st;
  if (!(num.arabic && num.digits === 4 && num.integer && !num.magnitude)) return undefined;
  const iso = /^[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(text.slice(num.end, num.end + 7));
  if (!iso || Number(iso[1]) < 1 || Number(iso[1]) > 12 || Number(iso[2]) < 1 || Number(iso[2]) > 31) return undefined;
  let end = num.end + iso[0].length;
  const clock = /^ (\d{1,2}):(\d{2})(?!\d)/.exec(text.slice(end, end + 7));
  if (clock) end += clock[0].length;
  const y = num.value;
  return {
    next: end,
    draft: {
      start: st.start,
      end,
      value: y,
      unit: null,
      kind: 'date',
      approx: false,
      iso: `${y}-${pad2(Number(iso[1]))}-${pad2(Number(iso[2]))}`,
    },
  };
}

/** Ranges: 3到5, 3-5%, 三至五, 1-2月份; 七、八個月 (two neighbouring digits in a list, tw-mofa-20010115-tc). */
function readRange(text: string, st: State): void {
  const { num } = st;
  // 3%-5%: the first part may carry the unit too
  let q = st.p;
  const u = matchAt(UNIT_INDEX, text, q);
  if (u !== null && UNIT_CLASS.get(u) === 'percent') q += u.length;
  const c = text[q];
  // 三、五個 or 1、2 stay a list.
  const listed = c === '、' && !num.arabic && num.run.length === 1 && st.high === undefined;
  if (c !== undefined && (RANGE_CONNECTORS.includes(c) || listed) && st.high === undefined) {
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
        st.value = low;
        st.high = second.value;
        st.p = second.end;
        st.firstUnit = u;
        if (second.approx || listed) st.approx = true;
      }
    }
  }
  st.isRange = st.high !== undefined;
}

/** 多/余/來 or 幾 between numeral and unit. */
function readMiddle(text: string, st: State): void {
  const { num } = st;
  const mid = text[st.p];
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
    if (matchAt(UNIT_INDEX, text, st.p + 1) !== null || mid === '多' || mid === '余' || mid === '餘') {
      st.p++;
      st.approx = true;
    }
  } else if ((mid === '幾' || mid === '几') && num.run.endsWith('十')) {
    st.p++;
    st.approx = true;
    st.high = st.value + 9;
    st.value = st.value + 1;
  }
}

/** 個 + a time noun (三個月), a unit of the lexicon, 三成 (30%), the unit a range's first part carried; then 多/余
 *  and 半 after a time unit and the approximators after the unit (左右, 以上). */
function readUnit(text: string, st: State): Read | undefined {
  const { num } = st;
  const c0 = text[st.p];
  if (st.unit === null && (c0 === '個' || c0 === '个')) readTimeNoun(text, st, c0);
  if (st.unit === null) {
    const u = matchAt(UNIT_INDEX, text, st.p);
    if (u !== null) {
      const latin = isLatin(u[0]);
      if (latin && (!num.arabic || isLatin(text[st.p + u.length]))) return st.skip;
      st.unit = u;
      st.unitClass = UNIT_CLASS.get(u) ?? null;
      st.p += u.length;
    } else if (
      text[st.p] === '成' &&
      !oneOf(NOT_PERCENT_AFTER_CHENG, text[st.p + 1]) &&
      st.value <= 10 &&
      !num.magnitude
    ) {
      // 三成 = 30%
      st.unit = '成';
      st.unitClass = 'percent';
      st.value = roundFloat(st.value * 10);
      if (st.high !== undefined) st.high = roundFloat(st.high * 10);
      st.p++;
      if (text[st.p] === '五' && st.high === undefined) {
        // 九成五 = 95%
        st.value += 5;
        st.p++;
      }
    } else if (st.firstUnit !== null) {
      st.unit = st.firstUnit;
      st.unitClass = UNIT_CLASS.get(st.firstUnit) ?? null;
    }
  }
  if (num.arabic && isLatin(text[st.p]) && st.unit === null) return st.skip; // 5G
  if (st.unitClass === 'time' && (text[st.p] === '多' || text[st.p] === '余' || text[st.p] === '餘')) {
    // 3年多, 1年余: unless 多 starts the next word (3年多次)
    if (!isCnNumeralChar(text[st.p + 1] ?? '') && !oneOf('次种種样樣方家个個项項元边邊', text[st.p + 1])) {
      st.p++;
      st.approx = true;
    }
  }
  if (st.unitClass === 'time' && text[st.p] === '半') {
    st.value += 0.5;
    st.p++;
  }
  const after = matchAt(APPROX_AFTER_INDEX, text, st.p);
  if (after !== null && st.unit !== null && (after !== '上下' || st.unitClass !== null)) {
    st.p += after.length;
    st.approx = true;
  }
  return undefined;
}

/** 三個月, 兩個多小時: 個 before a time noun makes a duration. */
function readTimeNoun(text: string, st: State, ge: string): void {
  let q = st.p + 1;
  let mAfter = false;
  if (text[q] === '多' && matchAt(TIME_NOUN_INDEX, text, q) === null) {
    q++;
    mAfter = true;
  }
  const noun = matchAt(TIME_NOUN_INDEX, text, q);
  if (noun === null || matchAt(UNIT_INDEX, text, st.p)?.includes('百分')) return;
  st.unit = noun.startsWith('多') ? noun.slice(1) : noun;
  if (st.unit === '月') st.unit = ge + '月';
  st.unitClass = 'time';
  if (mAfter || noun.startsWith('多')) st.approx = true;
  st.p = q + noun.length;
}

/** Is it data? A currency printed before the number, then the exclusions: bare numbers, a lone 一, idioms, list
 *  markers and ordinals, names (三年行動計劃). */
function judge(text: string, st: State): Read {
  const { num, skip } = st;
  if (st.unit === null || st.unitClass === 'currency') {
    // 新台幣300億元, 人民币1000亿元: the currency printed before the number
    const cur = matchBefore(CURRENCIES, text, st.start);
    if (cur !== null && (st.unit === null || st.unit === '元')) {
      st.start -= cur.length;
      st.unit = cur;
      st.unitClass = 'currency';
    }
  }
  const { start, p, unit, unitClass, ordinal, approx, isRange } = st;
  const hasUnit = unit !== null;
  const rankCue = ordinal && matchBefore(RANK_CUES, text, st.s - 1) !== null;
  if (!hasUnit && !num.magnitude && !rankCue) {
    // bare numbers: list markers, codes, years without 年, 2025 in names. A bare Arabic number may still share
    // the unit of the next one (快4.6和3.1个百分点); the caller decides once it has read that one.
    if (num.arabic && !ordinal && !approx && !isRange && p === num.end)
      return { ...skip, bare: { start, end: p, value: st.value } };
    return skip;
  }
  if (!num.arabic && excludedChinese(text, st, hasUnit)) return skip;
  if (ordinal && unitClass === 'date')
    return { next: p, draft: { start, end: p, value: st.value, unit, kind: 'date', approx } }; // 第一季度
  if (ordinal) {
    if (!num.arabic && unit !== '名' && !rankCue) return skip; // 第一個問題, 第三, 第二次: list markers and ordinals
    if (unitClass !== null && unitClass !== 'measure') return skip;
  }
  if (matchAt(NAME_TAIL_INDEX, text, p) !== null) return skip; // 三年行動計劃, 五年规划

  let kind: FigureKind = unitClass ? KIND_OF_CLASS[unitClass] : 'amount';
  if (ordinal) kind = 'rank';
  if (st.value > 1e21) return skip; // 99999999999999999999億: beyond any quantity a speaker cites
  let { value, high } = st;
  if (st.rangeMultiplier) {
    // 數百 = 200 to 900
    high = roundFloat(value * 9);
    value = roundFloat(value * 2);
  }
  const d: Draft = { start, end: p, value: roundFloat(value), unit, kind, approx };
  if (high !== undefined && high > value) d.high = roundFloat(high);
  if (st.iso !== undefined) d.iso = st.iso;
  return { next: p, draft: d };
}

/** Chinese numerals that are no figure: 一個問題, 百年, 一一, 三番五次. */
function excludedChinese(text: string, st: State, hasUnit: boolean): boolean {
  const { num, unitClass, isRange, cued } = st;
  if (num.run === '一' || num.run === '壹') {
    // 一個問題, 一批, 最後一公里: a lone 一 with a measure word is an article, not a count
    if (unitClass !== 'date' && !isRange && !cued) return true;
    if (unitClass === 'measure' && !isRange) return true;
  }
  if (num.bareMagnitude && !cued && (num.run.length < 2 || !hasUnit)) return true; // 百年, 千家萬戶, 千萬不要
  if (num.run.length >= 2 && !num.magnitude && !/[十百千廿卅點点]/.test(num.run) && !isRange) return true; // 一一, 九二
  return inIdiom(text, st.s);
}
