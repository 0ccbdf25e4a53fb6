// Page -> ordered paragraph blocks. Works on any DOM passed in (the live page in a content script, linkedom in
// Node): no DOM globals, numeric node types, an explicit iterative walk (deep or broken markup cannot overflow
// the stack), time linear in the number of nodes.
import { NOT_LABELS } from './lexicon';
import type { Block } from './types';
import { collapseSpace, countCjk } from './text';
import { collapsedMarkdownLines } from './text-blocks';

export { blocksFromText } from './text-blocks';
export { sourceFromDocument } from './document';

/** What the caller knows of the page beyond its markup. */
export interface PageView {
  /**
   * Whether the page hides this element by its layout (a style sheet's display:none or visibility:hidden): the
   * browser passes one that asks the computed style; without one (the CLI, linkedom has no layout) only the
   * markup is read (hidden, aria-hidden, inline style, hiding classes). A hidden element is skipped with all it holds.
   */
  hidden?: (el: Element) => boolean;
}

export interface ReadBlocksOptions extends PageView {
  /** Find the transcript's container first (default true); false reads the whole root. */
  findContainer?: boolean;
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;
const DOCUMENT = 9;

/** Elements that never hold transcript text. */
const SKIP_TAGS = new Set([
  'ASIDE',
  'BUTTON',
  'CANVAS',
  'EMBED',
  'FOOTER',
  'HEAD',
  'HEADER',
  'IFRAME',
  'INPUT',
  'LINK',
  'MAP',
  'META',
  'NAV',
  'NOSCRIPT',
  'OBJECT',
  'OPTION',
  'SCRIPT',
  'SELECT',
  'STYLE',
  'SVG',
  'TEMPLATE',
  'TEXTAREA',
  'TITLE',
]);

/** Class/id words of page chrome: share widgets (bdshare, jiathis), navigation, footers, sidebars. */
const SKIP_CLASS_RE =
  /(?:^|[\s_-])(?:share|bdshare\w*|bdsharebuttonbox|jiathis\w*|bshare\w*|social|breadcrumbs?|crumbs?|nav|navbar|menu|footer|foot|copyright|sidebar|comments?|related|recommend\w*|advert\w*|ads?)(?:$|[\s_-])/i;
/** Utility classes that hide an element, as whole class names only (overflow-hidden hides nothing). */
const HIDDEN_CLASS_RE = /(?:^|\s)(?:hidden|hide|d-none|sr-only|visually-hidden|screen-reader-text)(?:$|\s)/i;

/** Elements that start a new paragraph. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HR',
  'HTML',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Paragraph-level elements: the container search never descends into one. */
const PARA_TAGS = new Set(['DD', 'DT', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'P', 'PRE', 'TH']);

/** Link text barely counts towards a container (menus, related-article lists, index pages) but still lets an
 *  all-links page have one. */
const LINK_WEIGHT = 0.05;

const EMPHASIS_TAGS = new Set(['B', 'STRONG', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

function tagOf(el: Element): string {
  return (el.tagName || '').toUpperCase();
}

function isSkipped(el: Element, view: PageView): boolean {
  const tag = tagOf(el);
  if (SKIP_TAGS.has(tag)) return true;
  if (hiddenByMarkup(el)) return true;
  const cls = el.getAttribute?.('class');
  if (cls && SKIP_CLASS_RE.test(cls)) return true;
  const id = el.getAttribute?.('id');
  if (id && SKIP_CLASS_RE.test(id)) return true;
  return view.hidden?.(el) === true;
}

/** Hidden by what the markup says: the page does not show it, so it is no transcript (issue 20). */
function hiddenByMarkup(el: Element): boolean {
  // Hidden text is no transcript: linkedom has no layout, so read what the markup says (hidden, aria-hidden,
  // inline display:none or visibility:hidden, utility classes such as d-none or sr-only).
  if (el.hasAttribute?.('hidden') || el.getAttribute?.('aria-hidden') === 'true') return true;
  const style = el.getAttribute?.('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const cls = el.getAttribute?.('class');
  return !!cls && HIDDEN_CLASS_RE.test(cls);
}

function startOf(root: Element | Document): Element | null {
  if (root.nodeType === DOCUMENT) {
    const doc = root as Document;
    return doc.body ?? doc.documentElement ?? null;
  }
  return root as Element;
}

/**
 * The element holding the transcript: starting from the root, descend while one child container holds most
 * (70 %) of the CJK text. Link text hardly counts (menus, index pages); chrome (nav, footer, share widgets,
 * hidden elements) is not counted. Never descends into a paragraph-level element, so a page whose text is one
 * big <p> keeps its siblings.
 */
export function findContainer(root: Element | Document, view: PageView = {}): Element | null {
  const start = startOf(root);
  if (!start) return null;
  const weight = new Map<Node, number>();
  const labels = new Map<Node, number>();
  // Iterative post-order walk: weights flow from text nodes up to `start`.
  let linkDepth = 0;
  let node: Node | null = start;
  const add = (n: Node, w: number) => weight.set(n, (weight.get(n) ?? 0) + w);
  while (node) {
    let descend = false;
    if (node.nodeType === ELEMENT) {
      const el = node as Element;
      if (node === start || !isSkipped(el, view)) {
        if (tagOf(el) === 'A') linkDepth++;
        descend = !!node.firstChild;
        if (!descend && tagOf(el) === 'A') linkDepth--;
      }
    } else if ((node.nodeType === TEXT || node.nodeType === CDATA) && node.parentNode) {
      const n = countCjk(node.nodeValue ?? '');
      if (n) add(node.parentNode, linkDepth > 0 ? n * LINK_WEIGHT : n);
      if (n && linkDepth === 0 && startsWithLabel(node.nodeValue ?? '')) {
        labels.set(node.parentNode, (labels.get(node.parentNode) ?? 0) + 1);
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until a next sibling exists, closing elements (and passing their weight up) on the way.
    while (node && node !== start && !node.nextSibling) {
      const parent: Node | null = node.parentNode;
      if (!parent) {
        node = null;
        break;
      }
      closeElement(parent);
      node = parent;
    }
    if (!node || node === start) break;
    node = node.nextSibling;
  }

  function closeElement(el: Node): void {
    if (el.nodeType === ELEMENT && tagOf(el as Element) === 'A') linkDepth = Math.max(0, linkDepth - 1);
    if (el === start) return;
    const w = weight.get(el);
    if (w && el.parentNode) add(el.parentNode, w);
    const l = labels.get(el);
    if (l && el.parentNode) labels.set(el.parentNode, (labels.get(el.parentNode) ?? 0) + l);
  }

  let current: Element = start;
  for (;;) {
    const total = weight.get(current) ?? 0;
    if (total <= 0) break;
    let best: Element | null = null;
    let bestW = 0;
    for (let c = current.firstElementChild; c; c = c.nextElementSibling) {
      const w = weight.get(c) ?? 0;
      if (w > bestW) {
        bestW = w;
        best = c;
      }
    }
    if (!best || bestW < total * 0.7 || PARA_TAGS.has(tagOf(best)) || !hasBlockChild(best)) break;
    // The whole transcript, not its larger part: when speaker labels stand outside the heaviest child too (the
    // host's opening in one block, the questions in the next), the container is the element holding both.
    const inside = labels.get(best) ?? 0;
    if (inside > 0 && (labels.get(current) ?? 0) - inside >= 2) break;
    current = best;
  }
  return current;
}

/** A text that starts like a speaker label: 记者:, 【束珏婷】, 毛宁： (not page metadata such as 来源:). */
const LABEL_START_RE = /^\s*[【[]?\s*([\u4e00-\u9fff][^\s:：︰∶，。,【】[\]]{0,19})\s*(?:[】\]]|[:：︰∶])/;

function startsWithLabel(text: string): boolean {
  const m = LABEL_START_RE.exec(text.slice(0, 48));
  return !!m && !NOT_LABELS.has(m[1] ?? '');
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const t = tagOf(c);
    if (BLOCK_TAGS.has(t) || t === 'BR') return true;
  }
  return false;
}

/**
 * Reads `root` (or the transcript container found inside it) as ordered paragraph blocks: a block ends at every
 * block-level element boundary and at every <br>, so <p> pages, <br>-separated pages and <div>-per-line pages
 * all give one block per paragraph. Labels split over several bold runs or put in links read as one string
 * because a block's text is the concatenation of its text nodes.
 */
export function readBlocks(root: Element | Document, opts: ReadBlocksOptions = {}): Block[] {
  const start = opts.findContainer === false ? startOf(root) : findContainer(root, opts);
  return start ? readBlocksIn(start, opts) : [];
}

export function readBlocksIn(start: Element, view: PageView = {}): Block[] {
  const blocks: Block[] = [];
  let parts: string[] = [];
  let nodes: Node[] = [];
  let emphasis: string[] | null = null; // leading bold run; null once plain text was seen
  let emphasisOpen = true;
  let emDepth = 0;
  let owner: Element | null = null;

  const flush = (ownerEl: Element | null) => {
    if (parts.length) {
      const text = collapseSpace(parts.join(''));
      const em = emphasis ? collapseSpace(emphasis.join('')) : '';
      // A Markdown note collapsed onto one line is cut back into its lines, as in a text file; the pieces share
      // the paragraph's nodes.
      for (const piece of text ? collapsedMarkdownLines(text) : []) {
        const block: Block = { index: blocks.length, text: piece, nodes: ownerEl ? [ownerEl, ...nodes] : nodes };
        if (em && piece.startsWith(em)) block.emphasisPrefix = em;
        if (ownerEl && isFirstOfCells(ownerEl)) block.labelCell = true;
        blocks.push(block);
      }
    }
    parts = [];
    nodes = [];
    emphasis = null;
    emphasisOpen = true;
  };

  let node: Node | null = start;
  while (node) {
    let descend = false;
    if (node.nodeType === ELEMENT) {
      const el = node as Element;
      const tag = tagOf(el);
      if (node === start || !isSkipped(el, view)) {
        if (tag === 'BR') {
          flush(null);
          owner = null;
        } else {
          if (BLOCK_TAGS.has(tag)) {
            flush(null);
            owner = el;
          }
          if (EMPHASIS_TAGS.has(tag)) emDepth++;
          descend = !!node.firstChild;
          if (!descend) closeEl(el);
        }
      }
    } else if (node.nodeType === TEXT || node.nodeType === CDATA) {
      const value = node.nodeValue ?? '';
      if (value) {
        parts.push(value);
        nodes.push(node);
        if (emphasisOpen && /\S/.test(value)) {
          if (emDepth > 0) (emphasis ??= []).push(value);
          else emphasisOpen = false;
        } else if (emphasisOpen && emphasis) emphasis.push(value);
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== start && !node.nextSibling) {
      const parent: Node | null = node.parentNode;
      if (!parent) {
        node = null;
        break;
      }
      if (parent.nodeType === ELEMENT) closeEl(parent as Element);
      node = parent;
    }
    if (!node || node === start) break;
    node = node.nextSibling;
  }
  flush(null);
  return blocks;

  function closeEl(el: Element): void {
    const tag = tagOf(el);
    if (EMPHASIS_TAGS.has(tag)) emDepth = Math.max(0, emDepth - 1);
    if (BLOCK_TAGS.has(tag)) {
      flush(owner === el ? el : null);
      owner = null;
    }
  }
}

const CELL_TAGS = new Set(['TD', 'TH']);

/** A table cell that starts its row, with another cell after it (记者 | 请问…: the label's own column). */
function isFirstOfCells(el: Element): boolean {
  if (!CELL_TAGS.has(tagOf(el))) return false;
  const sibling = (n: Node | null, next: boolean): Element | null => {
    for (let s = n; s; s = next ? s.nextSibling : s.previousSibling) if (s.nodeType === ELEMENT) return s as Element;
    return null;
  };
  const before = sibling(el.previousSibling, false);
  const after = sibling(el.nextSibling, true);
  return before === null && after !== null && CELL_TAGS.has(tagOf(after));
}
