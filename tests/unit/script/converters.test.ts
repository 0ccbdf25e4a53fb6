import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { getConverter, type Locale } from '../../../lib/script/converters';
import { fixtures } from './fixtures';

// Our engine runs opencc-js's recipes on a faster matcher: output must be identical to opencc-js's own.
const all = fixtures()
  .map((f) => f.text)
  .join('\n');
const locales: Locale[] = ['cn', 'tw', 'hk', 't'];
const pairs = locales.flatMap((from) => locales.filter((to) => to !== from).map((to) => [from, to] as const));
pairs.push(['cn', 'twp'], ['tw', 'twp'], ['hk', 'twp']);

describe('getConverter matches opencc-js', () => {
  it.each(pairs)('%s → %s on every fixture', (from, to) => {
    expect(getConverter(from, to)(all)).toBe(OpenCC.Converter({ from, to })(all));
  });

  it.each([
    ['cn', 'tw', '㐷 一丝不挂 后来 皇后 干部 干戈 头发 发展 𠮷 ⿰氵每'],
    ['cn', 'hk', '路线 里面 着手 为了'],
    ['tw', 'cn', '著名 看著 裡面 乾隆 乾淨'],
    ['hk', 'cn', '綫 裏 着'],
    // Long phrases, their prefixes, and phrases cut by the end of the text (the matcher's prefix bits and masks).
    ['cn', 'tw', '中华人民共和国中华人民共和中华人民中华中 一发不可收拾一发不可一发'],
    ['cn', 'twp', '鼠标双击鼠标双 软件开发软件开 网络服务器网络服务'],
    ['tw', 'cn', '中華人民共和國中華人民共和 軟體開發軟體開'],
  ] as const)('%s → %s on edge text %s', (from, to, text) => {
    expect(getConverter(from, to)(text)).toBe(OpenCC.Converter({ from, to })(text));
  });

  it('caches one converter per pair', () => {
    expect(getConverter('cn', 'tw')).toBe(getConverter('cn', 'tw'));
  });
});
