// What the keyboard commands do, and opening the reader. Kept out of index.ts: WXT loads that file while it prepares
// the project, before the i18n module exists, and keeps what lies outside the background's main function; the
// figures command reaches the i18n module through the panel.
import { browser } from '#imports';
import { sendMessage, type PageStatus } from '@/platform/messaging';
import { injectReader } from './inject';
import { openPanel } from './panel';

/** Injects the reader (idempotent) and tells it to show itself. */
export async function openReader(tabId: number): Promise<PageStatus> {
  await injectReader(tabId);
  return sendMessage('reader:show', undefined, tabId);
}

async function toggleReader(tabId: number): Promise<void> {
  await injectReader(tabId);
  const s = await sendMessage('reader:status', undefined, tabId);
  await sendMessage(s.readerOpen ? 'reader:hide' : 'reader:show', undefined, tabId);
}

export async function saveSelection(tabId: number): Promise<void> {
  await injectReader(tabId);
  await sendMessage('reader:saveSelection', undefined, tabId);
}

async function togglePinyin(tabId: number): Promise<void> {
  await injectReader(tabId);
  const s = await sendMessage('reader:status', undefined, tabId);
  await sendMessage('reader:setPinyin', !s.pinyin, tabId);
}

export const commandHandlers: Record<string, (tabId: number) => Promise<unknown>> = {
  'toggle-reader': toggleReader,
  'save-quote': saveSelection,
  'toggle-pinyin': togglePinyin,
  'open-figures': (tabId) => openPanel(tabId),
  'open-library': () => browser.tabs.create({ url: browser.runtime.getURL('/library.html') }),
};
