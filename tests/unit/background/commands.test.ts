// The save-quote shortcut and context-menu item, from the browser event to the message the reader answers. Firefox
// cannot press extension shortcuts under test, so this is where the command path itself is checked.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { commandHandlers } from '../../../entrypoints/background/commands';
import background from '../../../entrypoints/background/index';
import { sendMessage, type PageStatus, type SaveResult } from '../../../platform/messaging';
import { delivered, resetTabs, sentTo, tabAnswers } from '../fake-tabs';
import { SEED_URL, q1, seedTitle, zhangYing } from '../quotes/seed';

const onCommand = vi.fn();
const onClicked = vi.fn();
let executeScript: ReturnType<typeof vi.fn>;

const status = { readerOpen: true, pinyin: true } as PageStatus;
const saved = { ok: true, total: 1 } as SaveResult;

/** The reader content script in the tab: it answers its status and what the commands ask of it. */
function startReader(pinyin = true): void {
  tabAnswers('reader:status', () => ({ ...status, pinyin }));
  tabAnswers('reader:show', () => status);
  tabAnswers('reader:hide', () => status);
  tabAnswers('reader:setPinyin', () => status);
  tabAnswers('reader:saveSelection', () => saved);
}

const sent = () => delivered.map((m) => m.type);

beforeEach(() => {
  // The background registers its message handlers once per start; each test starts it afresh.
  resetTabs();
  onCommand.mockReset();
  onClicked.mockReset();
  Object.assign(fakeBrowser, {
    contextMenus: { create: vi.fn(), removeAll: vi.fn(async () => {}), onClicked: { addListener: onClicked } },
    commands: { onCommand: { addListener: onCommand } },
  });
  executeScript = vi.fn(async ({ files }: { files: string[] }) => {
    if (files[0] === '/content-scripts/reader.js') startReader();
    return [];
  });
  fakeBrowser.scripting.executeScript = executeScript as never;
  background.main();
});

describe('save-quote', () => {
  it.each([
    ['reader already running: not injected again (that would close it and lose the selection)', true, 0],
    ['reader not running yet: injected, then asked', false, 1],
  ])('%s', async (_, running, injections) => {
    if (running) startReader();
    await commandHandlers['save-quote']?.(7);
    expect(executeScript).toHaveBeenCalledTimes(injections);
    expect(delivered.at(-1)).toEqual({ tabId: 7, type: 'reader:saveSelection', data: undefined });
  });

  it.each([
    ['the shortcut', () => onCommand.mock.calls[0]?.[0]('save-quote', { id: 9 })],
    ['the context menu', () => onClicked.mock.calls[0]?.[0]({ menuItemId: 'save-quote' }, { id: 9 })],
  ])('%s runs the handler for its tab', async (_, fire) => {
    startReader();
    fire();
    await vi.waitFor(() => expect(sent()).toContain('reader:saveSelection'));
    expect(sentTo.every((tabId) => tabId === 9)).toBe(true);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('a shortcut without a tab acts on the active tab', async () => {
    const win = await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({ url: SEED_URL, active: true, windowId: win?.id });
    startReader();
    onCommand.mock.calls[0]?.[0]('save-quote', undefined);
    await vi.waitFor(() => expect(sent()).toContain('reader:saveSelection'));
    expect(delivered.at(-1)?.tabId).toBe(tab.id);
  });

  it('other commands do not save', async () => {
    startReader(false);
    await commandHandlers['toggle-pinyin']?.(3);
    expect(delivered.at(-1)).toEqual({ tabId: 3, type: 'reader:setPinyin', data: true });
    expect(sent()).not.toContain('reader:saveSelection');
  });
});

describe('quotes:save message', () => {
  it('reaches the single writer and comes back as a SaveResult', async () => {
    const r = await sendMessage('quotes:save', {
      text: zhangYing,
      speaker: '張英',
      role: '市經信委總工程師',
      outlet: '上海日報',
      question: q1,
      conferenceTitle: seedTitle,
      conferenceDate: '2018-06-12',
      url: SEED_URL,
    });
    expect(r).toMatchObject({ ok: true, total: 1, quote: { speaker: '張英', text: zhangYing } });
    expect((await fakeBrowser.storage.local.get('quotes')).quotes).toHaveLength(1);
  });
});
