// The one Intl.Segmenter of the extension (pinyin word spans, quote-fragment cuts): ICU carries a real Chinese word
// dictionary. Built once per realm; null on engines without Intl.Segmenter, where callers fall back to their own cuts.

export interface WordSegment {
  /** UTF-16 offset of the segment in the text. */
  index: number;
  segment: string;
}

interface Segmenter {
  segment(text: string): Iterable<WordSegment>;
}

let segmenter: Segmenter | null | undefined;

/** The word segments of `text` (words, punctuation, spaces, covering it without gaps), or null without ICU.
 *  ICU's cost per character grows with the length of the text it is given (a 100k-character line takes
 *  seconds); callers cut long text first (lib/pinyin/chunks.ts). */
export function wordSegments(text: string): Iterable<WordSegment> | null {
  if (segmenter === undefined) {
    const Ctor = (Intl as unknown as { Segmenter?: new (locale: string, opts: object) => Segmenter }).Segmenter;
    segmenter = typeof Ctor === 'function' ? new Ctor('zh', { granularity: 'word' }) : null;
  }
  return segmenter ? segmenter.segment(text) : null;
}
