import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, parseNumeral, readArabic } from '../../../lib/figures/numerals';

// [printed numeral, value, upper bound of a range or undefined]
const VALUES: Array<[string, number, number?]> = [
  ['159億', 15_900_000_000],
  ['45億', 4_500_000_000],
  ['159亿', 15_900_000_000],
  ['1.5萬億', 1_500_000_000_000],
  ['1.5万亿', 1_500_000_000_000],
  ['1.2万亿', 1_200_000_000_000],
  ['20万亿', 20_000_000_000_000],
  ['3,000', 3000],
  ['1,234,567', 1_234_567],
  ['529,971', 529_971],
  ['３０', 30],
  ['２０１８', 2018],
  ['３．５', 3.5],
  ['7.3', 7.3],
  ['0.3', 0.3],
  ['26.5', 26.5],
  ['3.5万', 35_000],
  ['3.5萬', 35_000],
  ['12.5万', 125_000],
  ['1.1亿', 110_000_000],
  ['3千万', 30_000_000],
  ['5百万', 5_000_000],
  ['100個億', 10_000_000_000],
  ['100个亿', 10_000_000_000],
  ['6個億', 600_000_000],
  ['3兆', 3_000_000_000_000],
  ['一百四十萬', 1_400_000],
  ['一百四十万', 1_400_000],
  ['二○一四', 2014],
  ['二〇一四', 2014],
  ['一九九七', 1997],
  ['二○○五', 2005],
  ['兩', 2],
  ['两', 2],
  ['兩萬', 20_000],
  ['两千', 2000],
  ['廿', 20],
  ['廿三', 23],
  ['卅', 30],
  ['卅五', 35],
  ['零', 0],
  ['〇', 0],
  ['七', 7],
  ['十', 10],
  ['十五', 15],
  ['二十', 20],
  ['二十一', 21],
  ['九十九', 99],
  ['一百', 100],
  ['一百零五', 105],
  ['一千零一十', 1010],
  ['九千九百九十九', 9999],
  ['一百二', 120],
  ['三千二', 3200],
  ['一萬五', 15_000],
  ['两万五', 25_000],
  ['五十万', 500_000],
  ['一千二百万', 12_000_000],
  ['十三亿', 1_300_000_000],
  ['十四億', 1_400_000_000],
  ['一億五千萬', 150_000_000],
  ['一万亿', 1_000_000_000_000],
  ['四萬億', 4_000_000_000_000],
  ['三點五', 3.5],
  ['零点三', 0.3],
  ['三点五万', 35_000],
  ['百', 100],
  ['三四', 3, 4],
  ['七八', 7, 8],
  ['五六十', 50, 60],
  ['十五六', 15, 16],
  ['二十三四', 23, 24],
  ['三四百万', 3_000_000, 4_000_000],
  ['九二', 92],
];

describe('parseNumeral', () => {
  it.each(VALUES)('%s = %d', (printed, value, high) => {
    const r = parseNumeral(printed);
    expect(r).not.toBeNull();
    expect(r!.value).toBe(value);
    expect(r!.high).toBe(high);
  });

  it('has at least 60 rows', () => expect(VALUES.length).toBeGreaterThanOrEqual(60));
});

// Malformed numerals: no value at all rather than a wrong one, and never NaN/Infinity or an exception.
const MALFORMED = [
  '一百百',
  '十十',
  '萬萬',
  '億億',
  '三千百',
  '一十百',
  '1..5億',
  '1.2.3',
  '99999999999999999999億',
  '1234567890123456789012',
  '1,23',
  '',
  'abc',
  '三零五十',
  '十三五六七',
];

describe('malformed numerals', () => {
  it.each(MALFORMED)('%s gives no value', (printed) => {
    expect(() => parseNumeral(printed)).not.toThrow();
    expect(parseNumeral(printed)).toBeNull();
  });

  it.each(MALFORMED)('%s as a Chinese run never yields a non-finite value', (printed) => {
    const r = parseChineseNumeral(printed);
    if (r !== null) expect(Number.isFinite(r.value)).toBe(true);
  });
});

describe('readArabic', () => {
  it.each<[string, number, number, boolean]>([
    ['3,000人', 3000, 5, false],
    ['增长7.3%', 7.3, 3, false],
    ['2015年、2016年', 2015, 4, false],
    ['1..5億', 1, 4, true],
    ['100,200', 100_200, 7, false],
    ['12,34', 12, 2, false],
    ['1,2345', 1, 1, false],
  ])('%s → %d, ends at %d', (text, value, end, malformed) => {
    const at = /\d/.exec(text)!.index;
    const r = readArabic(text, at)!;
    expect(r.malformed).toBe(malformed);
    if (!malformed) expect(r.value).toBe(value);
    expect(r.end).toBe(at + end);
  });
});
