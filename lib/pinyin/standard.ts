// The pinyin functions with opencc-js's Traditional → Simplified converter bound: for the CLI, the popup and the
// tests. The reader's pinyin engine does not import this module; it is handed the script engine's converter, which
// the tab has loaded already (one copy of the dictionaries, not two).
import { getConverter } from '../script/converters';
import { createPinyinCache as createCache, type PinyinCache, type PinyinCacheOptions } from './cache';
import {
  numberedReadings as numbered,
  readingsFor as readings,
  type NumberedReadings,
  type ReadingOptions,
} from './readings';
import { simplifiedAligned as aligned } from './simplified';
import { segmentWords as segment, type WordReading } from './words';

type Options<T extends { toSimplified: unknown }> = Omit<T, 'toSimplified'> & Partial<Pick<T, 'toSimplified'>>;

export const standardSimplified = (text: string): string => getConverter('t', 'cn')(text);

const bound = <T extends { toSimplified: unknown }>(opts: Options<T>): T =>
  ({ toSimplified: standardSimplified, ...opts }) as T;

export function createPinyinCache(options: Options<PinyinCacheOptions> = {}): PinyinCache {
  return createCache(bound(options));
}

export function numberedReadings(text: string, opts: Options<ReadingOptions> = {}): NumberedReadings {
  return numbered(text, bound(opts));
}

export function readingsFor(text: string, opts: Options<ReadingOptions> = {}): (string | null)[] {
  return readings(text, bound(opts));
}

export function segmentWords(text: string, opts: Options<ReadingOptions> = {}): WordReading[] {
  return segment(text, bound(opts));
}

export function simplifiedAligned(text: string): string {
  return aligned(text, standardSimplified);
}
