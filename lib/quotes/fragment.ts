// Text fragment links (`#:~:text=[prefix-,]start[,end][,-suffix]`) that scroll a page back to a saved passage.
//
// Browsers match each term against the rendered text of one block, and require word boundaries at the outer ends
// of the match and at the inner ends of a start/end pair (textStart must end on a word boundary when textEnd
// follows; textEnd must begin on one). Chinese has no spaces, so the cut points come from the same ICU word
// segmentation the browsers use (Intl.Segmenter), preferring a cut right after punctuation, which every segmenter
// agrees is a boundary.

export interface FragmentContext {
  /** Published text right before the passage, in the same paragraph. */
  before?: string;
  /** Published text right after the passage, in the same paragraph. */
  after?: string;
}

/** A single-paragraph passage up to this many code points is linked exactly; longer ones by start and end. */
export const EXACT_MAX = 50;
/** Bounds (UTF-16 units) of the start/end snippets of a range link and of prefix/suffix context. */
const SNIPPET_MIN = 6;
const SNIPPET_MAX = 20;
const SNIPPET_TARGET = 12;
const CONTEXT_MIN = 2;
const CONTEXT_MAX = 10;

const PUNCT = /[\p{P}\p{S}]/u;
/** Punctuation that closes or separates (not an opening bracket or quote): the best place to cut. */
const SEPARATOR = /[\p{Po}\p{Pe}\p{Pf}\p{Pd}]/u;

/** Percent-encodes UTF-8 and the characters that are syntax inside a text directive (`-`, `,`, `&`). */
export function encodeDirectiveTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
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

type Segmenter = { segment(text: string): Iterable<{ index: number; segment: string }> };

let segmenter: Segmenter | null | undefined;
function getSegmenter(): Segmenter | null {
  if (segmenter === undefined) {
    const Ctor = (Intl as unknown as { Segmenter?: new (locale: string, opts: object) => Segmenter }).Segmenter;
    segmenter = Ctor ? new Ctor('zh', { granularity: 'word' }) : null;
  }
  return segmenter;
}

/** Word-boundary offsets of a line, 0 and length included. */
export function wordBoundaries(line: string): number[] {
  const seg = getSegmenter();
  const cuts = new Set<number>([0, line.length]);
  if (seg) {
    for (const s of seg.segment(line)) cuts.add(s.index);
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

/**
 * Among candidate cuts (ordered from the inner end outwards), the furthest one after a separator; else the furthest
 * within the target length. Longer snippets are less likely to match earlier on the page.
 */
function pick(cands: number[], isSeparator: (b: number) => boolean, withinTarget: (b: number) => boolean) {
  const seps = cands.filter(isSeparator);
  if (seps.length > 0) return seps[seps.length - 1];
  const short = cands.filter(withinTarget);
  return short[short.length - 1] ?? cands[0];
}

/** End offset of the opening snippet of `line`. */
function startSnippetEnd(line: string): number {
  const cuts = wordBoundaries(line).filter((b) => b > 0);
  const inWindow = cuts.filter((b) => b >= SNIPPET_MIN && b <= SNIPPET_MAX);
  const chosen = pick(
    inWindow,
    (b) => SEPARATOR.test(line[b - 1] ?? ''),
    (b) => b <= SNIPPET_TARGET,
  );
  return chosen ?? cuts.find((b) => b >= SNIPPET_MIN) ?? line.length;
}

/** Start offset of the closing snippet of `line`. */
function endSnippetStart(line: string): number {
  const n = line.length;
  const cuts = wordBoundaries(line)
    .filter((b) => b < n)
    .reverse();
  const inWindow = cuts.filter((b) => n - b >= SNIPPET_MIN && n - b <= SNIPPET_MAX);
  const chosen = pick(
    inWindow,
    (b) => SEPARATOR.test(line[b - 1] ?? ''),
    (b) => n - b <= SNIPPET_TARGET,
  );
  return chosen ?? cuts.find((b) => n - b >= SNIPPET_MIN) ?? 0;
}

/** The last few words of `before` (the prefix must start on a word boundary). */
function prefixTerm(before: string): string {
  const line = before.split('\n').pop()?.replace(/\s+/g, ' ').trimEnd() ?? '';
  if (line === '') return '';
  const n = line.length;
  const cuts = wordBoundaries(line)
    .filter((b) => b < n)
    .reverse();
  const start =
    cuts.find((b) => n - b >= CONTEXT_MIN && n - b <= CONTEXT_MAX) ?? cuts.find((b) => n - b >= CONTEXT_MIN);
  return start === undefined ? '' : line.slice(start).trim();
}

/** The first few words of `after` (the suffix must end on a word boundary). */
function suffixTerm(after: string): string {
  const line = after.split('\n')[0]?.replace(/\s+/g, ' ').trimStart() ?? '';
  if (line === '') return '';
  const cuts = wordBoundaries(line).filter((b) => b > 0);
  const end = cuts.find((b) => b >= CONTEXT_MIN && b <= CONTEXT_MAX) ?? cuts.find((b) => b >= CONTEXT_MIN);
  return end === undefined ? '' : line.slice(0, end).trim();
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
