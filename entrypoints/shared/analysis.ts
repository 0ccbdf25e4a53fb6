// The analyzer and the reader run in the same isolated world: when the reader opens right after the analyzer read
// the page, it takes that reading instead of analysing the page a second time.
import type { PageView } from '@/lib/transcript/blocks';
import type { Transcript } from '@/lib/transcript/types';

const KEY = Symbol.for('briefing-reader.analysis');
type Shared = { url: string; transcript: Transcript };

export function shareAnalysis(url: string, transcript: Transcript): void {
  (globalThis as Record<symbol, Shared | undefined>)[KEY] = { url, transcript };
}

/** The analyzer's reading of this very page, once (a later open analyses the page as it is then). */
export function takeAnalysis(url: string): Transcript | null {
  const g = globalThis as Record<symbol, Shared | undefined>;
  const shared = g[KEY];
  g[KEY] = undefined;
  return shared && shared.url === url ? shared.transcript : null;
}

/**
 * What the page hides by its layout, for the engine (which has no layout of its own): an element whose computed
 * style is display:none, visibility:hidden or content-visibility:hidden is not read, nor anything inside it (issue
 * 20: the reader shows what the page shows). The page's nodes are only read, never changed.
 */
export const PAGE_VIEW: PageView = {
  hidden(el) {
    const style = el.ownerDocument.defaultView?.getComputedStyle(el);
    if (!style) return false;
    return style.display === 'none' || style.visibility === 'hidden' || style.contentVisibility === 'hidden';
  },
};
