// The transcript engine: page blocks -> detection verdict -> turns -> sections.
import { verdictFromScan } from './detect';
import { looseBlocks } from './loose';
import { findDate, findTitle } from './meta';
import { scanSource } from './scan';
import { buildSections } from './sections';
import { turnsFromScan } from './turns';
import type { SourceDoc, Transcript } from './types';

export { blocksFromText, findContainer, readBlocks, sourceFromDocument } from './blocks';
export { detect, quickReject } from './detect';
export { buildSections } from './sections';
export { parseTurns } from './turns';
export type * from './types';

/** Detect, parse and section a page in one pass over its blocks. Never throws on odd input. */
export function analyzeSource(src: SourceDoc): Transcript {
  const scan = scanSource(src);
  const turns = turnsFromScan(scan);
  const title = findTitle(src, scan);
  const verdict = verdictFromScan(src, scan, turns);
  const sections = buildSections(turns);
  return {
    ...verdict,
    title,
    date: findDate(src, scan, title),
    turns,
    sections,
    blocks: src.blocks,
    loose: looseBlocks(scan, turns),
  };
}
