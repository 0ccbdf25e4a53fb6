// The detector's first look: cheap enough to run on every page of a known host.
import { NOT_LABELS, PRESS_TITLE_WORDS, QUESTION_NUMBER_RE } from './lexicon';
import { containsAny } from './meta';
import { countCjk } from './text';

export interface QuickInput {
  title?: string;
  url?: string;
  /** The start of the page's text (a few KB is enough). */
  text: string;
}

export const LABEL_HINT_RE = /(?:^|[\s。？！?!])([^\s:：∶︰]{1,24})[:：∶︰]|[【[]([^\]】]{2,24})[\]】]/g;

// Metadata table rows of government article pages (neg-gov-rules-zhenba-2024): 发文字号, 主题分类, 发布日期 …
const METADATA_TAIL_RE = /(?:[号號]|日期|[时時][间間]|[机機][构構]|分[类類]|概述|[来來]源|有效性)$/;

// The last character of every LABEL_HINT_RE match. A match is at most 26 characters long, so the regex only has to
// run from just before each of these: on a long page that skips the cold regex over thousands of characters.
const HINT_END_RE = /[:：∶︰\]】]/g;
const HINT_MAX = 26;

/** The matches of LABEL_HINT_RE in `sample`, in order, as `matchAll` finds them; read lazily. */
export function* labelHintMatches(sample: string): Generator<RegExpExecArray> {
  let from = 0;
  HINT_END_RE.lastIndex = 0;
  for (let end = HINT_END_RE.exec(sample); end; end = HINT_END_RE.exec(sample)) {
    // No match starts between `from` and this end character minus HINT_MAX: it would have to end before it.
    LABEL_HINT_RE.lastIndex = Math.max(from, end.index - HINT_MAX);
    const m = LABEL_HINT_RE.exec(sample);
    if (!m) return;
    from = m.index + m[0].length;
    HINT_END_RE.lastIndex = from;
    yield m;
  }
}

/** Whether the sample holds at least `min` label-like prefixes followed by speech. */
function labelHints(sample: string, min: number): boolean {
  let n = 0;
  for (const m of labelHintMatches(sample)) {
    const label = (m[1] ?? m[2] ?? '').replace(QUESTION_NUMBER_RE, '');
    if (countCjk(label) === 0 || NOT_LABELS.has(label) || METADATA_TAIL_RE.test(label)) continue;
    if (++n >= min) return true;
  }
  return false;
}

/**
 * A cheap first look for the content script (title, URL, the first KB of text): true when the page cannot be a
 * transcript (no Chinese text, or neither a press title word nor two label-like "X:" prefixes followed by speech).
 */
export function quickReject(input: QuickInput): boolean {
  const sample = input.text.slice(0, 20000);
  if (countCjk(sample, 20) < 20) return true;
  // The title word may be in <title> or, on pages whose <title> is only the site's name, in the first heading.
  if (containsAny(input.title ?? '', PRESS_TITLE_WORDS) || containsAny(sample.slice(0, 3000), PRESS_TITLE_WORDS)) {
    return false;
  }
  return !labelHints(sample, 2);
}

const SHOW_TEXT = 4;
const SKIP_TEXT_OF = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/**
 * The first `max` characters of an element's visible-ish text, read node by node: on a 2 MB page the detector must
 * not build the whole page's text just to look at its start.
 */
export function sampleText(root: Element, max = 20000): string {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const parts: string[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n && length < max; n = walker.nextNode()) {
    const parent = n.parentNode as Element | null;
    if (parent && SKIP_TEXT_OF.has(parent.nodeName)) continue;
    const text = n.nodeValue ?? '';
    parts.push(text);
    length += text.length;
  }
  return parts.join('').slice(0, max);
}
