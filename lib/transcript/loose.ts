// Paragraphs the turns do not hold: the intro and the metadata block before the first label, editorial notes and
// captions between turns, a table, the footer. Nothing the page shows disappears: the reader places each one after
// the turn it followed.
import type { Scan, UnitKind } from './scan';
import type { LooseBlock, LooseKind, Turn } from './types';

const KIND: Record<UnitKind, LooseKind> = {
  speech: 'text',
  foreign: 'foreign',
  widget: 'chrome',
  caption: 'caption',
  footer: 'footer',
  note: 'note',
};

export function looseBlocks(scan: Scan, turns: readonly Turn[]): LooseBlock[] {
  const held = new Set<number>();
  for (const t of turns) for (const b of t.blocks) held.add(b);
  const out: LooseBlock[] = [];
  let after = -1;
  let last = -1;
  for (const u of scan.units) {
    // Turns start in page order: move past every turn whose label block comes before this one.
    while (after + 1 < turns.length && (turns[after + 1]?.blocks[0] ?? Infinity) <= u.block) after++;
    if (held.has(u.block) || u.block === last) continue;
    last = u.block;
    out.push({ block: u.block, after, kind: KIND[u.kind] });
  }
  return out;
}
