// A figure being read (State, Draft), its date units (年/月/日/時) and the date parts that extend one: 年 → 月 →
// 日, a day range, clock minutes.
import type { FigureKind } from './types';
import { CLOCK_CUES, type UnitClass } from './lexicon';
import { readNum, type Num } from './num';
import { oneOf, RANGE_CONNECTORS } from './words';

export interface Draft {
  start: number;
  end: number;
  value: number;
  high?: number;
  unit: string | null;
  kind: FigureKind;
  approx: boolean;
  iso?: string;
}

export const KIND_OF_CLASS: Record<UnitClass, FigureKind> = {
  currency: 'amount',
  metric: 'amount',
  measure: 'count',
  time: 'duration',
  date: 'date',
  percent: 'percent',
  points: 'points',
};

export const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A small integer (1..max) numeral at i followed by one of `units`; used to extend dates (年 → 月 → 日). */
export function readDatePart(
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

export const DAY_UNITS = ['日', '号', '號'];
export const MONTH_UNITS = ['月份', '月'];

/** After a month: the day, and a day range (12月11日至12日). */
export function extendDay(text: string, d: Draft, month: number, year: number | null): void {
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
export function extendClockMinutes(text: string, d: Draft): void {
  const m = readNum(text, d.end);
  if (m === null || m.malformed || m.magnitude || !Number.isInteger(m.value) || m.value > 59) return;
  if (text[m.end] === '分' && !text.startsWith('分之', m.end)) d.end = m.end + 1;
}

/** Reads the figure whose numeral starts at s. Returns where scanning resumes and the figure, if any. */
export interface Read {
  next: number;
  draft: Draft | null;
  /** A unitless Arabic number, kept in case a coordinated figure right after it lends it a unit. */
  bare?: { start: number; end: number; value: number };
}

/** The figure as read so far. */
export interface State {
  num: Num;
  s: number;
  prev: string | undefined;
  skip: Read;
  start: number;
  approx: boolean;
  ordinal: boolean;
  /** 數百, 幾十: "several hundred". */
  rangeMultiplier: boolean;
  /** An approximator or 數/幾 came before the numeral. */
  cued: boolean;
  value: number;
  high: number | undefined;
  /** Where reading goes on. */
  p: number;
  /** The unit of a range's first part (3%-5%). */
  firstUnit: string | null;
  isRange: boolean;
  unit: string | null;
  unitClass: UnitClass | null;
  iso: string | undefined;
}

/** 年 (a year, or years), 月, 日 and clock hours. 年 that is no year goes on as a duration unit. */
export function readDateUnit(text: string, st: State): Read | undefined {
  const { num, start, value, high, isRange } = st;
  const c0 = text[st.p];
  let p = st.p;
  if (c0 === '年' && !text.startsWith('年代', p) && !text.startsWith('年级', p) && !text.startsWith('年級', p)) {
    const yearLike =
      (num.arabic && num.integer && num.digits === 4 && value >= 1000 && value <= 2199 && !st.approx) ||
      (!num.arabic &&
        num.run.length >= 2 &&
        !num.magnitude &&
        !/[十百千廿卅]/.test(num.run) &&
        !isRange &&
        !num.approx);
    st.unit = '年';
    st.p = ++p;
    if (yearLike && !st.ordinal) {
      st.unitClass = 'date';
      const iso = isRange ? `${value}/${high}` : String(value);
      const d: Draft = { start, end: p, value, unit: '年', kind: 'date', approx: false, iso };
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
    st.unitClass = 'time';
    return undefined;
  }
  if (c0 === '月' || text.startsWith('月份', p)) {
    if (!num.integer || value < 1 || value > 12 || (high !== undefined && high > 12) || st.approx || num.magnitude)
      return st.skip;
    p += text.startsWith('月份', p) ? 2 : 1;
    const d: Draft = { start, end: p, value, unit: '月', kind: 'date', approx: false, iso: `--${pad2(value)}` };
    if (high !== undefined) {
      d.high = high;
      d.iso = `--${pad2(value)}/${pad2(high)}`;
    } else extendDay(text, d, value, null);
    if (st.ordinal) return st.skip;
    if (num.run === '一' && d.end === p && !text.startsWith('月份', p - 2)) return st.skip; // 一月 alone: too often "one month"
    return { next: d.end, draft: d };
  }
  if ((c0 === '日' || c0 === '号' || c0 === '號') && !st.ordinal) {
    if (c0 !== '日' || !num.integer || value < 1 || value > 31 || st.approx || num.magnitude || num.run === '一')
      return st.skip;
    return {
      next: p + 1,
      draft: { start, end: p + 1, value, unit: '日', kind: 'date', approx: false, iso: `---${pad2(value)}` },
    };
  }
  if ((c0 === '時' || c0 === '时' || c0 === '點' || c0 === '点') && !st.ordinal && !isRange) {
    const cue = oneOf(CLOCK_CUES, st.prev);
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
  return undefined;
}
