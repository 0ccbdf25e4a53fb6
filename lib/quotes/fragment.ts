// Text fragment links (`#:~:text=[prefix-,]start[,end][,-suffix]`) that scroll a page back to a saved passage.
//
// Browsers match each term against the rendered text of one block, and require word boundaries at the outer ends
// of the match and at the inner ends of a start/end pair (textStart must end on a word boundary when textEnd
// follows; textEnd must begin on one). Chinese has no spaces, so the cut points come from the same ICU word
// segmentation the browsers use (Intl.Segmenter), preferring cuts next to punctuation: engines segment Chinese
// words differently (Chromium and Firefox disagree on 申報國家, 解放日報, 水平对外开放), but all of them break at
// punctuation. So every bounded end of a link made with its context (what the reader passes) sits next to
// punctuation, a space or a block edge: a selection that starts or ends inside a word gets a prefix or suffix that
// reaches back (or on) to such a cut, and the inner ends of a start/end pair are such cuts whenever the line has one.
import { toWellFormed } from './unicode';

import { wordSegments } from '../word-segmenter';

export interface FragmentContext {
  /** Published text right before the passage, in the same paragraph. */
  before?: string;
  /** Published text right after the passage, in the same paragraph. */
  after?: string;
}

/** A single-paragraph passage up to this many code points is linked exactly; longer ones by start and end. */
export const EXACT_MAX = 50;
/** Lengths (UTF-16 units) of the start/end snippets of a range link and of prefix/suffix context. */
const SNIPPET_MIN = 6;
const SNIPPET_MAX = 20;
const SNIPPET_TARGET = 12;
/** A cut next to punctuation is worth a longer snippet: engines segment Chinese words differently, not punctuation. */
const SAFE_PREFERRED = 8;
const SAFE_MAX = 32;
const CONTEXT_SAFE_MAX = 20;
/** Farther than this a context term stops at a word cut (a best effort in Chromium only). */
const CONTEXT_SAFE_FAR = 80;
const CONTEXT_MAX = 10;

const PUNCT = /[\p{P}\p{S}]/u;
const WORDLIKE = /[\p{L}\p{N}]/u;

/** Percent-encodes UTF-8 and the characters that are syntax inside a text directive (`-`, `,`, `&`). */
export function encodeDirectiveTerm(term: string): string {
  // encodeURIComponent throws on a lone surrogate; a stored or imported string may hold one.
  return encodeURIComponent(toWellFormed(term)).replace(/-/g, '%2D');
}

/**
 * Removes a text directive and a plain in-page anchor from a URL. Hash routes (`#/path`, `#!/path`) address a page
 * in a single-page site, so they are kept and the directive is appended after them.
 */
export function stripFragmentDirective(url: string): string {
  const hash = url.indexOf('#');
  if (hash < 0) return url;
  let fragment = url.slice(hash + 1);
  const directive = fragment.indexOf(':~:');
  if (directive >= 0) fragment = fragment.slice(0, directive);
  return /^!?\//.test(fragment) ? `${url.slice(0, hash)}#${fragment}` : url.slice(0, hash);
}

/** Word-boundary offsets of a line, 0 and length included. */
export function wordBoundaries(line: string): number[] {
  const segments = wordSegments(line);
  const cuts = new Set<number>([0, line.length]);
  if (segments) {
    for (const s of segments) cuts.add(s.index);
  } else {
    // Without a segmenter only spaces and punctuation are known boundaries.
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1] ?? '';
      const b = line[i] ?? '';
      if (/\s/.test(a) !== /\s/.test(b) || PUNCT.test(a) || PUNCT.test(b)) cuts.add(i);
    }
  }
  return [...cuts].sort((x, y) => x - y);
}

/** A cut every engine treats as a word boundary: a block edge, or next to punctuation or a space. */
function isSafeCut(line: string, b: number): boolean {
  if (b <= 0 || b >= line.length) return true;
  const before = line[b - 1] ?? '';
  const after = line[b] ?? '';
  return PUNCT.test(before) || PUNCT.test(after) || /\s/.test(before) || /\s/.test(after);
}

/**
 * Picks the length of a snippet taken from one end of `line`. `lengths` are the candidate lengths ordered from the
 * shortest, all on word boundaries. A punctuation-adjacent cut wins (the shortest of at least SAFE_PREFERRED, else the
 * longest shorter one, else the nearest one farther than SAFE_MAX); else the longest word cut within the target;
 * else the shortest word cut long enough.
 */
function snippetLength(lengths: number[], safe: (len: number) => boolean): number | undefined {
  const safeOnes = lengths.filter((len) => len >= SNIPPET_MIN && len <= SAFE_MAX && safe(len));
  const preferred = safeOnes.find((len) => len >= SAFE_PREFERRED);
  if (preferred !== undefined) return preferred;
  if (safeOnes.length > 0) return safeOnes[safeOnes.length - 1];
  const far = lengths.find((len) => len > SAFE_MAX && safe(len));
  if (far !== undefined) return far;
  const words = lengths.filter((len) => len >= SNIPPET_MIN && len <= SNIPPET_MAX);
  const inTarget = words.filter((len) => len <= SNIPPET_TARGET);
  return inTarget[inTarget.length - 1] ?? words[0] ?? lengths.find((len) => len >= SNIPPET_MIN);
}

/** End offset of the opening snippet of `line`. */
function startSnippetEnd(line: string): number {
  const lengths = wordBoundaries(line).filter((b) => b > 0);
  return snippetLength(lengths, (len) => isSafeCut(line, len)) ?? line.length;
}

/** Start offset of the closing snippet of `line`. */
function endSnippetStart(line: string): number {
  const n = line.length;
  const lengths = wordBoundaries(line)
    .filter((b) => b < n)
    .map((b) => n - b)
    .reverse();
  const len = snippetLength(lengths, (l) => isSafeCut(line, n - l));
  return len === undefined ? 0 : n - len;
}

/**
 * Context term of at least one letter: the shortest one ending (or starting) at a punctuation-adjacent cut (or a
 * known line edge) within CONTEXT_SAFE_MAX, else within CONTEXT_SAFE_FAR; else a word cut within CONTEXT_MAX.
 * `lengths` ordered from the shortest.
 */
function contextLength(lengths: number[], safe: (len: number) => boolean, hasWord: (len: number) => boolean) {
  const safeWithin = (max: number) => lengths.find((len) => len <= max && safe(len) && hasWord(len));
  return (
    safeWithin(CONTEXT_SAFE_MAX) ??
    safeWithin(CONTEXT_SAFE_FAR) ??
    lengths.filter((len) => len <= CONTEXT_MAX && hasWord(len)).pop()
  );
}

/**
 * The last words of `before`; a prefix must start on a word boundary. The start of `before` is not taken for a
 * block edge: the caller may have clipped its context anywhere (the reader sends a few dozen characters).
 */
function prefixTerm(before: string): string {
  const line = before.split('\n').pop()?.replace(/\s+/g, ' ').trimEnd() ?? '';
  const n = line.length;
  const lengths = wordBoundaries(line)
    .filter((b) => b < n)
    .map((b) => n - b)
    .reverse();
  const len = contextLength(
    lengths,
    (l) => (l === n ? before.includes('\n') && l > 0 : isSafeCut(line, n - l)),
    (l) => WORDLIKE.test(line.slice(n - l)),
  );
  return len === undefined ? '' : line.slice(n - len).trim();
}

/** The first words of `after`; a suffix must end on a word boundary (the end of `after` is no block edge either). */
function suffixTerm(after: string): string {
  const line = after.split('\n')[0]?.replace(/\s+/g, ' ').trimStart() ?? '';
  const lengths = wordBoundaries(line).filter((b) => b > 0);
  const len = contextLength(
    lengths,
    (l) => (l === line.length ? after.includes('\n') : isSafeCut(line, l)),
    (l) => WORDLIKE.test(line.slice(0, l)),
  );
  return len === undefined ? '' : line.slice(0, len).trim();
}

export interface DirectiveTerms {
  prefix: string;
  start: string;
  end: string;
  suffix: string;
}

/** The unencoded terms of a text directive for `text` (paragraphs separated by \n). */
export function directiveTerms(text: string, context: FragmentContext = {}): DirectiveTerms | null {
  const lines = text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (first === undefined || last === undefined) return null;
  const prefix = context.before ? prefixTerm(context.before) : '';
  const suffix = context.after ? suffixTerm(context.after) : '';

  // A term cannot cross a block boundary, so a passage over several paragraphs is always a start/end pair.
  if (lines.length === 1 && Array.from(first).length <= EXACT_MAX) return { prefix, start: first, end: '', suffix };
  const startEnd = startSnippetEnd(first);
  const endStart = endSnippetStart(last);
  if (lines.length === 1 && endStart < startEnd) return { prefix, start: first, end: '', suffix };
  return { prefix, start: first.slice(0, startEnd).trim(), end: last.slice(endStart).trim(), suffix };
}

/** `text=…` for the passage, or '' when there is nothing to point at. */
export function textDirective(text: string, context?: FragmentContext): string {
  const terms = directiveTerms(text, context);
  if (!terms) return '';
  const parts: string[] = [];
  if (terms.prefix) parts.push(encodeDirectiveTerm(terms.prefix) + '-');
  parts.push(encodeDirectiveTerm(terms.start));
  if (terms.end) parts.push(encodeDirectiveTerm(terms.end));
  if (terms.suffix) parts.push('-' + encodeDirectiveTerm(terms.suffix));
  return 'text=' + parts.join(',');
}

/** The page URL with a text directive that scrolls to `text` (published wording). Any earlier directive is replaced. */
export function textFragmentUrl(url: string, text: string, context?: FragmentContext): string {
  const base = stripFragmentDirective(url);
  const directive = textDirective(text, context);
  if (!directive) return base;
  return `${base}${base.includes('#') ? '' : '#'}:~:${directive}`;
}
