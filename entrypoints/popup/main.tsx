// Composition root of the popup: reads the tab's status and the saved quotes, and turns the popup's actions into
// messages. The quote list is read from storage and followed live, so saves from any tab appear at once.
import { browser } from '#imports';
import { i18n } from '#i18n';
import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import type { PopupActions, PopupPageStatus } from '@/components/popup/types';
import '@/components/popup/popup.css';
import { sendMessage } from '@/platform/messaging';
import { migrateQuote } from '@/lib/quotes/migrations';
import type { Quote } from '@/lib/quotes/model';
import { exportJson, exportMarkdown } from '@/lib/quotes/exchange';
import { quotesItem, readSettings, wordsItem } from '@/platform/storage';
import { readSavedWord, type SavedWord } from '@/lib/words/model';
import { wordsAnkiCsv, wordsMarkdown } from '@/lib/words/export';
import { isKnownHost } from '@/lib/hosts';
import { DEFAULT_SETTINGS, opensByItself, type Settings } from '@/lib/settings';
import { download, isRestricted, openFiguresPanel, targetTab } from '../shared/tabs';
import { copyQuotes, uiLang } from './copy';
import { startLibraryCard } from './library';

const app = document.getElementById('app')!;
let status: PopupPageStatus = null;
let quotes: Quote[] = [];
let damaged = 0;
let settings: Settings = DEFAULT_SETTINGS;
let lastRemoved: Quote[] = [];
let tabId: number | null = null;
let words: SavedWord[] = [];
const readWords = (raw: unknown) => {
  words = (Array.isArray(raw) ? raw : []).map(readSavedWord).filter((w): w is SavedWord => w !== null);
};

// Validated entries by their stored form: a change to the list (a save in some tab) then validates only what is
// new, instead of every stored quote again while the popup is open.
let validated = new Map<string, Quote | null>();

function readQuotes(raw: unknown): void {
  const list = Array.isArray(raw) ? raw : [];
  const next = new Map<string, Quote | null>();
  quotes = [];
  damaged = 0;
  for (const entry of list) {
    const key = JSON.stringify(entry) ?? '';
    let quote = next.get(key) ?? validated.get(key);
    if (quote === undefined) quote = migrateQuote(entry).quote ?? null;
    next.set(key, quote);
    if (quote) quotes.push(quote);
    else damaged++;
  }
  validated = next;
  // A stored value that is not a list at all is unreadable as a whole; the background keeps a copy of it aside.
  if (!Array.isArray(raw) && raw !== null && raw !== undefined) damaged = 1;
}

// Saves arriving in a burst (several tabs, an import) are drawn once, not once per change.
let drawTimer: ReturnType<typeof setTimeout> | undefined;
function drawSoon(): void {
  drawTimer ??= setTimeout(() => {
    drawTimer = undefined;
    draw();
  }, 50);
}

async function refreshStatus(): Promise<void> {
  const tab = await targetTab();
  tabId = tab?.id ?? null;
  status = !tab || isRestricted(tab.url) ? 'unavailable' : await sendMessage('tab:status', tab.id);
  draw();
}

async function withTab<T>(run: (id: number) => Promise<T>): Promise<T> {
  if (tabId === null) throw new Error(i18n.t('errorNoTab'));
  const out = await run(tabId);
  await refreshStatus();
  return out;
}

const actions: PopupActions = {
  onToggleReader: () =>
    withTab((id) =>
      status && status !== 'unavailable' && status.readerOpen
        ? sendMessage('reader:hide', undefined, id)
        : sendMessage('tab:openReader', id),
    ),
  onAnalyse: () => withTab((id) => sendMessage('tab:openReader', id)),
  onVariant: (v) =>
    withTab(async (id) => {
      await sendMessage('tab:openReader', id);
      return sendMessage('reader:setVariant', v, id);
    }),
  onPinyin: (on) =>
    withTab(async (id) => {
      await sendMessage('tab:openReader', id);
      return sendMessage('reader:setPinyin', on, id);
    }),
  // Opened here, inside the click, because both browsers only open a side panel on a user gesture.
  onFigures: () => (tabId === null ? undefined : openFiguresPanel(tabId)),
  onCopy: (ids, format, options) =>
    copyQuotes(
      quotes.filter((q) => ids.includes(q.id)),
      format,
      options,
    ),
  onDelete: async (ids) => {
    lastRemoved = await sendMessage('quotes:delete', ids);
  },
  onUndo: async () => {
    await sendMessage('quotes:restore', lastRemoved);
    lastRemoved = [];
  },
  onClear: async () => {
    lastRemoved = await sendMessage('quotes:clear', undefined);
  },
  onExport: (kind) => {
    const stamp = new Date().toISOString().slice(0, 10);
    if (kind === 'json')
      download(`briefing-reader-quotes-${stamp}.json`, 'application/json', exportJson(quotes, new Date()));
    else download(`briefing-reader-quotes-${stamp}.md`, 'text/markdown', exportMarkdown(quotes, { lang: uiLang() }));
  },
  onImport: (text) => sendMessage('quotes:import', text),
  onExportWords: (kind) => {
    const stamp = new Date().toISOString().slice(0, 10);
    if (kind === 'anki') download(`briefing-reader-words-${stamp}.csv`, 'text/csv;charset=utf-8', wordsAnkiCsv(words));
    else
      download(
        `briefing-reader-words-${stamp}.md`,
        'text/markdown',
        wordsMarkdown(words, i18n.t('popupWordsFileHeading')),
      );
  },
  onRemoveWord: (id) => sendMessage('words:delete', [id]),
  onOpenSettings: () => browser.runtime.openOptionsPage(),
  onAlwaysOn: (on) => {
    const s = status;
    if (!s || s === 'unavailable' || !s.host) return;
    const host = s.host;
    // Asked right here, inside the click: the browser only shows its permission prompt for a user gesture.
    const granted =
      on && !isKnownHost(s.url) ? browser.permissions.request({ origins: [`*://${host}/*`] }) : Promise.resolve(true);
    return granted.then(async (ok) => {
      if (!ok) throw new Error(i18n.t('errorPermissionRefused'));
      settings = await sendMessage('settings:update', [{ site: host, patch: { enabled: on } }]);
      draw();
    });
  },
};

/** Whether the reader opens by itself on the page's site: the user's choice for it, else the general setting. */
function alwaysOn(): boolean {
  if (!status || status === 'unavailable') return false;
  return opensByItself(settings, status.host, isKnownHost(status.url));
}

function draw(): void {
  render(
    <Popup
      status={status}
      strings={(key, subs) => i18n.t(key as never, (subs ?? []) as never)}
      actions={actions}
      quotes={quotes}
      settings={settings}
      lang={uiLang()}
      damaged={damaged}
      alwaysOn={alwaysOn()}
      words={words}
    />,
    app,
  );
}

async function main(): Promise<void> {
  document.documentElement.lang = browser.i18n.getUILanguage();
  [settings] = await Promise.all([
    readSettings(),
    quotesItem.getValue().then(readQuotes),
    wordsItem.getValue().then(readWords),
  ]);
  draw();
  wordsItem.watch((raw) => {
    readWords(raw);
    drawSoon();
  });
  quotesItem.watch((raw) => {
    readQuotes(raw);
    drawSoon();
  });
  startLibraryCard(document.getElementById('library')!);
  await refreshStatus();
}

void main();
