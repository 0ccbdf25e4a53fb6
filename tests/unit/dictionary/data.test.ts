// The compact form and its data files: what the build makes from the pinned CC-CEDICT file, and what the engine
// joins again.
import { describe, expect, it } from 'vitest';
import { compactCedict } from '../../../lib/dictionary/cedict';
import { DATA_FILES, dataFiles, ENTRY_PARTS, joinParts, MAX_FILE_BYTES } from '../../../lib/dictionary/data-files';
import { createDictionary } from '../../../lib/dictionary/lookup';
import { glossInScript } from '../../../lib/dictionary/pointers';
import { formatReading } from '../../../lib/dictionary/reading';
import { realCompact } from './load';

const SAMPLE = [
  '# CC-CEDICT',
  '行 行 [hang2] /row/line/',
  '行 行 [xing2] /to walk/to go/',
  '銀行 银行 [yin2 hang2] /bank/CL:家[jia1],個|个[ge4]/',
  '長三角 长三角 [Chang2 San1 jiao3] /Yangtze River Delta/',
  '綠 绿 [lu:4] /green/',
  '',
].join('\r\n');

describe('compact form', () => {
  it('keeps every entry, drops the Traditional form when it is the same, sorts by Simplified (UTF-16 order)', () => {
    const c = compactCedict(SAMPLE);
    expect(c.count).toBe(5);
    expect(c.entries.split('\n')).toEqual([
      '绿\t綠\tlu:4\tgreen',
      '行\t\thang2\trow/line',
      '行\t\txing2\tto walk/to go',
      '银行\t銀行\tyin2 hang2\tbank/CL:家[jia1],個|个[ge4]',
      '长三角\t長三角\tChang2 San1 jiao3\tYangtze River Delta',
    ]);
  });

  it('finds words by either headword, in CC-CEDICT order for one headword', () => {
    const d = createDictionary(compactCedict(SAMPLE));
    expect(d.entries('行', 'hant').map((e) => e.pinyin)).toEqual(['hang2', 'xing2']);
    expect(d.entries('銀行', 'hant')[0]?.glosses).toEqual(['bank', 'CL:家[jia1],個|个[ge4]']);
    expect(d.entries('銀行', 'hans')).toEqual([]);
    expect(d.entries('银行', 'any')).toHaveLength(1);
    expect(d.longestAt('在長三角', 1, 'hant')?.word).toBe('長三角');
    expect(d.longestAt('在長三角', 0, 'hant')).toBeNull();
    expect(d.longestAt('abc', 0)).toBeNull();
  });

  it('names the line it cannot read', () => {
    expect(() => compactCedict('# head\n銀行 银行 bank\n')).toThrow(/line 2/);
  });

  it.each([
    ['Chang2 San1 jiao3', 'marks', 'Cháng Sān jiǎo'],
    ['lu:4 se4', 'marks', 'lǜ sè'],
    ['yin2 hang2', 'numbers', 'yin2 hang2'],
    ['yin2 hang2', 'zhuyin', 'ㄧㄣˊ ㄏㄤˊ'],
    ['san1 D da3 yin4', 'marks', 'sān D dǎ yìn'],
  ] as const)('reads %s in %s as %s', (pinyin, tone, shown) => {
    expect(formatReading(pinyin, tone)).toBe(shown);
  });
});

describe('data files from the pinned CC-CEDICT', () => {
  const real = realCompact();
  const files = dataFiles(real);

  it('has the whole release', () => {
    expect(real.count).toBeGreaterThan(100_000);
  });

  it('writes every file the engine injects, each under the stores’ limit', () => {
    expect([...files.keys()]).toEqual(DATA_FILES);
    for (const text of files.values()) expect(new TextEncoder().encode(text).length).toBeLessThan(MAX_FILE_BYTES);
  });

  it('joins back to the same data after the scripts run', () => {
    const scope: Record<symbol, unknown> = {};
    for (const text of files.values()) new Function('globalThis', text)(scope);
    const parts = scope[Symbol.for('briefing-reader.dictionary-data')] as Parameters<typeof joinParts>[0];
    expect(parts?.entries).toHaveLength(ENTRY_PARTS);
    expect(joinParts(parts)).toEqual({ entries: real.entries, tradOrder: real.tradOrder });
  });

  it('refuses missing parts', () => {
    expect(joinParts(undefined)).toBeNull();
    expect(joinParts({ entries: ['a'] })).toBeNull();
  });
});

describe('references shown in the page’s script', () => {
  it.each([
    ['abbr. for 長江三角洲|长江三角洲', 'hant', 'abbr. for 長江三角洲'],
    ['abbr. for 長江三角洲|长江三角洲', 'hans', 'abbr. for 长江三角洲'],
    ['CL:家[jia1],個|个[ge4]', 'hans', 'CL:家[jia1],个[ge4]'],
    ['see 儘快|尽快[jin3 kuai4]', 'any', 'see 儘快[jin3 kuai4]'],
    ['bank president', 'hans', 'bank president'],
  ] as const)('%s (%s) → %s', (gloss, script, shown) => {
    expect(glossInScript(gloss, script)).toBe(shown);
  });
});
