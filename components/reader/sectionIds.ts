// The section ids live with the transcript model (lib/transcript/section-ids.ts): the library links to them too.
export { sectionId, sectionIds, sectionIndexFromHash } from '../../lib/transcript/section-ids';

/**
 * The address of section `id` (or of the page itself for null) on the page at `pageUrl`. Always absolute and built
 * from the page's own address: a relative `#id`, in an `href` or in `history.replaceState`, resolves against the
 * document's base URL, which a page's `<base href>` points anywhere (another path, another origin, where
 * `replaceState` even throws).
 */
export function sectionHref(pageUrl: string, id: string | null): string {
  const url = new URL(pageUrl);
  url.hash = id ?? '';
  // `hash = ''` leaves a bare "#" off, as the page's own address without a fragment.
  return url.href;
}
