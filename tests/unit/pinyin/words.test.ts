import { describe, expect, it } from 'vitest';
import { createPinyinCache } from '../../../lib/pinyin/index';
import { simplifiedAligned } from '../../../lib/pinyin/index';
import { segmentWords } from '../../../lib/pinyin/index';

// Seed page, question 2 (Traditional, Big5-gateway rendering).
const SEED = '張全(市科委主任):眾所周知,長三角地區是我國經濟最具活力、開放程度最高、創新能力最強的區域之一。';

describe('segmentWords', () => {
  it.each([
    [
      '銀行行長',
      [
        ['銀行', 'yín háng'],
        ['行長', 'háng zhǎng'],
      ],
    ],
    // ICU splits 司|長談: the dictionary still gives 長 its reading in 司長.
    [
      '政務司司長談',
      [
        ['政務', 'zhèng wù'],
        ['司', 'sī'],
        ['司', 'sī'],
        ['長談', 'zhǎng tán'],
      ],
    ],
    // A dictionary word ICU splits into whole pieces is one word.
    ['處長', [['處長', 'chù zhǎng']]],
    [
      '上海參加了會議',
      [
        ['上海', 'shàng hǎi'],
        ['參加', 'cān jiā'],
        ['了', 'le'],
        ['會議', 'huì yì'],
      ],
    ],
  ] as const)('%s', (text, expected) => {
    const words = segmentWords(text).map((w) => [w.word, w.syllables.join(' ')]);
    expect(words.slice(0, expected.length)).toEqual(expected);
  });

  it('gives offsets into the original text and the Simplified form of each word', () => {
    const words = segmentWords(SEED);
    for (const w of words) expect(SEED.slice(w.start, w.end)).toBe(w.word);
    const cq = words.find((w) => w.word === '眾所周知');
    expect(cq?.simplified).toBe('众所周知');
    expect(words.some((w) => /[A-Za-z(:,]/.test(w.word))).toBe(false);
  });
});

describe('simplifiedAligned', () => {
  it.each([
    ['銀行行長', '银行行长'],
    ['或者説作用發揮得好壞', '或者说作用发挥得好坏'],
    ['網際網路', '网际网路'],
    ['2018年6月12日市政府新聞發佈會', '2018年6月12日市政府新闻发布会'],
  ])('%s → %s', (t, s) => {
    expect(simplifiedAligned(t)).toBe(s);
    expect(simplifiedAligned(t)).toHaveLength(t.length);
  });
});

describe('createPinyinCache', () => {
  it.each([
    [0, '張', 'zhāng'],
    [12, '眾所周知', 'zhòng suǒ zhōu zhī'],
    [15, '長', 'cháng'],
    [17, '三角', 'sān jiǎo'],
    [9, null, null],
  ] as const)('wordAt(seed, %i) → %s', (offset, word, syllables) => {
    const cache = createPinyinCache();
    const w = cache.wordAt(SEED, offset);
    expect(w?.word ?? null).toBe(word);
    expect(w?.syllables.join(' ') ?? null).toBe(syllables);
  });

  it('analyses a paragraph once, formats per call, and evicts the least recently used', () => {
    const cache = createPinyinCache({ maxParagraphs: 2 });
    expect(cache.wordAt('處長', 1, 'numbers')?.syllables).toEqual(['chu4', 'zhang3']);
    expect(cache.wordAt('處長', 0, 'zhuyin')?.syllables).toEqual(['ㄔㄨˋ', 'ㄓㄤˇ']);
    expect(cache.size).toBe(1);
    cache.wordAt('重慶', 0);
    cache.wordAt('處長', 0);
    cache.wordAt('還款', 0);
    expect(cache.size).toBe(2);
    expect(cache.readings('重慶')).toEqual(['chóng', 'qìng']);
    expect(cache.wordAt('重慶', -1)).toBeNull();
    expect(cache.wordAt('重慶', 2)).toBeNull();
  });
});
