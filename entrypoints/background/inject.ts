import { browser } from '#imports';
import { sendMessage } from '@/platform/messaging';

const READER_SCRIPT = '/content-scripts/reader.js';
const ANALYZER_SCRIPT = '/content-scripts/analyzer.js';
const ENGINE_SCRIPTS = {
  script: '/content-scripts/script-engine.js',
  pinyin: '/content-scripts/pinyin-engine.js',
} as const;

/** Whether the reader script already runs in the tab (it alone answers reader:status). */
async function readerRunning(tabId: number): Promise<boolean> {
  return sendMessage('reader:status', undefined, tabId).then(
    () => true,
    () => false,
  );
}

/**
 * Runs the reader script in a tab unless it already runs there. Needs either a known host or the activeTab grant
 * the user gave by clicking our button, menu or shortcut. Injecting a second copy is not harmless: WXT's context of
 * the new copy invalidates the running one, which closes the reader and loses the user's selection (the save-quote
 * shortcut and menu would then find nothing selected).
 */
export async function injectReader(tabId: number): Promise<void> {
  if (await readerRunning(tabId)) return;
  await runScript(tabId, READER_SCRIPT);
}

/** Runs the engine on a known-host page the detector could not rule out (the script guards against a rerun). */
export function injectAnalyzer(tabId: number): Promise<void> {
  return runScript(tabId, ANALYZER_SCRIPT);
}

/** Runs one of the reader's engines in the tab (the reader asks only once per engine). */
export function injectEngine(tabId: number, name: keyof typeof ENGINE_SCRIPTS): Promise<void> {
  return runScript(tabId, ENGINE_SCRIPTS[name]);
}

type ScriptFile = typeof READER_SCRIPT | typeof ANALYZER_SCRIPT | (typeof ENGINE_SCRIPTS)[keyof typeof ENGINE_SCRIPTS];

async function runScript(tabId: number, file: ScriptFile): Promise<void> {
  if (browser.scripting) {
    await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  } else {
    // Firefox MV2 without the scripting namespace.
    await browser.tabs.executeScript(tabId, { file });
  }
}
