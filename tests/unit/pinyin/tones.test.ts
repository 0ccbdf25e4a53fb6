import { describe, expect, it } from 'vitest';
import { readingsFor } from '../../../lib/pinyin/index';
import { numberedToMarks, numberedToString, parseNumbered } from '../../../lib/pinyin/syllable';
import { numberedToZhuyin } from '../../../lib/pinyin/zhuyin';

function zhuyin(n: string): string | null {
  const s = parseNumbered(n);
  return s && numberedToZhuyin(s);
}
function marks(n: string): string | null {
  const s = parseNumbered(n);
  return s && numberedToMarks(s);
}

describe('pinyin → zhuyin', () => {
  it.each([
    ['yin2', 'ㄧㄣˊ'],
    ['hang2', 'ㄏㄤˊ'],
    ['zhang3', 'ㄓㄤˇ'],
    ['zhi1', 'ㄓ'],
    ['chi2', 'ㄔˊ'],
    ['shi4', 'ㄕˋ'],
    ['ri4', 'ㄖˋ'],
    ['zi4', 'ㄗˋ'],
    ['ci2', 'ㄘˊ'],
    ['si1', 'ㄙ'],
    ['yu4', 'ㄩˋ'],
    ['yue4', 'ㄩㄝˋ'],
    ['yuan2', 'ㄩㄢˊ'],
    ['yun2', 'ㄩㄣˊ'],
    ['yong4', 'ㄩㄥˋ'],
    ['lü4', 'ㄌㄩˋ'],
    ['lv4', 'ㄌㄩˋ'],
    ['nü3', 'ㄋㄩˇ'],
    ['lüe4', 'ㄌㄩㄝˋ'],
    ['ju2', 'ㄐㄩˊ'],
    ['que4', 'ㄑㄩㄝˋ'],
    ['xuan3', 'ㄒㄩㄢˇ'],
    ['jun1', 'ㄐㄩㄣ'],
    ['jiong3', 'ㄐㄩㄥˇ'],
    ['er2', 'ㄦˊ'],
    ['de5', '˙ㄉㄜ'],
    ['de0', '˙ㄉㄜ'],
    ['le', '˙ㄌㄜ'],
    ['yi1', 'ㄧ'],
    ['ya4', 'ㄧㄚˋ'],
    ['ye3', 'ㄧㄝˇ'],
    ['you3', 'ㄧㄡˇ'],
    ['liu2', 'ㄌㄧㄡˊ'],
    ['ying1', 'ㄧㄥ'],
    ['wu3', 'ㄨˇ'],
    ['wo3', 'ㄨㄛˇ'],
    ['wei4', 'ㄨㄟˋ'],
    ['dui4', 'ㄉㄨㄟˋ'],
    ['wen2', 'ㄨㄣˊ'],
    ['lun4', 'ㄌㄨㄣˋ'],
    ['weng1', 'ㄨㄥ'],
    ['dong1', 'ㄉㄨㄥ'],
    ['bo2', 'ㄅㄛˊ'],
    ['feng1', 'ㄈㄥ'],
    ['guo2', 'ㄍㄨㄛˊ'],
    ['kuai4', 'ㄎㄨㄞˋ'],
    ['shuang1', 'ㄕㄨㄤ'],
    ['ao4', 'ㄠˋ'],
    ['ou1', 'ㄡ'],
    ['e4', 'ㄜˋ'],
    ['an1', 'ㄢ'],
    ['ê2', 'ㄝˊ'],
    ['n2', 'ㄣˊ'],
    ['m2', 'ㄇˊ'],
  ])('%s → %s', (n, z) => {
    expect(zhuyin(n)).toBe(z);
  });

  it.each(['xyz1', 'q2', ''])('rejects %j', (n) => {
    expect(zhuyin(n)).toBeNull();
  });
});

describe('pinyin tone marks', () => {
  it.each([
    ['yin2', 'yín'],
    ['hang2', 'háng'],
    ['zhang3', 'zhǎng'],
    ['lü4', 'lǜ'],
    ['lüe4', 'lüè'],
    ['nü3', 'nǚ'],
    ['gui4', 'guì'],
    ['liu2', 'liú'],
    ['dou1', 'dōu'],
    ['xiao3', 'xiǎo'],
    ['shuai4', 'shuài'],
    ['de5', 'de'],
    ['er2', 'ér'],
    ['ê2', 'ế'],
    ['m2', 'ḿ'],
    ['yue4', 'yuè'],
    ['kuo4', 'kuò'],
  ])('%s → %s', (n, m) => {
    expect(marks(n)).toBe(m);
  });

  it.each([
    ['de0', 'de5'],
    ['lv4', 'lü4'],
    ['LU:4', 'lü4'],
    ['yin2', 'yin2'],
  ])('numbers %s → %s', (n, out) => {
    const s = parseNumbered(n);
    expect(s && numberedToString(s)).toBe(out);
  });
});

describe('readingsFor tone styles', () => {
  const text = '銀行行長說,綠色的2018年';
  it.each([
    ['marks', ['yín', 'háng', 'háng', 'zhǎng', 'shuō', null, 'lǜ', 'sè', 'de', null, null, null, null, 'nián']],
    [
      'numbers',
      ['yin2', 'hang2', 'hang2', 'zhang3', 'shuo1', null, 'lü4', 'se4', 'de5', null, null, null, null, 'nian2'],
    ],
    [
      'zhuyin',
      [
        'ㄧㄣˊ',
        'ㄏㄤˊ',
        'ㄏㄤˊ',
        'ㄓㄤˇ',
        'ㄕㄨㄛ',
        null,
        'ㄌㄩˋ',
        'ㄙㄜˋ',
        '˙ㄉㄜ',
        null,
        null,
        null,
        null,
        'ㄋㄧㄢˊ',
      ],
    ],
  ] as const)('%s', (tone, expected) => {
    expect(readingsFor(text, { tone })).toEqual(expected);
  });

  it('aligns astral characters by UTF-16 offset', () => {
    const r = readingsFor('𠀀行长');
    expect(r).toHaveLength(4);
    expect(r[1]).toBeNull();
  });
});

describe('tone sandhi of 一 and 不', () => {
  it.each([
    ['有一個問題', 1, 'yī', 'yí'],
    ['一體化', 0, 'yī', 'yì'],
    ['不斷', 0, 'bù', 'bú'],
    ['不能', 0, 'bù', 'bù'],
    ['唯一', 1, 'yī', 'yī'],
  ] as const)('%s [%i]: %s by default, %s with sandhi', (text, i, plain, sandhi) => {
    expect(readingsFor(text)[i]).toBe(plain);
    expect(readingsFor(text, { sandhi: true })[i]).toBe(sandhi);
  });
});
