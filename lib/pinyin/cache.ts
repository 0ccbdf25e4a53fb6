// Hover budget is a few milliseconds, while pinyin-pro costs ~0.4 ms per 1,000 characters plus segmentation:
// each paragraph is analysed once, on its first hover, and later hovers are an array lookup. A long paragraph (a
// whole transcript on one line) is analysed a chunk at a time (chunks.ts), only where it is hovered or asked for:
// reading a megabyte at once would hold the page for seconds.
import { chunkEnds } from './chunks';
import type { WorkMeter } from './meter';
import { formatSyllable, numberedReadings, type NumberedReadings, type ReadingOptions } from './readings';
import type { ToSimplified } from './simplified';
import type { ToneStyle } from './syllable';
import type { WordSpan } from './segmenter';
import { toWordReading, type WordReading } from './words';

export interface PinyinCacheOptions {
  /** Traditional → Simplified by character (opencc-js 't' → 'cn'); the reader passes the script engine's. */
  toSimplified: ToSimplified;
  /** Default tone style of results; each call may override it. Default 'marks'. */
  tone?: ToneStyle;
  /** Tone sandhi of 一 and 不; fixed for the cache's lifetime because it changes the analysis. Default false. */
  sandhi?: boolean;
  /** Paragraphs kept, least recently used dropped first. Default 1000. */
  maxParagraphs?: number;
  /** Counts the engine's work, for the tests that prove it bounded without timing it. */
  meter?: WorkMeter;
}

/** Longer paragraphs are read chunk by chunk, on demand. Not lower: the reader shows each chunk of a long paragraph
 *  as a block of its own, so its lines break at chunk ends (a price worth paying only where a paragraph is very long). */
export const LONG_PARAGRAPH = 2000;

export interface PinyinCache {
  /** The word covering UTF-16 offset `offset` of `paragraph`, or null if no hanzi word is there. */
  wordAt(paragraph: string, offset: number, tone?: ToneStyle): WordReading | null;
  /** All hanzi words of the paragraph (for ruby mode). */
  words(paragraph: string, tone?: ToneStyle): WordReading[];
  /** Where the paragraph's chunks end: one chunk for a paragraph up to LONG_PARAGRAPH long. Work on a long
   *  paragraph goes a chunk at a time, through `wordsIn`. */
  chunks(paragraph: string): readonly number[];
  /** The words of chunk `k` of `chunks(paragraph)`, with paragraph offsets; it alone is analysed. */
  wordsIn(paragraph: string, k: number, tone?: ToneStyle): WordReading[];
  /** Per-code-unit readings of the paragraph, as readingsFor() returns them; of [from, to) only when given (only the
   *  chunks holding that range are analysed). */
  readings(paragraph: string, tone?: ToneStyle, from?: number, to?: number): (string | null)[];
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

/** A paragraph's chunks, each analysed the first time it is needed (offsets local to the chunk). */
interface Chunked {
  ends: number[];
  parts: (Entry | undefined)[];
}

function analyse(text: string, options: ReadingOptions): Entry {
  const readings = numberedReadings(text, options);
  const spans = readings.spans;
  const spanAt = new Int32Array(text.length).fill(-1);
  spans.forEach((s, k) => spanAt.fill(k, s.start, s.end));
  return { readings, spans, spanAt };
}

function shifted(w: WordReading, by: number): WordReading {
  return by === 0 ? w : { ...w, start: w.start + by, end: w.end + by };
}

/** Index of the chunk holding `offset`: the first whose end lies beyond it. */
function chunkOf(ends: readonly number[], offset: number): number {
  let lo = 0;
  let hi = ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ends[mid] as number) > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function createPinyinCache(options: PinyinCacheOptions): PinyinCache {
  const defaultTone = options.tone ?? 'marks';
  const analysis: ReadingOptions = {
    toSimplified: options.toSimplified,
    sandhi: options.sandhi ?? false,
    meter: options.meter,
  };
  const max = Math.max(1, options.maxParagraphs ?? 1000);
  const entries = new Map<string, Chunked>();

  function chunkedFor(paragraph: string): Chunked {
    let e = entries.get(paragraph);
    if (e) {
      // Map keeps insertion order: re-inserting marks the paragraph as most recently used.
      entries.delete(paragraph);
      entries.set(paragraph, e);
      return e;
    }
    // Chunks end at sentence marks, which the Simplified form keeps in place: cut here, they are the cuts that
    // reading the whole paragraph would make.
    const ends = paragraph.length > LONG_PARAGRAPH ? chunkEnds(paragraph) : [paragraph.length];
    e = { ends, parts: new Array<Entry | undefined>(ends.length) };
    entries.set(paragraph, e);
    if (entries.size > max) {
      const oldest = entries.keys().next();
      if (!oldest.done) entries.delete(oldest.value);
    }
    return e;
  }

  function part(paragraph: string, c: Chunked, k: number): { entry: Entry; start: number } {
    const start = k === 0 ? 0 : (c.ends[k - 1] as number);
    const entry = (c.parts[k] ??= analyse(
      c.ends.length === 1 ? paragraph : paragraph.slice(start, c.ends[k]),
      analysis,
    ));
    return { entry, start };
  }

  function wordsOf(paragraph: string, c: Chunked, k: number, tone: ToneStyle): WordReading[] {
    const { entry, start } = part(paragraph, c, k);
    return entry.spans.map((s) => shifted(toWordReading(entry.readings, s, { tone }), start));
  }

  return {
    wordAt(paragraph, offset, tone = defaultTone) {
      if (!Number.isInteger(offset) || offset < 0 || offset >= paragraph.length) return null;
      const c = chunkedFor(paragraph);
      const { entry, start } = part(paragraph, c, chunkOf(c.ends, offset));
      const span = entry.spans[entry.spanAt[offset - start] ?? -1];
      return span ? shifted(toWordReading(entry.readings, span, { tone }), start) : null;
    },
    words(paragraph, tone = defaultTone) {
      const c = chunkedFor(paragraph);
      return c.ends.flatMap((_, k) => wordsOf(paragraph, c, k, tone));
    },
    chunks(paragraph) {
      return chunkedFor(paragraph).ends;
    },
    wordsIn(paragraph, k, tone = defaultTone) {
      const c = chunkedFor(paragraph);
      return k >= 0 && k < c.ends.length ? wordsOf(paragraph, c, k, tone) : [];
    },
    readings(paragraph, tone = defaultTone, from = 0, to = paragraph.length) {
      const c = chunkedFor(paragraph);
      const out: (string | null)[] = [];
      for (let k = chunkOf(c.ends, Math.max(0, from)); k < c.ends.length && from < to; k++) {
        const { entry, start } = part(paragraph, c, k);
        const end = Math.min(to, c.ends[k] as number);
        for (let i = Math.max(from, start); i < end; i++) {
          const syl = entry.readings.numbered[i - start];
          out.push(syl ? formatSyllable(syl, tone) : null);
        }
        if (end >= to) break;
      }
      return out;
    },
    get size() {
      return entries.size;
    },
    clear() {
      entries.clear();
    },
  };
}
