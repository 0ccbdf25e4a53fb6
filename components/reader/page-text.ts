// The character under the pointer in a page's own text (the reader closed). The caret at the point gives a text
// node; the text around it, up to the nearest block boundary (a block element or a <br>) or a few hundred characters
// either way, is the paragraph the word is read in. The page is only read: nothing is marked, wrapped or measured
// into it. The document is passed in, so this runs against any DOM.
import { caretAt, charAtCaret, offsetOf, type Hit, type ParagraphText } from './hover';

const TEXT_NODE = 3;
const SHOW_ELEMENT_AND_TEXT = 1 | 4;

/** Elements that end a line of text: a paragraph never runs across them. */
const BLOCKS = new Set(
  (
    'address article aside blockquote body br caption center dd details dialog div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hr html legend li main nav ol p pre section summary table tbody td tfoot ' +
    'th thead tr ul'
  ).split(' '),
);
/** Text that is not the page's prose, or that the user is editing. */
const NOT_PROSE =
  'script, style, noscript, template, textarea, input, select, option, [contenteditable]:not([contenteditable="false"])';
/** How far the paragraph reaches either way of the text node under the pointer (characters of other nodes). */
const REACH = 300;
const HAN = /\p{Script=Han}/u;

function blockOf(node: Node): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) if (BLOCKS.has(el.localName)) return el;
  return null;
}

function isProse(text: Text): boolean {
  return text.parentElement !== null && !text.parentElement.closest(NOT_PROSE);
}

/** Whether the characters at a caret offset (the one after it or before it) include a Han character. */
function hanNear(text: string, offset: number): boolean {
  return HAN.test(text.slice(Math.max(0, offset - 2), offset + 2));
}

/** The text nodes of the paragraph around `node`, in document order, within REACH characters either way. */
function paragraphAround(node: Text, block: Element): ParagraphText {
  const doc = node.ownerDocument;
  const walker = doc.createTreeWalker(block, SHOW_ELEMENT_AND_TEXT);
  const collect = (step: () => Node | null): Text[] => {
    const out: Text[] = [];
    let chars = 0;
    walker.currentNode = node;
    for (let n = step(); n && chars < REACH; n = step()) {
      if (n.nodeType !== TEXT_NODE) {
        if (BLOCKS.has((n as Element).localName)) break;
        continue;
      }
      // A text node of a nested block lies beyond a boundary.
      if (blockOf(n) !== block) break;
      if (!isProse(n as Text)) continue;
      out.push(n as Text);
      chars += (n as Text).data.length;
    }
    return out;
  };
  const before = collect(() => walker.previousNode()).reverse();
  const after = collect(() => walker.nextNode());
  const nodes = [...before, node, ...after];
  const starts: number[] = [];
  let text = '';
  for (const n of nodes) {
    starts.push(text.length);
    text += n.data;
  }
  return { el: block, text, nodes, starts };
}

/**
 * The Han character of the page's prose under (x, y), with the paragraph it stands in, or null (no caret API, not
 * over text, not Chinese, a form field or editable text). `skip` says which elements are ours (never read).
 */
export function pageHit(doc: Document, x: number, y: number, skip?: (el: Element) => boolean): Hit | null {
  const body = doc.body;
  if (!body) return null;
  const caret = caretAt(body, x, y);
  if (!caret || caret.node.nodeType !== TEXT_NODE) return null;
  const node = caret.node as Text;
  if (!hanNear(node.data, caret.offset) || !isProse(node)) return null;
  if (skip && node.parentElement && skip(node.parentElement)) return null;
  const block = blockOf(node) ?? body;
  const paragraph = paragraphAround(node, block);
  const at = offsetOf(paragraph, node, caret.offset);
  const index = at === null ? null : charAtCaret(paragraph, at, x, y);
  const cp = index === null ? undefined : paragraph.text.codePointAt(index);
  return index === null || cp === undefined || !HAN.test(String.fromCodePoint(cp)) ? null : { paragraph, index, block };
}
