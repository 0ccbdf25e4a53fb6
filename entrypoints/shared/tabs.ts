// What the extension pages (popup, side panel) need from the browser about the tab they act on.
import { browser } from '#imports';

/**
 * The tab the page acts on: `?tab=N` pins one tab and `?window=N` follows the active tab of one window (both used
 * when the page is opened as a tab of its own: tests, "open in tab"); otherwise the active tab of this window.
 */
export async function targetTab(): Promise<{ id: number; url: string } | null> {
  const params = new URLSearchParams(location.search);
  const fixed = Number(params.get('tab'));
  if (fixed > 0) {
    const tab = await browser.tabs.get(fixed).catch(() => null);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null;
  }
  const windowId = followedWindow();
  const [tab] = await browser.tabs.query(
    windowId === null ? { active: true, currentWindow: true } : { active: true, windowId },
  );
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null;
}

/** The window whose active tab a page follows when told by `?window=N`; null for its own window. */
export function followedWindow(): number | null {
  const n = Number(new URLSearchParams(location.search).get('window'));
  return n > 0 ? n : null;
}

/** Pages where no extension may run (browser pages, stores). */
export function isRestricted(url: string): boolean {
  return (
    !/^(https?|file):/.test(url) ||
    /^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org)/.test(url)
  );
}

/** Side panel / sidebar. Must run inside the user's click (both browsers require a gesture). */
export async function openFiguresPanel(tabId: number): Promise<void> {
  const b = browser as typeof browser & {
    sidePanel?: { open(o: { tabId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (b.sidePanel) await b.sidePanel.open({ tabId });
  else if (b.sidebarAction) await b.sidebarAction.open();
}

/** Saves text as a file through a temporary link (extension pages may download without a permission). */
export function download(filename: string, mime: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
