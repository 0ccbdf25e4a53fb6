import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../lib/script/converters';
import type { Variant } from '../../../lib/script/types';
import { convertText, createConversion, toOriginalText } from '../../../lib/script/conversion';
import { variantLang } from '../../../lib/script/variant';
import { fixture } from './fixtures';

const seed = fixture('seed-shanghai-20180612-tc');
const seedHans = convertText(seed.text, 'hans', 'twp');

describe('Big5-gateway page to 简体 gives back the mainland wording', () => {
  it.each([
    ['工業網際網路、人工智慧', '工业互联网、人工智能'],
    ['關注和支援。', '关注和支持。'],
    ['我們支援大數據、雲計算', '我们支持大数据、云计算'],
    ['成果轉化資訊共用', '成果转化信息共用'],
  ])('%s → %s', (tc, sc) => {
    expect(seed.text).toContain(tc);
    expect(seedHans).toContain(sc);
  });

  // Taiwan-side words that are also ordinary mainland vocabulary must survive (opencc's full reverse table
  // would give 内核, 创建, 交互, 拷贝).
  it.each([
    ['活力為核心', '活力为核心'],
    ['推動建立長三角', '推动建立长三角'],
    ['學習和互動的渠道', '学习和互动的渠道'],
    ['可複製、可推廣', '可复制、可推广'],
    ['發展有著極其', '发展有着极其'],
  ])('keeps %s → %s', (tc, sc) => {
    expect(seed.text).toContain(tc);
    expect(seedHans).toContain(sc);
  });
});

describe('convertText', () => {
  it.each<[string, Variant, Locale, string]>([
    // A genuine Taiwan text keeps its own words in Simplified characters.
    ['我們支援災區的網路建設', 'hans', 'tw', '我们支援灾区的网路建设'],
    // Hong Kong forms differ from Taiwan ones.
    ['路线里面着手', 'hk', 'cn', '路線裏面着手'],
    ['路线里面着手', 'tw', 'cn', '路線裡面著手'],
    // A gateway page read in Hong Kong script: Taiwan phrases undone, Hong Kong forms applied.
    ['工業網際網路和線上服務', 'hk', 'twp', '工業互聯網和線上服務'],
    ['工業網際網路', 'tw', 'twp', '工業網際網路'],
    // Punctuation stays as published.
    ['他说：“上海制造”和「长三角」', 'tw', 'cn', '他說：“上海製造”和「長三角」'],
    ['他說:「長三角」與“上海製造”', 'hans', 't', '他说:「长三角」与“上海制造”'],
    // Latin letters and digits pass through.
    ['5G网络覆盖率达到98.5%,AI产业159亿元', 'tw', 'cn', '5G網絡覆蓋率達到98.5%,AI產業159億元'],
    ['5G網路、第14名、Shanghai Daily', 'hans', 'twp', '5G网络、第14名、Shanghai Daily'],
    // Same script, same region: left as published.
    ['互联网', 'hans', 'cn', '互联网'],
    ['網際網路', 'original', 'twp', '網際網路'],
  ])('%s as %s from %s', (text, variant, source, expected) => {
    expect(convertText(text, variant, source)).toBe(expected);
  });
});

describe('toOriginalText maps a converted passage back to the published words', () => {
  const original = '我們支援大數據、雲計算、工業網際網路、人工智慧等與實體經濟深度融合。';
  const convert = (s: string) => convertText(s, 'hans', 'twp');
  it.each([
    ['大数据、云计算', '大數據、雲計算'],
    ['工业互联网', '工業網際網路'],
    ['实体经济深度融合', '實體經濟深度融合'],
    ['not in the text', 'not in the text'],
  ])('%s → %s', (passage, expected) => {
    expect(toOriginalText(passage, original, convert)).toBe(expected);
  });

  it('via createConversion on the seed', () => {
    const c = createConversion(seed.text, seed.url);
    expect(c.source).toBe('twp');
    expect(c.script).toBe('hant');
    expect(c.converter('hans')('人工智慧')).toBe('人工智能');
    expect(c.toOriginal('人工智能', original, 'hans')).toBe('人工智慧');
  });

  it('asking for another converter does not change what toOriginal maps from', () => {
    const c = createConversion(seed.text, seed.url);
    c.converter('hans');
    c.converter('tw');
    expect(c.toOriginal('人工智能', original, 'hans')).toBe('人工智慧');
    expect(c.toOriginal('人工智能', original, 'original')).toBe('人工智能');
  });
});

describe('variantLang', () => {
  it.each([
    ['hans', 'zh-Hant', 'zh-Hans'],
    ['tw', null, 'zh-Hant-TW'],
    ['hk', 'zh-Hans', 'zh-Hant-HK'],
    ['original', 'zh-Hant', 'zh-Hant'],
    ['original', null, 'zh'],
    ['original', '', 'zh'],
  ] as const)('%s on a %s page → %s', (variant, pageLang, tag) => {
    expect(variantLang(variant, pageLang)).toBe(tag);
  });
});
