// Where a result opens: the live page at its exchange (the reader opens the section a #br-q-3 hash names).
import { sectionId } from '../transcript/section-ids';
import type { LibrarySection } from './model';

export function sectionLink(url: string, section: number, sections: readonly LibrarySection[]): string {
  return `${url.replace(/#.*$/, '')}#${sectionId(sections, section)}`;
}
