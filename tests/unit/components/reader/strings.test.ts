// The three UI string tables must stay interchangeable: same keys, same placeholders, valid i18n message names.
import { describe, expect, it } from 'vitest';
import { en, readerStringTables, substitute, translatorFor, zhCN, zhTW } from '../../../../components/reader/strings';

const placeholders = (s: string) => [...s.matchAll(/\$([1-9])/g)].map((m) => m[1]).sort();

describe('reader strings', () => {
  it.each([
    ['zh_CN', zhCN],
    ['zh_TW', zhTW],
  ])('%s has exactly the English keys', (_name, table) => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en) as (keyof typeof en)[])('%s has the same placeholders and no empty text', (key) => {
    for (const table of Object.values(readerStringTables)) {
      expect(table[key].trim()).not.toBe('');
      expect(placeholders(table[key])).toEqual(placeholders(en[key]));
    }
  });

  it('keys are valid, case-insensitively unique browser.i18n message names', () => {
    const keys = Object.keys(en);
    expect(keys.every((k) => /^[A-Za-z0-9_]+$/.test(k))).toBe(true);
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
  });

  it.each([
    ['$1 of $2', ['3', '9'], '3 of 9'],
    ['第 $1 / $2 處', ['1', '12'], '第 1 / 12 處'],
    ['$$$1', ['5'], '$5'],
    ['$1 questions', [], ' questions'],
  ])('substitute(%s, %j) = %s', (template, subs, out) => {
    expect(substitute(template, subs)).toBe(out);
  });

  it('translatorFor passes a function through and wraps a table', () => {
    const fn = (k: string) => `[${k}]`;
    expect(translatorFor(fn)).toBe(fn);
    expect(translatorFor(zhTW)('readerFindCount', ['2', '5'])).toBe('第 2 / 5 處');
  });
});
