// Paragraphs of the transcript's container that no turn holds (an intro, editorial notes, a table, captions): the
// reader shows each where it stood, after the turn it followed, so nothing the page shows disappears. Page chrome
// and footers stay out: they were the page's furniture, not the transcript's.
import type { LooseKind, Transcript } from '../../lib/transcript/types';

const SHOWN: ReadonlySet<LooseKind> = new Set<LooseKind>(['text', 'note', 'foreign', 'caption']);

export interface LooseParagraph {
  kind: LooseKind;
  text: string;
}

/** The shown paragraphs by the turn they follow (-1: before the first turn). */
export function looseByTurn(t: Transcript): ReadonlyMap<number, LooseParagraph[]> {
  const out = new Map<number, LooseParagraph[]>();
  for (const l of t.loose ?? []) {
    const text = t.blocks[l.block]?.text.trim();
    if (!text || !SHOWN.has(l.kind)) continue;
    const list = out.get(l.after) ?? [];
    list.push({ kind: l.kind, text });
    out.set(l.after, list);
  }
  return out;
}
