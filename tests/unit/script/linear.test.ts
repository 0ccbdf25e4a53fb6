// Conversion work per character must not grow with the length of one paragraph. Work is counted, not timed:
// every dictionary probe of the matcher, on real Simplified and Traditional transcript text run into one line.
import { describe, expect, it } from 'vitest';
import { getConverter, getMeteredConverter, type Locale } from '../../../lib/script/converters';
import type { ProbeMeter } from '../../../lib/script/dict-table';
import { fixtures } from './fixtures';

const SIZES = [10_000, 100_000, 1_000_000] as const;

function lineOf(lang: string): string {
  return fixtures()
    .filter((f) => f.lang === lang)
    .map((f) => f.text.replace(/\s+/g, ''))
    .join('');
}

function paragraphOf(line: string, size: number): string {
  let text = '';
  while (text.length < size) text += line;
  return text.slice(0, size);
}

describe.each([
  ['cn', 'tw', 'zh-Hans'],
  ['twp', 'cn', 'zh-Hant'],
  ['hk', 'cn', 'zh-Hant'],
] as const)('%s → %s: probes per character are the same for 10k, 100k and 1M characters', (from, to, lang) => {
  const line = lineOf(lang);
  it('grow less than 1.2× from the smallest to the largest, with output unchanged by the meter', () => {
    const perChar = SIZES.map((size) => {
      const text = paragraphOf(line, size);
      const meter: ProbeMeter = { probes: 0 };
      const out = getMeteredConverter(from as Locale, to as Locale)(text, meter);
      if (size === SIZES[0]) expect(out).toBe(getConverter(from as Locale, to as Locale)(text));
      return meter.probes / size;
    });
    const smallest = perChar[0] as number;
    expect(smallest).toBeGreaterThan(0.5);
    for (const x of perChar) expect(x).toBeLessThanOrEqual(1.2 * smallest);
  });
});
