// Stable, readable ids for sections so a link (URL hash) to a question survives reload and re-parsing:
// "br-q-3" for the third question, "br-opening", "br-closing". Ids are unique within one transcript.
import type { Section } from './types';

export function sectionIds(sections: readonly Section[]): string[] {
  const seen = new Set<string>();
  return sections.map((s, i) => {
    let id = s.kind === 'exchange' ? `br-q-${s.number ?? i + 1}` : s.kind === 'opening' ? 'br-opening' : 'br-closing';
    if (seen.has(id)) id = `br-s-${i}`;
    seen.add(id);
    return id;
  });
}

/** The id of section `i` (what the outline links to and what the host writes into the URL hash). */
export function sectionId(sections: readonly Section[], i: number): string {
  return sectionIds(sections)[i] ?? `br-s-${i}`;
}

/** The section a URL hash ("#br-q-3" or "br-q-3") points at, or null. */
export function sectionIndexFromHash(sections: readonly Section[], hash: string | null | undefined): number | null {
  if (!hash) return null;
  const id = hash.startsWith('#') ? hash.slice(1) : hash;
  const i = sectionIds(sections).indexOf(id);
  return i >= 0 ? i : null;
}
