// A long paragraph (a whole transcript on one line) is read a chunk at a time, where it is hovered or asked for:
// the same words as reading it whole, and the work of one hover bounded by a chunk, not by the paragraph. Work is
// counted, never timed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPinyinCache, LONG_PARAGRAPH } from '../../../lib/pinyin/index';
import { CHUNK_MAX } from '../../../lib/pinyin/chunks';
import { createWorkMeter } from '../../../lib/pinyin/meter';
import { segmentWords } from '../../../lib/pinyin/index';

const PAGES = join(__dirname, '../../fixtures/pages');
const oneLine = (id: string) => readFileSync(join(PAGES, id, 'source.txt'), 'utf8').replace(/\s+/g, '');

function paragraphOf(ids: string[], size: number): string {
  const line = ids.map(oneLine).join('');
  let text = '';
  while (text.length < size) text += line;
  return text.slice(0, size);
}

describe('a long paragraph, read in chunks', () => {
  it.each([
    { script: 'Traditional', ids: ['seed-shanghai-20180612-tc', 'hk-ce-20120703-tc'] },
    { script: 'Simplified', ids: ['shanghai-20070531', 'mfa-20200428-oneline'] },
  ])('$script: the same words as the whole paragraph read at once', ({ ids }) => {
    const text = paragraphOf(ids, 3 * LONG_PARAGRAPH);
    const cache = createPinyinCache();
    const ends = cache.chunks(text);
    expect(ends.length).toBeGreaterThan(3);
    expect(ends.at(-1)).toBe(text.length);
    ends.forEach((end, k) => expect(end - (k === 0 ? 0 : ends[k - 1]!)).toBeLessThanOrEqual(CHUNK_MAX));
    const whole = segmentWords(text);
    expect(ends.flatMap((_, k) => cache.wordsIn(text, k))).toEqual(whole);
    expect(cache.words(text)).toEqual(whole);
    for (const w of whole.filter((_, i) => i % 97 === 0)) expect(cache.wordAt(text, w.start)).toEqual(w);
  });

  it('a paragraph up to LONG_PARAGRAPH is one chunk', () => {
    const text = paragraphOf(['seed-shanghai-20180612-tc'], LONG_PARAGRAPH);
    const cache = createPinyinCache();
    expect(cache.chunks(text)).toEqual([text.length]);
    expect(cache.wordsIn(text, 0)).toEqual(cache.words(text));
    expect(cache.wordsIn(text, 1)).toEqual([]);
    expect(cache.wordsIn(text, -1)).toEqual([]);
  });

  it('readings of a range are that slice of the whole, and read only the chunks holding it', () => {
    const text = paragraphOf(['seed-shanghai-20180612-tc', 'shanghai-20070531'], 3 * LONG_PARAGRAPH);
    const whole = createPinyinCache().readings(text);
    const meter = createWorkMeter();
    const cache = createPinyinCache({ meter });
    const ends = cache.chunks(text);
    for (const [from, to] of [
      [0, 5],
      [ends[0]! - 3, ends[0]! + 3],
      [text.length - 4, text.length],
      [10, 10],
    ] as const)
      expect(cache.readings(text, 'marks', from, to)).toEqual(whole.slice(from, to));
    // Three chunks of the paragraph were read, not all of them.
    expect(meter.segmenterChars).toBeLessThan(text.length - ends[1]!);
  });

  it.each([0.01, 0.5, 0.99])('hovering at %d of a 1 MB paragraph reads one chunk of it', (at) => {
    const meter = createWorkMeter();
    const text = paragraphOf(['seed-shanghai-20180612-tc', 'shanghai-20070531'], 1 << 20);
    const cache = createPinyinCache({ meter });
    let offset = Math.floor(text.length * at);
    while (!/[\u4e00-\u9fff]/.test(text[offset]!)) offset++;
    const w = cache.wordAt(text, offset);
    expect(w).not.toBeNull();
    expect(w!.start).toBeLessThanOrEqual(offset);
    expect(w!.end).toBeGreaterThan(offset);
    expect(w!.word).toBe(text.slice(w!.start, w!.end));
    expect(w!.syllables.length).toBeGreaterThan(0);
    // ICU and pinyin-pro see the chunk alone (pinyin-pro reads its words again one by one: at most twice).
    expect(meter.segmenterChars).toBeLessThanOrEqual(CHUNK_MAX);
    expect(meter.pinyinChars).toBeLessThanOrEqual(2 * CHUNK_MAX);
    // The next hover in the same chunk is a lookup.
    const before = { ...meter };
    cache.wordAt(text, w!.end);
    expect(meter.segmenterChars).toBe(before.segmenterChars);
  });
});
