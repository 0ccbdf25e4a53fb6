// Word boundaries from ICU (lib/word-segmenter.ts), which carries a real Chinese word dictionary: pinyin-pro's own
// segment() only knows its polyphone words and leaves 上海日报 as four single characters.
import { wordSegments } from '../word-segmenter';
import type { WorkMeter } from './meter';

export interface WordSpan {
  /** UTF-16 offsets, end exclusive. */
  start: number;
  end: number;
}

/** All segments of `text` (words, punctuation, spaces), covering it without gaps. Without Intl.Segmenter (old
 *  engines) every code point is its own segment: readings stay right, hover words get shorter. */
export function segmentSpans(text: string, meter?: WorkMeter): WordSpan[] {
  const spans: WordSpan[] = [];
  const segments = wordSegments(text);
  if (meter) {
    meter.segmenterCalls++;
    meter.segmenterChars += text.length;
    meter.longestSegmenterInput = Math.max(meter.longestSegmenterInput, text.length);
  }
  if (segments) {
    for (const s of segments) spans.push({ start: s.index, end: s.index + s.segment.length });
    return spans;
  }
  for (let i = 0; i < text.length;) {
    const end = i + ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
    spans.push({ start: i, end });
    i = end;
  }
  return spans;
}
