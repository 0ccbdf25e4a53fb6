// Every dictionary entry must fix a real pinyin-pro error and be read right by the engine. Raw pinyin-pro is
// queried before the engine registers the dictionary (vitest gives each test file its own module state).
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { PRESS_DICTIONARY, dictionaryMatches } from '../../../lib/pinyin/dictionary';
import { readingsFor } from '../../../lib/pinyin/index';
import { getConverter } from '../../../lib/script/converters';

const rawBefore = new Map(
  PRESS_DICTIONARY.map((e) => {
    const text = e.example ?? e.word;
    const at = text.indexOf(e.word);
    const raw = pinyin(text, { type: 'array', toneSandhi: false })
      .slice(at, at + e.word.length)
      .join(' ');
    return [e.word, raw] as const;
  }),
);

function readingOf(text: string, word: string, offsetWord = word): string {
  const at = getConverter('t', 'cn')(text).replace(/著/g, '着').indexOf(offsetWord);
  return readingsFor(text)
    .slice(at, at + word.length)
    .filter((s) => s !== null)
    .join(' ');
}

describe('press dictionary', () => {
  it('is sorted by word and has no duplicates', () => {
    const words = PRESS_DICTIONARY.map((e) => e.word);
    expect(words).toEqual([...new Set(words)].sort());
  });

  it.each(PRESS_DICTIONARY.map((e) => [e.word, e.reading, e.example] as const))('%s → %s', (word, reading, example) => {
    expect(reading.split(' ')).toHaveLength(word.length);
    expect(rawBefore.get(word)).not.toBe(reading);
    expect(readingOf(example ?? word, word)).toBe(reading);
    const hant = getConverter('cn', 'tw')(example ?? word);
    expect(readingOf(hant, word)).toBe(reading);
  });

  it.each([
    // A match inside a longer one yields to it; partly overlapping matches are both left to the engine.
    ['副处长', [0]],
    ['处长', [0]],
    ['重组还款', [0, 2]],
  ] as const)('dictionaryMatches(%s) starts at %j', (text, starts) => {
    expect(dictionaryMatches(text).map((m) => m.start)).toEqual(starts);
  });
});
