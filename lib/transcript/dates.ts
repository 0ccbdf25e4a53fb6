// Dates as pages print them: 2018年6月12日, 2023-04-26, 二○○二年六月二十八日 (HK releases), the ROC calendar of
// Taiwan records (時間:90/01/15), 20200122 before a title (HackMD notes), 12-9-2015 (day first, Singapore forum).

export interface DateRule {
  re: RegExp;
  /** Year, month, day from the match. */
  read: (m: RegExpExecArray) => [number, number, number];
}

const ymd = (m: RegExpExecArray): [number, number, number] => [Number(m[1]), Number(m[2]), Number(m[3])];

/** Chinese digits of a year (二○○二) and of a month or day (六, 二十八, 廿八, 卅一). */
const CN_DIGITS: Record<string, number> = Object.fromEntries(
  [...'〇○零一二三四五六七八九'].map((c, i) => [c, Math.max(0, i - 2)]),
);

function cnYear(s: string): number {
  return [...s].reduce((n, c) => n * 10 + (CN_DIGITS[c] ?? NaN), 0);
}

function cnSmall(s: string): number {
  const t = s.replace('廿', '二十').replace('卅', '三十');
  const at = t.indexOf('十');
  if (at < 0) return CN_DIGITS[t] ?? NaN;
  const tens = at === 0 ? 1 : (CN_DIGITS[t.slice(0, at)] ?? NaN);
  const ones = at === t.length - 1 ? 0 : (CN_DIGITS[t.slice(at + 1)] ?? NaN);
  return tens * 10 + ones;
}

/** Dates in page text, most explicit first. */
export const TEXT_DATES: readonly DateRule[] = [
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]/, read: ymd },
  { re: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/, read: ymd },
  // 二○○二年六月二十八日 (hk-cs-20020628-sc footer).
  {
    re: /([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十廿卅]{1,3})日/,
    read: (m) => [cnYear(m[1] ?? ''), cnSmall(m[2] ?? ''), cnSmall(m[3] ?? '')],
  },
  // 時間:90/01/15 or 民國90年1月15日: the ROC calendar, year 1 = 1912 (tw-mofa-20010115-tc).
  {
    re: /(?:^(?:時間|时间|日期)\s*[:：]\s*|民[國国]\s*)(\d{2,3})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})/,
    read: (m) => [Number(m[1]) + 1911, Number(m[2]), Number(m[3])],
  },
  // 20200122 at the head of a title (tw-president-20200122-hackmd); not a longer digit run (编号20221027123).
  {
    re: /^(?:#+\s*)?((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/,
    read: ymd,
  },
  // 12-9-2015 12:54:12: a forum's day-month-year post stamp (sg-pm-20150912-forum).
  { re: /(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])/, read: (m) => [Number(m[3]), Number(m[2]), Number(m[1])] },
];

/** Dates in government URLs: fmprc t20221027_…, gov.cn /2014-07/22/, info.gov.hk /201207/03/. */
export const URL_DATES: readonly DateRule[] = [
  /\/t(\d{4})(\d{2})(\d{2})_/,
  /\/(\d{4})-(\d{2})\/(\d{2})\//,
  /\/(\d{4})(\d{2})\/(\d{2})\//,
  /\/(\d{4})-(\d{2})-(\d{2})\//,
].map((re) => ({ re, read: ymd }));

export function parseDate(text: string, rules: readonly DateRule[] = TEXT_DATES): string | null {
  for (const { re, read } of rules) {
    const m = re.exec(text);
    if (!m) continue;
    const [y, mo, d] = read(m);
    if (y >= 1949 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
      return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    }
  }
  return null;
}

/** The month and day a title names without a year ("趙國安4月18日記者招待會…"), as "-04-18", or null. */
export function monthDayOf(title: string): string | null {
  const m = /(?<!\d|年\s*)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]/.exec(title);
  if (!m || /\d{4}\s*年\s*$/.test(title.slice(0, m.index))) return null;
  return `-${String(m[1]).padStart(2, '0')}-${String(m[2]).padStart(2, '0')}`;
}
