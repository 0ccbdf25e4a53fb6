// The word list: the sentence a word was met in (on the seed page's text), the stored shape, Anki's CSV (which must
// parse back to the same fields) and Markdown.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../export/read-csv';
import { WORD_FIELDS, wordsAnkiCsv, wordsMarkdown } from '../../../lib/words/export';
import { addWord, createSavedWord, readSavedWord, type WordInput } from '../../../lib/words/model';
import { sentenceAround } from '../../../lib/words/sentence';
import { fixtureSource } from '../dictionary/load';

const seed = fixtureSource('seed-shanghai-20180612-tc');
const SEED_URL = 'http://big5.eastday.com/gate/big5/shio.eastday.com/sh/xwb/n790/n792/n1038/n1054/u1ai17604.html';

function input(word: string, overrides: Partial<WordInput> = {}): WordInput {
  const line = seed.split('\n').find((l) => l.includes(word)) ?? word;
  const at = line.indexOf(word);
  return {
    word,
    reading: 'cháng sān jiǎo',
    other: '长三角',
    official: null,
    glosses: ['Yangtze River Delta', 'abbr. for 長江三角洲'],
    sentence: sentenceAround(line, at, at + word.length),
    speaker: '張全',
    role: '市科委主任',
    conferenceTitle: '2018年6月12日市政府新聞發佈會問答實錄',
    conferenceDate: '2018-06-12',
    url: SEED_URL,
    ...overrides,
  };
}

describe('sentence around a word', () => {
  it.each([
    ['長三角', '成為長三角産業一體化協同創新的重要節點。'],
    ['閔行區作為', '閔行區作為一個老工業基地'],
  ])('%s → …%s…', (word, expected) => {
    const line = seed.split('\n').find((l) => l.includes(word))!;
    const at = line.indexOf(word);
    const s = sentenceAround(line, at, at + word.length);
    expect(s).toContain(word);
    expect(s.length).toBeLessThanOrEqual(line.trim().length);
    expect(s).not.toMatch(/^[。！？；!?;]/);
    expect(s.slice(0, -1)).not.toMatch(/[。！？；!?;]/);
    expect(s).toContain(expected);
  });

  it('stops at sentence ends on both sides and keeps its own end mark', () => {
    const text = '第一句。行政長官今日表示,會議順利!第三句';
    expect(sentenceAround(text, 4, 8)).toBe('行政長官今日表示,會議順利!');
    expect(sentenceAround(text, 0, 2)).toBe('第一句。');
    expect(sentenceAround(text, 19, 21)).toBe('第三句');
  });
});

describe('stored words', () => {
  const now = new Date('2026-12-03T12:00:00Z');

  it('round-trips and rejects what is not a word', () => {
    const w = createSavedWord(input('長三角'), now, 'w1');
    expect(readSavedWord(JSON.parse(JSON.stringify(w)))).toEqual(w);
    expect(readSavedWord({ ...w, glosses: 'x' })).toBeNull();
    expect(readSavedWord(null)).toBeNull();
    expect(readSavedWord({ ...w, url: undefined })).toBeNull();
  });

  it('keeps one copy of a word from one sentence', () => {
    const a = createSavedWord(input('長三角'), now, 'a');
    const b = createSavedWord(input('長三角'), now, 'b');
    const c = createSavedWord(input('閔行', { reading: 'mǐn háng' }), now, 'c');
    expect(addWord(addWord([a], c), b).map((w) => w.id)).toEqual(['c', 'b']);
  });
});

describe('exports', () => {
  const now = new Date('2026-12-03T12:00:00Z');
  const words = [
    createSavedWord(input('長三角'), now, 'a'),
    createSavedWord(
      input('閔行', {
        reading: 'mǐn háng',
        other: '闵行',
        official: null,
        glosses: ['Minhang district of Shanghai, "Minhang"'],
      }),
      now,
      'b',
    ),
    createSavedWord(
      input('行政長官', {
        reading: 'xíng zhèng zhǎng guān',
        other: '行政长官',
        official: 'Chief Executive',
        glosses: ['chief executive'],
      }),
      now,
      'c',
    ),
  ];

  it('Anki CSV: header lines for the importer, then one note per word that parses back', () => {
    const csv = wordsAnkiCsv(words);
    const lines = csv.split('\r\n');
    expect(lines.slice(0, 3)).toEqual(['#separator:comma', '#html:false', `#columns:${WORD_FIELDS.join(',')}`]);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    const rows = parseCsv(lines.slice(3).join('\r\n'));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual([
      '長三角 (长三角)',
      'cháng sān jiǎo',
      'Yangtze River Delta; abbr. for 長江三角洲',
      words[0]!.sentence,
      `張全, 市科委主任, 2018年6月12日市政府新聞發佈會問答實錄, 2018-06-12, ${SEED_URL}`,
    ]);
    expect(rows[1]![2]).toBe('Minhang district of Shanghai, "Minhang"');
    expect(rows[2]![2]).toBe('Chief Executive; chief executive');
  });

  it('Markdown: the word, its reading and meaning, then the sentence and its source', () => {
    const md = wordsMarkdown(words, 'Word list');
    expect(md.startsWith('# Word list\n')).toBe(true);
    expect(md).toContain('- **長三角 (长三角)** cháng sān jiǎo — Yangtze River Delta; abbr. for 長江三角洲');
    expect(md).toContain(`  > ${words[0]!.sentence}`);
  });
});
