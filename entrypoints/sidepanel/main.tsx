// Composition root of the figures panel. Follows the active tab: switching tabs, navigating or switching script
// replaces the list, and a request that comes back after the user moved on is dropped (no stale entries).
import { browser } from '#imports';
import { i18n } from '#i18n';
import { render } from 'preact';
import { FiguresPanel } from '@/components/panel/FiguresPanel';
import '@/components/panel/panel.css';
import { messageOf } from '@/lib/errors';
import { formatValue } from '@/lib/figures/format';
import type { Figure } from '@/lib/figures/types';
import { onMessage, sendMessage, type FigureList } from '@/platform/messaging';
import { download, followedWindow, isRestricted, targetTab } from '../shared/tabs';

const app = document.getElementById('app')!;
let list: FigureList | null = null;
let error: string | null = null;
let loading = true;
let forced = false;
let tabId: number | null = null;
let generation = 0;

async function load(): Promise<void> {
  const mine = ++generation;
  loading = true;
  draw();
  const tab = await targetTab();
  if (mine !== generation) return;
  tabId = tab?.id ?? null;
  try {
    if (!tab || isRestricted(tab.url)) throw new Error(i18n.t('errorRestricted'));
    // The background knows whether the reader runs in the tab (it reports every change) and what the analyzer read.
    const status = await sendMessage('tab:status', tab.id);
    const reader = status?.readerScript === true;
    if (!reader && (status?.press || forced)) await sendMessage('tab:ensureReader', tab.id);
    const next = reader || status?.press || forced ? await sendMessage('reader:figures', undefined, tab.id) : null;
    if (mine !== generation) return;
    list = next ?? { url: tab.url, title: null, date: null, press: false, variant: 'original', figures: [] };
    error = null;
  } catch (err) {
    if (mine !== generation) return;
    list = null;
    error = messageOf(err);
  }
  loading = false;
  draw();
}

function draw(): void {
  render(
    <FiguresPanel
      list={list}
      loading={loading}
      error={error}
      forced={forced}
      strings={(key, subs) => i18n.t(key as never, (subs ?? []) as never)}
      locale={browser.i18n.getUILanguage()}
      formatValue={(row, locale) =>
        formatValue({ ...row, start: 0, end: 0 } as Figure, locale.startsWith('zh') ? 'zh' : 'en')
      }
      actions={{
        onReveal: (id) => void (tabId !== null && sendMessage('reader:revealFigure', id, tabId)),
        onCopy: (text) => navigator.clipboard.writeText(text),
        onExport: (filename, mime, content) => download(filename, mime, content),
        onAnalyse: () => {
          forced = true;
          void load();
        },
      }}
    />,
    app,
  );
}

document.documentElement.lang = browser.i18n.getUILanguage();
browser.tabs.onActivated.addListener(({ windowId }) => {
  const followed = followedWindow();
  if (followed !== null && windowId !== followed) return;
  forced = false;
  void load();
});
browser.tabs.onUpdated.addListener((id, change) => {
  if (id === tabId && change.status === 'complete') {
    forced = false;
    void load();
  }
});
onMessage('panel:changed', ({ sender }) => {
  if (sender.tab?.id === tabId) void load();
});
void load();
