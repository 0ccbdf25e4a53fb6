import { browser } from '#imports';

const READER_SCRIPT = '/content-scripts/reader.js';

/**
 * Runs the reader script in a tab (idempotent: the script guards against a second start). Needs either a known
 * host or the activeTab grant the user gave by clicking our button, menu or shortcut.
 */
export async function injectReader(tabId: number): Promise<void> {
  if (browser.scripting) {
    await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
  } else {
    // Firefox MV2 without the scripting namespace.
    await browser.tabs.executeScript(tabId, { file: READER_SCRIPT });
  }
}
