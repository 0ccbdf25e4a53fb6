// Where a result opens: the live page at its exchange (the reader opens the section a #br-q-3 hash names).
import type { LibrarySection } from './model';

/** A section's id before a repeat is renamed, as sectionIds (lib/transcript/section-ids.ts) makes it. */
const firstId = (s: LibrarySection, i: number): string =>
  s.kind === 'exchange' ? `br-q-${s.number ?? i + 1}` : s.kind === 'opening' ? 'br-opening' : 'br-closing';

/** Whether two exchanges' numbers print alike, without printing them when they are plain different numbers. */
function sameNumber(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number' && a === a && b === b) return false;
  return String(a) === String(b);
}

/** sectionIds(sections)[i] ?? `br-s-${i}`, without building every other id: a page of results from twenty
 *  conferences would otherwise print every section id of twenty transcripts. A section whose id an earlier one
 *  had is renamed br-s-i, as sectionIds does. */
export function sectionIdAt(sections: readonly LibrarySection[], i: number): string {
  const s = sections[i];
  if (!s) return `br-s-${i}`;
  for (let j = 0; j < i; j++) {
    const o = sections[j];
    if (!o || o.kind !== s.kind) continue;
    if (s.kind !== 'exchange' || sameNumber(o.number ?? j + 1, s.number ?? i + 1)) return `br-s-${i}`;
  }
  return firstId(s, i);
}

export function sectionLink(url: string, section: number, sections: readonly LibrarySection[]): string {
  return `${url.replace(/#.*$/, '')}#${sectionIdAt(sections, section)}`;
}
