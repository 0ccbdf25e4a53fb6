// Where a result opens: the live page at its exchange (the reader opens the section a #br-q-3 hash names).
import { sectionIds } from '../transcript/section-ids';
import type { LibrarySection } from './model';

/** Links to the sections of one transcript: its section ids are worked out once, for every result it gives. */
export function sectionLinks(url: string, sections: readonly LibrarySection[]): (section: number) => string {
  const page = url.replace(/#.*$/, '');
  let ids: string[] | null = null;
  return (section) => `${page}#${(ids ??= sectionIds(sections))[section] ?? `br-s-${section}`}`;
}

export function sectionLink(url: string, section: number, sections: readonly LibrarySection[]): string {
  return sectionLinks(url, sections)(section);
}
