// Composition root of the background: wires browser events to the badge, the reader injection and the quote store.
import { browser, defineBackground } from '#imports';
import { hostOf, isKnownHost } from '@/lib/hosts';
import { onMessage } from '@/platform/messaging';
import { opensByItself } from '@/lib/settings';
import { readSettings } from '@/platform/storage';
import { handleCandidate } from './candidate';
import { commandHandlers, openReader, saveSelection } from './commands';
import { injectAnalyzer, injectEngine, injectReader } from './inject';
import { openPanel } from './panel';
import { clearQuotes, deleteQuotes, importQuotes, restoreQuotes, saveQuote } from './quotes';
import { deleteWords, saveWord } from './words';
import { registerMenus, MENU_SAVE_QUOTE, MENU_OPEN_READER } from './menus';
import { updateSettings } from './settings';
import { forgetTab, recordStatus, statusOfTab } from './tab-status';
import { readerStringTable } from './strings';
import { findSaidBefore, keepTranscript } from './library';

async function activeTabId(): Promise<number> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No active tab.');
  return tab.id;
}

/** Sites the user turned "always" on (outside the known hosts): analysed on every page load, as known hosts are. */
export async function analyseIfAlwaysOn(tabId: number, url: string): Promise<void> {
  if (isKnownHost(url) || !/^https?:/.test(url)) return;
  const host = hostOf(url);
  const settings = await readSettings();
  if (settings.sites[host]?.enabled !== true) return;
  if (!(await browser.permissions.contains({ origins: [`*://${host}/*`] }))) return;
  await injectAnalyzer(tabId);
}

function report(what: string) {
  return (err: unknown) => console.warn(`[Briefing Reader] ${what}:`, err);
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void registerMenus().catch(report('context menus')));

  onMessage('page:candidate', async ({ sender }) => {
    if (sender.tab?.id !== undefined) await handleCandidate(sender.tab.id, sender.url ?? sender.tab.url);
  });
  onMessage('page:analysed', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await recordStatus(tabId, data);
    const settings = await readSettings();
    if (data.press && opensByItself(settings, data.host, isKnownHost(data.url))) {
      await openReader(tabId).catch(report('auto-open'));
    }
  });
  onMessage('tab:statusChanged', async ({ data, sender }) => {
    if (sender.tab?.id !== undefined) await recordStatus(sender.tab.id, data);
  });
  onMessage('tab:status', ({ data }) => statusOfTab(data));
  onMessage('tab:openReader', async ({ data }) => openReader(data ?? (await activeTabId())));
  onMessage('tab:loadEngine', async ({ data, sender }) => {
    if (sender.tab?.id === undefined) throw new Error('Engines load into tabs only.');
    await injectEngine(sender.tab.id, data);
  });
  onMessage('tab:ensureReader', ({ data }) => injectReader(data));
  // Chrome carries the user's click along with a message only while the handler runs synchronously: open the panel
  // first thing, with the sender's tab, before anything is awaited.
  onMessage('tab:openPanel', ({ data, sender }) => {
    const tabId = data ?? sender.tab?.id;
    return tabId !== undefined ? openPanel(tabId) : activeTabId().then(openPanel);
  });
  onMessage('i18n:readerStrings', () => readerStringTable());
  onMessage('settings:update', ({ data }) => updateSettings(data));
  onMessage('quotes:save', ({ data, sender }) => saveQuote(data, { from: sender.tab?.id }));
  onMessage('quotes:delete', ({ data }) => deleteQuotes(data));
  onMessage('quotes:restore', ({ data }) => restoreQuotes(data));
  onMessage('quotes:clear', () => clearQuotes());
  onMessage('quotes:import', ({ data }) => importQuotes(data));
  onMessage('words:save', ({ data }) => saveWord(data));
  onMessage('words:delete', ({ data }) => deleteWords(data));
  onMessage('library:keep', ({ data }) => keepTranscript(data));
  onMessage('library:saidBefore', ({ data }) => findSaidBefore(data));

  browser.commands?.onCommand.addListener((command, tab) => {
    const run = commandHandlers[command];
    if (!run) return;
    const id = tab?.id;
    void (id !== undefined ? Promise.resolve(id) : activeTabId()).then(run).catch(report(command));
  });

  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    const run =
      info.menuItemId === MENU_SAVE_QUOTE ? saveSelection : info.menuItemId === MENU_OPEN_READER ? openReader : null;
    void run?.(tab.id).catch(report(String(info.menuItemId)));
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId).catch(report('tab status')));
  // A navigation clears what we knew about the tab: the badge must not outlive its page.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading' && change.url) {
      void (browser.action ?? browser.browserAction).setBadgeText({ tabId, text: '' });
      void forgetTab(tabId).catch(report('tab status'));
    }
    if (change.status === 'complete' && tab.url) void analyseIfAlwaysOn(tabId, tab.url).catch(report('always-on site'));
  });
});
