// Reading the user's text selection inside the reader. Selections in a shadow root are exposed differently by
// browsers (Chrome: shadowRoot.getSelection(); Firefox: document.getSelection() with the real nodes; newer engines:
// Selection.getComposedRanges()), so this accepts whichever Selection the host provides and checks containment.
import type { SelectionBox } from './SaveQuoteButton';

export interface ReaderSelection {
  text: string;
  turnIndex: number;
  block?: number;
  /** Selection rectangle relative to the reader root's border box. */
  box: SelectionBox;
}

type ComposedRangesSelection = Selection & {
  getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[];
};

function elementOf(node: Node | null): Element | null {
  if (!node) return null;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

function rangeInside(sel: Selection, root: Element): Range | null {
  if (sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  if (root.contains(range.startContainer) && root.contains(range.endContainer)) return range;
  const shadow = root.getRootNode();
  const composed = (sel as ComposedRangesSelection).getComposedRanges;
  if (typeof composed !== 'function' || shadow.nodeType !== 11 || !('host' in shadow)) return null;
  const stat = composed.call(sel, { shadowRoots: [shadow as ShadowRoot] })[0];
  if (!stat || !root.contains(stat.startContainer) || !root.contains(stat.endContainer)) return null;
  const live = root.ownerDocument.createRange();
  live.setStart(stat.startContainer, stat.startOffset);
  live.setEnd(stat.endContainer, stat.endOffset);
  return live;
}

export function readSelection(sel: Selection | null | undefined, root: Element | null): ReaderSelection | null {
  if (!sel || !root) return null;
  const range = rangeInside(sel, root);
  if (!range || range.collapsed) return null;
  const text = range.toString().trim();
  if (!text) return null;
  const start = elementOf(range.startContainer);
  const end = elementOf(range.endContainer);
  const turnEl = start?.closest('[data-turn]') ?? end?.closest('[data-turn]');
  if (!turnEl || !root.contains(turnEl)) return null;
  const turnIndex = Number(turnEl.getAttribute('data-turn'));
  if (!Number.isInteger(turnIndex)) return null;
  const blockAttr = (start?.closest('[data-block]') ?? end?.closest('[data-block]'))?.getAttribute('data-block');
  const r = range.getBoundingClientRect();
  const base = root.getBoundingClientRect();
  const out: ReaderSelection = {
    text,
    turnIndex,
    box: { top: r.top - base.top, left: r.left - base.left, width: r.width, height: r.height },
  };
  if (blockAttr != null && blockAttr !== '') out.block = Number(blockAttr);
  return out;
}

/** The selection object to read from for a reader mounted at `root` (in a shadow root or a plain document). */
export function defaultSelectionOf(root: Element): Selection | null {
  const node = root.getRootNode() as (Document | ShadowRoot) & { getSelection?: () => Selection | null };
  if (node.nodeType === 11 && typeof node.getSelection === 'function') return node.getSelection();
  return root.ownerDocument.getSelection();
}
