// The pinyin engine's work per character must not grow with the length of one paragraph (a one-line page of a
// whole transcript once took 35 s). Work is counted, not timed: every ICU segmenter and pinyin-pro call with the
// characters it was given, and every press-dictionary probe, on real transcript text run together into one line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHUNK_MAX, chunkEnds } from '../../../lib/pinyin/chunks';
import { createWorkMeter, type WorkMeter } from '../../../lib/pinyin/meter';
import { numberedReadings } from '../../../lib/pinyin/index';

const PAGES = join(__dirname, '../../fixtures/pages');
const line = ['seed-shanghai-20180612-tc', 'shanghai-20070531', 'scio-nbs-20190314-tc']
  .map((id) => readFileSync(join(PAGES, id, 'source.txt'), 'utf8').replace(/\s+/g, ''))
  .join('');

function paragraphOf(size: number): string {
  let text = '';
  while (text.length < size) text += line;
  return text.slice(0, size);
}

const SIZES = [10_000, 100_000, 1_000_000] as const;
const work = new Map<number, WorkMeter>();

describe('pinyin work per character is the same for 10k, 100k and 1M characters in one paragraph', () => {
  // One test per size; the comparison comes last. The million characters go through the real ICU and pinyin-pro
  // (about 3 s on an idle core, three times that on the shared machine): that case alone gets a longer timeout.
  it.each(SIZES)(
    'reads %i characters, never handing ICU or pinyin-pro more than a chunk',
    { timeout: 60_000 },
    (size) => {
      const meter = createWorkMeter();
      const text = paragraphOf(size);
      const r = numberedReadings(text, { meter });
      expect(r.numbered).toHaveLength(size);
      expect(meter.segmenterChars).toBe(size);
      expect(meter.longestSegmenterInput).toBeLessThanOrEqual(CHUNK_MAX);
      expect(meter.longestPinyinInput).toBeLessThanOrEqual(CHUNK_MAX);
      work.set(size, meter);
    },
  );

  it.each([
    ['segmenter calls', (m: WorkMeter) => m.segmenterCalls],
    ['pinyin-pro calls', (m: WorkMeter) => m.pinyinCalls],
    ['pinyin-pro characters', (m: WorkMeter) => m.pinyinChars],
    ['dictionary probes', (m: WorkMeter) => m.dictionaryProbes],
  ] as const)('%s per character grow less than 1.2× from 10k to 1M', (_, count) => {
    const perChar = SIZES.map((size) => count(work.get(size) as WorkMeter) / size);
    const smallest = perChar[0] as number;
    expect(smallest).toBeGreaterThan(0);
    for (const x of perChar) expect(x).toBeLessThanOrEqual(1.2 * smallest);
  });
});

describe('chunkEnds', () => {
  it.each([
    ['short text is one chunk', '第一句。第二句。', 10, [8]],
    ['cuts after the last sentence end in the window', '一二三。四五六七八。九十', 10, [10, 12]],
    ['falls back to a clause mark', '一二三四五六，七八九十一二', 10, [7, 13]],
    ['cuts at the limit without punctuation', '一二三四五六七八九十一二', 10, [10, 12]],
    ['ignores a mark in the first half of the window', '一。三四五六七八九十一二', 10, [10, 12]],
    ['never splits a surrogate pair', '一二三四五六七八九𠮷一二', 10, [9, 13]],
  ] as const)('%s', (_, text, max, ends) => {
    expect(chunkEnds(text, max)).toEqual(ends);
  });

  it('gives the same readings as reading each sentence group alone', () => {
    const text = paragraphOf(3 * CHUNK_MAX);
    let start = 0;
    const pieces: (string | null)[] = [];
    for (const end of chunkEnds(text)) {
      const alone = numberedReadings(text.slice(start, end), { personalName: false });
      pieces.push(...alone.numbered.map((s) => (s ? `${s.base}${s.tone}` : null)));
      start = end;
    }
    expect(numberedReadings(text).numbered.map((s) => (s ? `${s.base}${s.tone}` : null))).toEqual(pieces);
  });
});
