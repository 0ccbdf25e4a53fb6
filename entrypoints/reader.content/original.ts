import type { Transcript } from '@/lib/transcript/types';

// The page's own transcript is hidden while the reader shows, never removed or rewritten: we remember the exact
// `style` attribute (or its absence) and put it back, so the page is restored as it was. An inline !important
// declaration wins over any page rule, which the `hidden` attribute does not.

export interface HiddenOriginal {
  restore(): void;
}

/** Marks the hidden original so the page-level script switch can leave it alone (the reader shows that text). */
export const ORIGINAL_MARK = 'data-briefing-reader-original';

export function hideOriginal(el: Element): HiddenOriginal {
  const before = el.getAttribute('style');
  el.setAttribute('style', `${before ? `${before};` : ''}display:none !important`);
  el.setAttribute(ORIGINAL_MARK, '');
  return {
    restore() {
      el.removeAttribute(ORIGINAL_MARK);
      if (before === null) el.removeAttribute('style');
      else el.setAttribute('style', before);
    },
  };
}

/** The smallest element holding every block of the transcript: what the reader view stands in for. */
export function transcriptContainer(nodes: readonly Node[], body: HTMLElement): Element {
  const first = nodes[0];
  if (!first) return body;
  let box: Node | null = first.nodeType === 1 ? first : first.parentNode;
  const contains = (n: Node) => box !== null && box.contains(n);
  for (const n of nodes) {
    while (box && !contains(n)) box = box.parentNode;
  }
  return box && box.nodeType === 1 && box !== body.ownerDocument.documentElement ? (box as Element) : body;
}

/** The element that holds every turn of the transcript: what the reader stands in for. */
export function containerOf(t: Transcript): Element {
  return transcriptContainer(
    t.turns.flatMap((turn) => turn.blocks.flatMap((b) => t.blocks[b]?.nodes ?? [])),
    document.body,
  );
}

/**
 * The transcript with only the paragraphs in no turn that lie inside its container: those the reader hides and so
 * must show. Navigation and footers outside it stay where they are on the page, and out of the reader.
 */
export function withinContainer(t: Transcript): Transcript {
  if (!t.loose?.length) return t;
  const box = containerOf(t);
  const loose = t.loose.filter((l) => t.blocks[l.block]?.nodes?.some((n) => box.contains(n)) === true);
  return { ...t, loose };
}
