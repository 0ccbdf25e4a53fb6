// happy-dom does no layout: this gives turn paragraphs a simple one: paragraph j (in document order) is the line
// y ∈ [j·LINE, j·LINE + GLYPH), its character i the box x ∈ [i·W, (i+1)·W). Range.getClientRects and a caret API
// (caretPositionFromPoint: the nearer character edge, as browsers do) are answered from it.
import { vi } from 'vitest';
import { offsetOf, pointOf, readParagraph } from '../../../../components/reader/hover';

export const W = 10;
export const LINE = 30;
export const GLYPH = 20;

function paragraphs(root: ParentNode): Element[] {
  return [...root.querySelectorAll('p[data-offset]')];
}

function rect(left: number, top: number, right: number, bottom: number) {
  return { left, top, right, bottom, x: left, y: top, width: right - left, height: bottom - top, toJSON: () => ({}) };
}

/** Centre of character `index` of paragraph `p` (turn/block) in the fake layout. */
export function centreOf(root: ParentNode, turn: number, block: number, index: number) {
  const list = paragraphs(root);
  const j = list.findIndex(
    (p) => p.getAttribute('data-turn') === String(turn) && p.getAttribute('data-block') === String(block),
  );
  if (j < 0) throw new Error(`no paragraph ${turn}/${block}`);
  return { x: index * W + W / 2, y: j * LINE + GLYPH / 2, el: list[j]! };
}

export interface FakeLayout {
  caretCalls: unknown[][];
  /** Moves every line up by `dy` (a scroll down by that much). */
  scroll(dy: number): void;
  restore(): void;
}

/** Installs the layout for paragraphs under `root`; `caret: false` leaves the document without a caret API. */
export function fakeLayout(root: ParentNode, options: { caret?: boolean } = {}): FakeLayout {
  const caretCalls: unknown[][] = [];
  let scrolled = 0;
  const rects = vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    const list = paragraphs(root);
    const el = list.find((p) => p.contains(this.startContainer));
    if (!el || !el.contains(this.endContainer)) return [] as unknown as DOMRectList;
    const p = readParagraph(el);
    const a = offsetOf(p, this.startContainer, this.startOffset);
    const b = offsetOf(p, this.endContainer, this.endOffset);
    if (a === null || b === null || b <= a) return [] as unknown as DOMRectList;
    const top = list.indexOf(el) * LINE - scrolled;
    return [rect(a * W, top, b * W, top + GLYPH)] as unknown as DOMRectList;
  });
  const doc = document as unknown as { caretPositionFromPoint?: unknown };
  if (options.caret !== false) {
    doc.caretPositionFromPoint = (x: number, y: number, opts?: unknown) => {
      caretCalls.push([x, y, opts]);
      const list = paragraphs(root);
      // Between lines the caret still goes to the nearest line, as in browsers.
      const j = Math.max(0, Math.min(list.length - 1, Math.floor((y + scrolled) / LINE)));
      const el = list[j];
      if (!el) return null;
      const p = readParagraph(el);
      const caret = Math.max(0, Math.min(p.text.length, Math.round(x / W)));
      const at = pointOf(p, caret);
      return at ? { offsetNode: at.node, offset: at.offset } : null;
    };
  }
  return {
    caretCalls,
    scroll(dy) {
      scrolled += dy;
    },
    restore() {
      rects.mockRestore();
      delete doc.caretPositionFromPoint;
    },
  };
}
