// The background's word list over the fake browser: saves from many tabs at once all arrive, a damaged stored
// entry is kept (never dropped) and skipped, delete removes by id.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteWords, saveWord } from '../../../entrypoints/background/words';
import type { WordInput } from '../../../lib/words/model';

const stored = async (): Promise<unknown[]> =>
  ((await fakeBrowser.storage.local.get('words')).words ?? []) as unknown[];

const input = (word: string, sentence: string): WordInput => ({
  word,
  reading: 'xíng zhèng zhǎng guān',
  other: null,
  official: 'Chief Executive',
  glosses: ['chief executive'],
  sentence,
  speaker: '林鄭月娥',
  role: '行政長官',
  conferenceTitle: '行政長官會見傳媒答問內容',
  conferenceDate: '2020-11-11',
  url: 'https://www.info.gov.hk/gia/general/202011/11/P2020111100920.htm',
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('word list writer', () => {
  it('keeps every one of many saves made at once', async () => {
    const results = await Promise.all(
      ['一', '二', '三', '四', '五'].map((n) => saveWord(input('行政長官', `第${n}句。`))),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await stored()).toHaveLength(5);
  });

  it('keeps a damaged entry and deletes by id', async () => {
    await fakeBrowser.storage.local.set({ words: [{ broken: true }] });
    await saveWord(input('行政長官', '甲。'));
    await saveWord(input('立法會', '乙。'));
    const list = (await stored()) as { id?: string; word?: string }[];
    expect(list[0]).toEqual({ broken: true });
    const removed = await deleteWords([list[1]!.id!]);
    expect(removed.map((w) => w.word)).toEqual(['行政長官']);
    expect(((await stored()) as { word?: string }[]).map((w) => w.word)).toEqual([undefined, '立法會']);
  });
});
