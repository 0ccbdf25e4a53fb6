import { describe, expect, it } from 'vitest';
import { en, panelStringTables, panelTranslator, substitute } from '../../../../components/panel/strings';

const tables = Object.entries(panelStringTables);
const placeholders = (s: string) => [...s.matchAll(/\$([1-9])/g)].map((m) => m[1]).sort();

describe('panel strings', () => {
  it.each(tables)('%s has exactly the English keys', (_locale, table) => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(tables)('%s keeps every placeholder of each English string, and no empty string', (_locale, table) => {
    for (const [k, v] of Object.entries(table)) {
      expect(v.trim(), k).not.toBe('');
      expect(placeholders(v), k).toEqual(placeholders(en[k as keyof typeof en]));
    }
  });

  it('uses keys that are valid browser.i18n message names and unique without case', () => {
    for (const k of Object.keys(en)) expect(k).toMatch(/^panel[A-Za-z0-9_]+$/);
    expect(new Set(Object.keys(en).map((k) => k.toLowerCase())).size).toBe(Object.keys(en).length);
  });

  it.each([
    ['Showing $1 of $2', ['3', '23'], 'Showing 3 of 23'],
    ['Copied: $1', ['$2 $1'], 'Copied: $2 $1'],
    ['$$1', [], '$1'],
    ['$1', [], ''],
  ])('substitute(%j, %j)', (template, subs, out) => {
    expect(substitute(template, subs)).toBe(out);
  });

  it('accepts a table or an i18n-style function', () => {
    expect(panelTranslator(panelStringTables.zh_CN)('panelShowing', ['3', '23'])).toBe('显示 3 / 23 个');
    expect(panelTranslator((k, s) => `${k}:${s?.join(',') ?? ''}`)('panelShowing', ['3', '23'])).toBe(
      'panelShowing:3,23',
    );
  });
});
