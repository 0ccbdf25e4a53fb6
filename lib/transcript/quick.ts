// The detector's first look: cheap enough to run on every page of a known host.
import { NOT_LABELS, PRESS_TITLE_WORDS } from './lexicon';
import { containsAny } from './meta';
import { countCjk } from './text';

export interface QuickInput {
  title?: string;
  url?: string;
  /** The start of the page's text (a few KB is enough). */
  text: string;
}

const LABEL_HINT_RE = /(?:^|[\s。？！?!])([^\s:：∶︰]{1,24})[:：∶︰]|[【[]([^\]】]{2,24})[\]】]/g;

// Metadata table rows of government article pages (neg-gov-rules-zhenba-2024): 发文字号, 主题分类, 发布日期 …
const METADATA_TAIL_RE = /(?:[号號]|日期|[时時][间間]|[机機][构構]|分[类類]|概述|[来來]源|有效性)$/;

/** Whether the sample holds at least `min` label-like prefixes followed by speech. */
function labelHints(sample: string, min: number): boolean {
  let n = 0;
  for (const m of sample.matchAll(LABEL_HINT_RE)) {
    const label = (m[1] ?? m[2] ?? '').replace(/^\d{1,3}[、.．]/, '');
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
  if (countCjk(sample) < 20) return true;
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
