import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings, opensByItself, validateSettings, variantFor } from '../../../lib/settings';

describe('settings validation', () => {
  it.each([
    ['a missing value', undefined, ['settings']],
    ['a string', 'corrupt', ['settings']],
    ['defaults', DEFAULT_SETTINGS, []],
    ['a bad autoOpen', { ...DEFAULT_SETTINGS, autoOpen: 'always' }, ['autoOpen']],
    ['a bad tone and sandhi', { ...DEFAULT_SETTINGS, tone: 'ipa', sandhi: 'yes' }, ['tone', 'sandhi']],
    [
      'a bad site variant',
      { ...DEFAULT_SETTINGS, sites: { 'www.gov.cn': { variant: 'klingon', enabled: true } } },
      ['sites.www.gov.cn.variant'],
    ],
    ['a site that is not an object', { ...DEFAULT_SETTINGS, sites: { 'www.gov.cn': 3 } }, ['sites.www.gov.cn']],
  ])('%s: replaced fields are reported', (_name, raw, replaced) => {
    const r = validateSettings(raw);
    expect(r.replaced).toEqual(replaced);
    expect(Object.keys(r.value).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('keeps valid fields next to repaired ones', () => {
    const r = validateSettings({
      ...DEFAULT_SETTINGS,
      tone: 'zhuyin',
      autoOpen: 42,
      sites: { a: { enabled: false, variant: 'hk' } },
    });
    expect(r.value.tone).toBe('zhuyin');
    expect(r.value.autoOpen).toBe('known-hosts');
    expect(r.value.sites).toEqual({ a: { enabled: false, variant: 'hk' } });
  });

  it.each([
    [{}, 'big5.eastday.com', 'original'],
    [{ defaultVariant: 'hans' }, 'big5.eastday.com', 'hans'],
    [{ defaultVariant: 'hans', sites: { 'big5.eastday.com': { variant: 'tw' } } }, 'big5.eastday.com', 'tw'],
    [{ defaultVariant: 'hans', sites: { 'big5.eastday.com': { variant: 'tw' } } }, 'www.gov.cn', 'hans'],
  ] as const)('variant for a site %#', (patch, host, variant) => {
    expect(variantFor({ ...DEFAULT_SETTINGS, ...patch }, host)).toBe(variant);
  });

  it.each([
    ['known host, auto-open on', {}, 'www.fmprc.gov.cn', true, true],
    ['known host, "on request"', { autoOpen: 'on-request' }, 'www.fmprc.gov.cn', true, false],
    ['known host turned off', { sites: { 'www.fmprc.gov.cn': { enabled: false } } }, 'www.fmprc.gov.cn', true, false],
    ['other site, auto-open on', {}, 'www.example-news.tw', false, false],
    [
      'other site turned "always" on',
      { sites: { 'www.example-news.tw': { enabled: true } } },
      'www.example-news.tw',
      false,
      true,
    ],
    [
      'other site "always" on while known hosts are "on request"',
      { autoOpen: 'on-request', sites: { 'www.example-news.tw': { enabled: true } } },
      'www.example-news.tw',
      false,
      true,
    ],
  ] as const)('opens by itself: %s', (_, patch, host, known, expected) => {
    expect(opensByItself({ ...DEFAULT_SETTINGS, ...patch } as Settings, host, known)).toBe(expected);
  });
});
