// Hover shows the whole word under the pointer, with its readings in context.
import { formatSyllable, numberedReadings, type NumberedReadings, type ReadingOptions } from './readings';
import type { WordSpan } from './segmenter';
import type { ToneStyle } from './syllable';

export interface WordReading {
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
  /** The word as it appears in the text. */
  word: string;
  /** The same word in Simplified characters (index-aligned with `word`). */
  simplified: string;
  /** One syllable per hanzi of the word, in order (non-hanzi inside a word are skipped). */
  syllables: string[];
}

export function toWordReading(r: NumberedReadings, span: WordSpan, opts: { tone?: ToneStyle } = {}): WordReading {
  const syllables: string[] = [];
  for (let i = span.start; i < span.end; i++) {
    const syl = r.numbered[i];
    if (syl) syllables.push(formatSyllable(syl, opts.tone));
  }
  return {
    start: span.start,
    end: span.end,
    word: r.text.slice(span.start, span.end),
    simplified: r.simplified.slice(span.start, span.end),
    syllables,
  };
}

/** The words of `text` that contain hanzi, with their readings in context. Segmentation runs on the Simplified
 *  form, so both scripts of the same sentence get the same boundaries. */
export function segmentWords(text: string, opts: ReadingOptions): WordReading[] {
  const r = numberedReadings(text, opts);
  return r.spans.map((span) => toWordReading(r, span, opts));
}
