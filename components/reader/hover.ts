// Finding the character under the pointer without re-rendering the text. A paragraph's text is split over
// several text nodes (find/focus <mark>s, ruby word spans), so positions are mapped between DOM points and
// paragraph offsets by walking the paragraph's text nodes in order. Node types are compared by number and
// tree walkers come from the paragraph's own document, so this works in a shadow root and in test DOMs alike.

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SHOW_TEXT = 4;
const DOCUMENT_POSITION_PRECEDING = 2;
const DOCUMENT_POSITION_FOLLOWING = 4;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** One rendered paragraph (`p[data-offset]`) as plain text plus the text nodes it is made of. */
export interface ParagraphText {
  el: Element;
  text: string;
  nodes: Text[];
  /** starts[i] = offset in `text` of nodes[i]'s first character. */
  starts: number[];
}

export function readParagraph(el: Element): ParagraphText {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
  }
  return { el, text, nodes, starts };
}

/** The paragraph holding a node, if it is a turn paragraph. */
export function paragraphOf(node: Node | null | undefined): Element | null {
  const el = !node ? null : node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  return el?.closest('p[data-offset]') ?? null;
}

/** Paragraph offset of a DOM boundary point (a caret position), or null if it is not inside the paragraph. */
export function offsetOf(p: ParagraphText, node: Node, offset: number): number | null {
  if (node.nodeType === TEXT_NODE) {
    const i = p.nodes.indexOf(node as Text);
    return i < 0 ? null : p.starts[i]! + Math.min(Math.max(0, offset), (node as Text).data.length);
  }
  if (node !== p.el && !p.el.contains(node)) return null;
  // A point between children: the offset of the first text at or after that child.
  const child = node.childNodes[offset];
  if (!child) {
    let end = 0;
    p.nodes.forEach((t, i) => {
      if (node.contains(t) || node.compareDocumentPosition(t) & DOCUMENT_POSITION_PRECEDING)
        end = p.starts[i]! + t.data.length;
    });
    return end;
  }
  for (let i = 0; i < p.nodes.length; i++) {
    const t = p.nodes[i]!;
    if (child === t || child.contains(t) || child.compareDocumentPosition(t) & DOCUMENT_POSITION_FOLLOWING) {
      return p.starts[i]!;
    }
  }
  return p.text.length;
}

/** DOM point for a paragraph offset (0…text.length). At a node boundary the earlier node's end is chosen so a
 *  range [start, end) never begins at the end of a previous node. */
export function pointOf(p: ParagraphText, offset: number, preferNext = false): { node: Text; offset: number } | null {
  for (let i = 0; i < p.nodes.length; i++) {
    const node = p.nodes[i]!;
    const start = p.starts[i]!;
    const end = start + node.data.length;
    if (offset < start) continue;
    if (offset < end || (offset === end && !(preferNext && i + 1 < p.nodes.length))) {
      return { node, offset: offset - start };
    }
  }
  return null;
}

export function rangeOf(p: ParagraphText, start: number, end: number): Range | null {
  const a = pointOf(p, start, true);
  const b = pointOf(p, end, false);
  if (!a || !b) return null;
  const range = p.el.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

function contains(r: Box, x: number, y: number, slack = 1): boolean {
  return x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack;
}

/** Length in UTF-16 units of the character starting at `i` (surrogate pairs are one character). */
function charLength(text: string, i: number): number {
  const cp = text.codePointAt(i);
  return cp !== undefined && cp > 0xffff ? 2 : 1;
}

function charBoxContains(p: ParagraphText, i: number, x: number, y: number): boolean {
  if (i < 0 || i >= p.text.length) return false;
  const range = rangeOf(p, i, i + charLength(p.text, i));
  if (!range) return false;
  for (const r of Array.from(range.getClientRects())) if (contains(r, x, y)) return true;
  return false;
}

/**
 * The character under (x, y) given the caret position there. A caret sits between characters (the nearer edge),
 * so the character is the one after it or the one before it; outside every glyph box (margins, line ends,
 * between lines) there is none.
 */
export function charAtCaret(p: ParagraphText, caret: number, x: number, y: number): number | null {
  if (charBoxContains(p, caret, x, y)) return caret;
  const before = caret - 1 >= 0 && /[\uDC00-\uDFFF]/.test(p.text[caret - 1] ?? '') ? caret - 2 : caret - 1;
  if (charBoxContains(p, before, x, y)) return before;
  return null;
}

/** Without a caret API: measure text nodes, then the characters of the node under the point. */
export function charByMeasuring(p: ParagraphText, x: number, y: number): number | null {
  const range = p.el.ownerDocument.createRange();
  for (let k = 0; k < p.nodes.length; k++) {
    const node = p.nodes[k]!;
    range.selectNodeContents(node);
    if (!Array.from(range.getClientRects()).some((r) => contains(r, x, y))) continue;
    for (let i = 0; i < node.data.length; i += charLength(node.data, i)) {
      range.setStart(node, i);
      range.setEnd(node, i + charLength(node.data, i));
      if (Array.from(range.getClientRects()).some((r) => contains(r, x, y))) return p.starts[k]! + i;
    }
  }
  return null;
}

interface CaretPositionLike {
  offsetNode: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPositionLike | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The caret position at (x, y) inside `root`, or null when the browser has no caret API or it cannot see into
 *  the root's shadow tree (older engines retarget to the host). */
export function caretAt(root: Element, x: number, y: number): { node: Node; offset: number } | null {
  const doc = root.ownerDocument as CaretDocument;
  const scope = root.getRootNode();
  const shadow = scope.nodeType === 11 && 'host' in scope ? (scope as ShadowRoot) : null;
  // Firefox content scripts see the page through Xray wrappers: an options object made here may be refused by the
  // page-side API, so a throwing caret call falls through to the next way (and finally to measuring).
  try {
    if (typeof doc.caretPositionFromPoint === 'function') {
      const pos = shadow
        ? doc.caretPositionFromPoint(x, y, { shadowRoots: [shadow] })
        : doc.caretPositionFromPoint(x, y);
      if (pos && root.contains(pos.offsetNode)) return { node: pos.offsetNode, offset: pos.offset };
    }
  } catch {
    // next way
  }
  try {
    if (typeof doc.caretRangeFromPoint === 'function') {
      const range = doc.caretRangeFromPoint(x, y);
      if (range && root.contains(range.startContainer))
        return { node: range.startContainer, offset: range.startOffset };
    }
  } catch {
    // measuring below
  }
  return null;
}

export interface Hit {
  /** What was read: the paragraph, or the chunk of a long paragraph the pointer is in (see unitOf). */
  paragraph: ParagraphText;
  /** Offset of the character under the pointer in the paragraph's text. */
  index: number;
  /** The turn paragraph (`p[data-offset]`) it is in. */
  block: Element;
}

/** The part of a paragraph a hover reads: a long paragraph's chunk (whole sentences, which the pinyin engine reads
 *  on its own too: LongParagraph.tsx), else the paragraph. Reading a megabyte's text nodes on every pointer move
 *  held the tab for half a second. */
function unitOf(block: Element, node: Node | null | undefined): Element {
  const el = !node ? null : node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  const chunk = el?.closest('[data-chunk]');
  return chunk && block.contains(chunk) ? chunk : block;
}

/** The turn-paragraph character under the pointer. `target` is the element the pointer event was dispatched to. */
export function hitTest(root: Element, target: Node | null, x: number, y: number): Hit | null {
  const caret = caretAt(root, x, y);
  const el = paragraphOf(caret?.node) ?? paragraphOf(target);
  if (!el || !root.contains(el)) return null;
  const onCaret = caret !== null && paragraphOf(caret.node) === el;
  const paragraph = readParagraph(unitOf(el, onCaret ? caret.node : target));
  let index: number | null = null;
  if (onCaret) {
    const at = offsetOf(paragraph, caret.node, caret.offset);
    if (at !== null) index = charAtCaret(paragraph, at, x, y);
  } else {
    index = charByMeasuring(paragraph, x, y);
  }
  return index === null ? null : { paragraph, index, block: el };
}

/**
 * Whether (x, y) is on the card or on the way to it from its word: the strip between the word and the card, as wide
 * as the card. A pointer moving there to click in the card keeps it shown instead of reading the text it passes.
 */
export function onTheWayToTip(anchor: Box, tip: Box, x: number, y: number, slack = 2): boolean {
  if (tip.right <= tip.left || tip.bottom <= tip.top) return false;
  if (contains(tip, x, y, slack)) return true;
  if (x < tip.left - slack || x > tip.right + slack) return false;
  const above = tip.bottom <= anchor.top + slack;
  const [top, bottom] = above ? [tip.bottom, anchor.top] : [anchor.bottom, tip.top];
  return bottom > top && y >= top - slack && y <= bottom + slack;
}

export interface Placement {
  left: number;
  top: number;
  side: 'above' | 'below';
}

/**
 * Where to put a tooltip of `size` for a word at `anchor` (viewport coordinates): above the word if it fits,
 * else below, else on the side with more room; horizontally centred on the word and clamped to the viewport.
 */
export function placeTip(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 6,
  margin = 8,
): Placement {
  const aboveTop = anchor.top - gap - size.height;
  const belowTop = anchor.bottom + gap;
  let side: Placement['side'];
  if (aboveTop >= margin) side = 'above';
  else if (belowTop + size.height <= viewport.height - margin) side = 'below';
  else side = anchor.top >= viewport.height - anchor.bottom ? 'above' : 'below';
  const top = clamp(side === 'above' ? aboveTop : belowTop, margin, viewport.height - margin - size.height);
  const centre = (anchor.left + anchor.right) / 2;
  const left = clamp(centre - size.width / 2, margin, viewport.width - margin - size.width);
  return { left, top, side };
}

/** Clamps to [lo, hi]; when the range is empty (content larger than the viewport) the low edge wins. */
function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(v, hi));
}

export function modifierHeld(
  state: { altKey?: boolean; shiftKey?: boolean },
  modifier: 'none' | 'Alt' | 'Shift',
): boolean {
  if (modifier === 'Alt') return state.altKey === true;
  if (modifier === 'Shift') return state.shiftKey === true;
  return true;
}
