// Ruby mode: each word of a paragraph becomes one run carrying its pinyin (shown by CSS from an attribute, so
// selecting or copying never picks it up); find/focus marks are cut at word edges so both can nest.
import type { MarkRange, Paragraph, Segment } from './text';
import { segmentsOf } from './text';

/** A word with its reading; paragraph-relative offsets (a WordReading from the pinyin engine fits). */
export interface RubyWord {
  start: number;
  end: number;
  syllables: readonly string[];
}

export interface RubyRun {
  /** Pinyin shown above the run, or null for text between words (punctuation, Latin, digits). */
  ruby: string | null;
  pieces: Segment[];
}

export function rubyRunsOf(paragraph: Paragraph, words: readonly RubyWord[], marks: readonly MarkRange[]): RubyRun[] {
  const len = paragraph.text.length;
  const located: { text: string; kind: Segment['kind']; start: number }[] = [];
  let pos = 0;
  for (const s of segmentsOf(paragraph, marks)) {
    located.push({ ...s, start: pos });
    pos += s.text.length;
  }
  const spans: { start: number; end: number; ruby: string | null }[] = [];
  let at = 0;
  for (const w of [...words].sort((a, b) => a.start - b.start)) {
    if (w.start < at || w.end > len || w.end <= w.start) continue;
    if (w.start > at) spans.push({ start: at, end: w.start, ruby: null });
    spans.push({ start: w.start, end: w.end, ruby: w.syllables.length > 0 ? w.syllables.join(' ') : null });
    at = w.end;
  }
  if (at < len) spans.push({ start: at, end: len, ruby: null });
  return spans.map((span) => ({
    ruby: span.ruby,
    pieces: located.flatMap((seg) => {
      const a = Math.max(seg.start, span.start);
      const b = Math.min(seg.start + seg.text.length, span.end);
      return b > a ? [{ text: seg.text.slice(a - seg.start, b - seg.start), kind: seg.kind }] : [];
    }),
  }));
}
