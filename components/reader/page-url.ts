// The page's own address for the reader's links. A relative `#id` resolves against the document's base URL, which
// the page's `<base href>` may point at another path or origin; the reader is given the page's address instead.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { sectionHref } from './sectionIds';

export const PageUrl = createContext<string | null>(null);

/** The href of section `id`: absolute on the page's address when the reader knows it, else the bare fragment. */
export function useSectionHref(): (id: string) => string {
  const url = useContext(PageUrl);
  return (id) => (url ? sectionHref(url, id) : `#${id}`);
}
