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

// Words are atomic inline blocks, and a line may break on either side of one: without help, a 。 or ， after a
// word could start a line and a “ or 《 before one could end it. Closing marks are kept with the word before
// them and opening marks with the word after them.
const CLOSING = /^[、。，．,.:;：；！？!?）)」』”’》〉】〕〗〙〛｝}\]…‥～%％]+/u;
const OPENING = /[（(「『“‘《〈【〔〖〘〚｛{[]+$/u;

/** Runs kept on one line together: a word with the punctuation glued to it, or text between words. */
export type RubyGroup = RubyRun[];

function splitPieces(pieces: readonly Segment[], at: number): [Segment[], Segment[]] {
  const head: Segment[] = [];
  const tail: Segment[] = [];
  let pos = 0;
  for (const s of pieces) {
    const end = pos + s.text.length;
    if (end <= at) head.push(s);
    else if (pos >= at) tail.push(s);
    else {
      head.push({ text: s.text.slice(0, at - pos), kind: s.kind });
      tail.push({ text: s.text.slice(at - pos), kind: s.kind });
    }
    pos = end;
  }
  return [head, tail];
}

export function rubyGroupsOf(runs: readonly RubyRun[]): RubyGroup[] {
  const groups: RubyGroup[] = [];
  let pendingOpen: RubyRun | null = null;
  runs.forEach((run, i) => {
    if (run.ruby !== null) {
      groups.push(pendingOpen ? [pendingOpen, run] : [run]);
      pendingOpen = null;
      return;
    }
    let pieces = run.pieces;
    let text = pieces.map((s) => s.text).join('');
    const last = groups[groups.length - 1];
    const closing = i > 0 && runs[i - 1]?.ruby != null ? (CLOSING.exec(text)?.[0].length ?? 0) : 0;
    if (closing > 0 && last) {
      const [head, tail] = splitPieces(pieces, closing);
      last.push({ ruby: null, pieces: head });
      pieces = tail;
      text = text.slice(closing);
    }
    const opening = runs[i + 1]?.ruby != null ? (OPENING.exec(text)?.[0].length ?? 0) : 0;
    if (opening > 0) {
      const [head, tail] = splitPieces(pieces, text.length - opening);
      pieces = head;
      pendingOpen = { ruby: null, pieces: tail };
    }
    if (pieces.length > 0) groups.push([{ ruby: null, pieces }]);
  });
  return groups;
}
