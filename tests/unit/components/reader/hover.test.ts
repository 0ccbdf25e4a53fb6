// Pure parts of the hover tooltip: DOM point ↔ paragraph offset through split text nodes, and tooltip placement.
import { describe, expect, it } from 'vitest';
import {
  offsetOf,
  paragraphOf,
  placeTip,
  pointOf,
  readParagraph,
  modifierHeld,
} from '../../../../components/reader/hover';

/** A seed-page paragraph split as find marks and ruby spans split it. */
function build(): HTMLElement {
  const p = document.createElement('p');
  p.setAttribute('data-offset', '0');
  const span = document.createElement('span');
  span.className = 'br-ruby';
  span.setAttribute('data-py', 'cháng');
  span.append('長');
  const mark = document.createElement('mark');
  mark.append('三角');
  p.append('就', span, mark, '來説,有錯位競爭');
  return p;
}

describe('offsetOf / pointOf', () => {
  const p = build();
  const para = readParagraph(p);
  const [t0, t1, t2, t3] = para.nodes;

  it('reads the text and its nodes in order', () => {
    expect(para.text).toBe('就長三角來説,有錯位競爭');
    expect(para.nodes.map((n) => n.data)).toEqual(['就', '長', '三角', '來説,有錯位競爭']);
    expect(para.starts).toEqual([0, 1, 2, 4]);
  });

  it.each([
    ['text node start', () => [t0!, 0], 0],
    ['in the ruby span', () => [t1!, 1], 2],
    ['in the mark', () => [t2!, 1], 3],
    ['last node', () => [t3!, 3], 7],
    ['element: before the mark', () => [p, 2], 2],
    ['element: inside the span, before its text', () => [p.children[0]!, 0], 1],
    ['element: after every child', () => [p, p.childNodes.length], 12],
    ['element: end of the mark', () => [p.children[1]!, 1], 4],
  ] as const)('%s', (_what, get, expected) => {
    const [node, offset] = get() as [Node, number];
    expect(offsetOf(para, node, offset)).toBe(expected);
  });

  it('is null for a node outside the paragraph', () => {
    expect(offsetOf(para, document.createTextNode('長'), 0)).toBeNull();
  });

  it.each([0, 1, 2, 3, 4, 7, 12])('pointOf(%i) maps back to the same offset', (offset) => {
    const at = pointOf(para, offset)!;
    expect(offsetOf(para, at.node, at.offset)).toBe(offset);
    const next = pointOf(para, offset, true)!;
    expect(offsetOf(para, next.node, next.offset)).toBe(offset);
  });

  it('at a node boundary prefers the next node only when asked', () => {
    expect(pointOf(para, 2)).toEqual({ node: t1, offset: 1 });
    expect(pointOf(para, 2, true)).toEqual({ node: t2, offset: 0 });
    expect(pointOf(para, 13)).toBeNull();
  });

  it('finds the paragraph of a text node inside nested elements', () => {
    expect(paragraphOf(t2)).toBe(p);
    expect(paragraphOf(document.createElement('div'))).toBeNull();
  });
});

describe('placeTip', () => {
  const view = { width: 800, height: 600 };
  const size = { width: 120, height: 50 };
  it.each([
    ['above a word mid-page', { left: 300, right: 340, top: 300, bottom: 320 }, { left: 260, top: 244, side: 'above' }],
    [
      'below a word near the top',
      { left: 300, right: 340, top: 20, bottom: 40 },
      { left: 260, top: 46, side: 'below' },
    ],
    ['clamped at the left edge', { left: 0, right: 20, top: 300, bottom: 320 }, { left: 8, top: 244, side: 'above' }],
    [
      'clamped at the right edge',
      { left: 780, right: 800, top: 300, bottom: 320 },
      { left: 672, top: 244, side: 'above' },
    ],
  ])('%s', (_what, anchor, expected) => {
    expect(placeTip(anchor, size, view)).toEqual(expected);
  });

  it('stays inside a viewport too short for either side', () => {
    const at = placeTip({ left: 10, right: 30, top: 40, bottom: 60 }, size, { width: 100, height: 90 });
    expect(at.top).toBeGreaterThanOrEqual(8);
    expect(at.top + size.height).toBeLessThanOrEqual(90);
    expect(at.left).toBe(8);
  });
});

describe('modifierHeld', () => {
  it.each([
    ['none', {}, true],
    ['Alt', { altKey: true }, true],
    ['Alt', { shiftKey: true }, false],
    ['Shift', { shiftKey: true }, true],
    ['Shift', { altKey: true }, false],
  ] as const)('%s with %j → %s', (modifier, state, held) => {
    expect(modifierHeld(state, modifier)).toBe(held);
  });
});
