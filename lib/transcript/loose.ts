// Paragraphs the turns do not hold: the intro and the metadata block before the first label, editorial notes and
// captions between turns, a table, the footer, the words before the first label in its own paragraph. Nothing the
// page shows disappears: the reader places each one after the turn it followed.
import type { Scan, UnitKind } from './scan';
import type { LooseBlock, LooseKind, Turn } from './types';

const KIND: Record<UnitKind, LooseKind> = {
  speech: 'text',
  foreign: 'foreign',
  widget: 'chrome',
  sitefooter: 'footer',
  caption: 'caption',
  meta: 'meta',
  note: 'note',
};

export function looseBlocks(scan: Scan, turns: readonly Turn[]): LooseBlock[] {
  const held = new Set<number>();
  for (const t of turns) for (const b of t.blocks) held.add(b);
  const out: LooseBlock[] = [];
  let after = -1;
  let last = -1;
  scan.units.forEach((u, k) => {
    // Turns start in page order: move past every turn whose label block comes before this one.
    while (after + 1 < turns.length && (turns[after + 1]?.blocks[0] ?? Infinity) <= u.block) after++;
    // The intro run into the first question's paragraph (国务院新闻办公室于…举行新闻发布会…并答记者问。路透社记者:…,
    // scio-asean-20140722-tc): the turn holds the block, but not these words, which stand before it.
    if (held.has(u.block) && k < scan.first && !u.hit && u.text) {
      out.push({ block: u.block, after: -1, kind: KIND[u.kind], text: u.text });
      return;
    }
    if (held.has(u.block) || u.block === last) return;
    last = u.block;
    out.push({ block: u.block, after, kind: KIND[u.kind] });
  });
  return out;
}
