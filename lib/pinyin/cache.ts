// Hover budget is a few milliseconds, while pinyin-pro costs ~0.4 ms per 1,000 characters plus segmentation:
// each paragraph is analysed once, on its first hover, and later hovers are an array lookup.
import { formatSyllable, numberedReadings, type NumberedReadings, type ReadingOptions } from './readings';
import type { ToneStyle } from './syllable';
import type { WordSpan } from './segmenter';
import { toWordReading, type WordReading } from './words';

export interface PinyinCacheOptions {
  /** Default tone style of results; each call may override it. Default 'marks'. */
  tone?: ToneStyle;
  /** Tone sandhi of 一 and 不; fixed for the cache's lifetime because it changes the analysis. Default false. */
  sandhi?: boolean;
  /** Paragraphs kept, least recently used dropped first. Default 1000. */
  maxParagraphs?: number;
}

export interface PinyinCache {
  /** The word covering UTF-16 offset `offset` of `paragraph`, or null if no hanzi word is there. */
  wordAt(paragraph: string, offset: number, tone?: ToneStyle): WordReading | null;
  /** All hanzi words of the paragraph (for ruby mode). */
  words(paragraph: string, tone?: ToneStyle): WordReading[];
  /** Per-code-unit readings of the paragraph, as readingsFor() returns them. */
  readings(paragraph: string, tone?: ToneStyle): (string | null)[];
  /** Number of paragraphs analysed and kept. */
  readonly size: number;
  clear(): void;
}

interface Entry {
  readings: NumberedReadings;
  spans: WordSpan[];
  /** spanAt[i] = index into spans of the word covering offset i, or -1. */
  spanAt: Int32Array;
}

export function createPinyinCache(options: PinyinCacheOptions = {}): PinyinCache {
  const defaultTone = options.tone ?? 'marks';
  const analysis: ReadingOptions = { sandhi: options.sandhi ?? false };
  const max = Math.max(1, options.maxParagraphs ?? 1000);
  const entries = new Map<string, Entry>();

  function entryFor(paragraph: string): Entry {
    let e = entries.get(paragraph);
    if (e) {
      // Map keeps insertion order: re-inserting marks the paragraph as most recently used.
      entries.delete(paragraph);
      entries.set(paragraph, e);
      return e;
    }
    const readings = numberedReadings(paragraph, analysis);
    const spans = readings.spans;
    const spanAt = new Int32Array(paragraph.length).fill(-1);
    spans.forEach((s, k) => spanAt.fill(k, s.start, s.end));
    e = { readings, spans, spanAt };
    entries.set(paragraph, e);
    if (entries.size > max) {
      const oldest = entries.keys().next();
      if (!oldest.done) entries.delete(oldest.value);
    }
    return e;
  }

  return {
    wordAt(paragraph, offset, tone = defaultTone) {
      if (!Number.isInteger(offset) || offset < 0 || offset >= paragraph.length) return null;
      const e = entryFor(paragraph);
      const span = e.spans[e.spanAt[offset] ?? -1];
      return span ? toWordReading(e.readings, span, { tone }) : null;
    },
    words(paragraph, tone = defaultTone) {
      const e = entryFor(paragraph);
      return e.spans.map((s) => toWordReading(e.readings, s, { tone }));
    },
    readings(paragraph, tone = defaultTone) {
      return entryFor(paragraph).readings.numbered.map((s) => (s ? formatSyllable(s, tone) : null));
    },
    get size() {
      return entries.size;
    },
    clear() {
      entries.clear();
    },
  };
}
