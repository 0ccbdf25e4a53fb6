// Word boundaries from ICU (Intl.Segmenter), which carries a real Chinese word dictionary: pinyin-pro's own
// segment() only knows its polyphone words and leaves 上海日报 as four single characters.

export interface WordSpan {
  /** UTF-16 offsets, end exclusive. */
  start: number;
  end: number;
}

let segmenter: Intl.Segmenter | null | undefined;

function getSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  }
  return segmenter;
}

/** All segments of `text` (words, punctuation, spaces), covering it without gaps. Without Intl.Segmenter (old
 *  engines) every code point is its own segment: readings stay right, hover words get shorter. */
export function segmentSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  const seg = getSegmenter();
  if (seg) {
    for (const s of seg.segment(text)) spans.push({ start: s.index, end: s.index + s.segment.length });
    return spans;
  }
  for (let i = 0; i < text.length;) {
    const end = i + ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
    spans.push({ start: i, end });
    i = end;
  }
  return spans;
}
