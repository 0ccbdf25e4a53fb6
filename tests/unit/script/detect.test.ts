import { describe, expect, it } from 'vitest';
import { detectScript, scriptSample } from '../../../lib/script/detect';
import { detectTaiwanPhrases, isBig5GatewayUrl, pickSource } from '../../../lib/script/source';
import { fixture, fixtures } from './fixtures';

const all = fixtures();
const SCRIPT_OF_LANG: Record<string, string> = { 'zh-Hans': 'hans', 'zh-Hant': 'hant' };

describe('detectScript', () => {
  it.each(all.map((f) => [f.id, f] as const))('%s matches meta.json lang', (_id, f) => {
    expect(detectScript(f.text)).toBe(SCRIPT_OF_LANG[f.lang]);
  });

  it.each([
    ['', 'mixed'],
    ['Press conference 2018', 'mixed'],
    ['这是简体中文的发言。', 'hans'],
    ['這是繁體中文的發言。', 'hant'],
    ['这是简体。這是繁體。這裡還有說明。', 'mixed'],
  ])('%j → %s', (text, script) => {
    expect(detectScript(text)).toBe(script);
  });

  it('samples long text', () => {
    const long = '這是繁體中文的發言。'.repeat(10000);
    expect(scriptSample(long).length).toBeLessThanOrEqual(20000);
    expect(detectScript(long)).toBe('hant');
  });
});

describe('source locale', () => {
  it.each([
    ['seed-shanghai-20180612-tc', true, 'twp'],
    ['scio-asean-20140722-tc', true, 'twp'],
    ['scio-nbs-20190314-tc', true, 'twp'],
    ['tao-20230426-gwytb-tc', true, 'twp'],
    ['hk-ce-20120703-tc', false, 'hk'],
    ['hk-ce-20160621-tc', false, 'hk'],
    ['neg-hk-cs-statement-20050310-tc', false, 'hk'],
    ['neg-tw-ly-interpellation-tc', false, 'tw'],
    ['neg-udn-tao-news-20251016-tc', false, 'tw'],
    ['hk-fs-20160226-sc', false, 'cn'],
    ['mfa-20221027-fmprc', false, 'cn'],
  ])('%s: gateway URL %s, source %s', (id, gateway, source) => {
    const f = fixture(id);
    expect(isBig5GatewayUrl(f.url)).toBe(gateway);
    expect(pickSource(f.text, f.url)).toBe(source);
  });

  it.each([
    // The seed's text alone says gateway: Taiwan phrases in a mainland municipal text.
    ['seed-shanghai-20180612-tc', true],
    ['scio-nbs-20190314-tc', true],
    // A Taiwan newspaper about the mainland's Taiwan office is genuine Taiwan text.
    ['neg-udn-tao-news-20251016-tc', false],
    ['neg-tw-ly-interpellation-tc', false],
  ])('%s recognised from text alone: %s', (id, twp) => {
    const v = detectTaiwanPhrases(fixture(id).text);
    expect(v.twp).toBe(twp);
  });

  it('lists the seed phrases', () => {
    const v = detectTaiwanPhrases(fixture('seed-shanghai-20180612-tc').text);
    expect(v.phrases).toEqual(expect.arrayContaining(['網際網路', '支援', '人工智慧', '資訊']));
  });

  it.each([
    ['http://big5.www.gov.cn/gate/big5/www.gov.cn/x.htm', true],
    ['http://big5.eastday.com:82/gate/big5/shio.eastday.com/a.html', true],
    ['http://example.cn/gate/big5/www.example.cn/', true],
    ['https://www.gov.cn/xinwen/', false],
    ['big5.www.gov.cn/gate/big5/a.htm', true],
    [undefined, false],
  ])('%s gateway: %s', (url, expected) => {
    expect(isBig5GatewayUrl(url)).toBe(expected);
  });
});
