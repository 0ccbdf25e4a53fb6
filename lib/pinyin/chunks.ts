// ICU's word segmentation costs more per character the longer the text it is given (a 100k-character paragraph
// took 35 s, a 1,000-character one 1.5 ms), and a page may hold its whole transcript in one line. Text is read in
// chunks of whole sentences, each at most CHUNK_MAX long: no word, phrase or press-dictionary entry spans a
// sentence end, so readings are the same as for the whole text. A sentence longer than the limit is cut at a
// clause mark, and a run without any punctuation at the limit itself. Cuts are searched in the second half of the
// window only, so every chunk but the last is at least CHUNK_MAX / 2 long and the search stays linear.

// Also what one slice of ruby renders in the reader (components/reader/slices.ts): 500 characters of ruby are about
// 1,400 boxes to style and lay out, 10-30 ms on a loaded two-core machine; 1,000 took up to 70.
export const CHUNK_MAX = 500;

const SENTENCE_END = /[。！？；!?;\n]/;
const CLAUSE_END = /[，、：,:\s」』）)]/;

/** End offsets (exclusive) of consecutive chunks covering `text`; the last is text.length. */
export function chunkEnds(text: string, max = CHUNK_MAX): number[] {
  const ends: number[] = [];
  let start = 0;
  while (text.length - start > max) {
    const from = start + (max >> 1);
    const end = lastCut(text, from, start + max, SENTENCE_END) || lastCut(text, from, start + max, CLAUSE_END);
    ends.push(end || hardCut(text, start + max));
    start = ends[ends.length - 1] as number;
  }
  ends.push(text.length);
  return ends;
}

/** The offset right after the last `mark` in text[from, limit), or 0 when there is none. */
function lastCut(text: string, from: number, limit: number, mark: RegExp): number {
  for (let i = limit - 1; i >= from; i--) if (mark.test(text[i] as string)) return i + 1;
  return 0;
}

/** `at`, or one before it when `at` would split a surrogate pair. */
function hardCut(text: string, at: number): number {
  const c = text.charCodeAt(at - 1);
  return c >= 0xd800 && c <= 0xdbff ? at - 1 : at;
}
