// The save-quote shortcut and context-menu item, from the browser event to the message the reader answers. Firefox
// cannot press extension shortcuts under test, so this is where the command path itself is checked.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { commandHandlers } from '../../../entrypoints/background/commands';
import background from '../../../entrypoints/background/index';
import { removeAllListeners, sendMessage } from '../../../platform/messaging';
import { SEED_URL, q1, seedTitle, zhangYing } from '../quotes/seed';

type Sent = { tabId: number; type: string; data: unknown };
type Reply = (m: Sent) => unknown;

const onCommand = vi.fn();
const onClicked = vi.fn();
let sent: Sent[] = [];
let executeScript: ReturnType<typeof vi.fn>;

/** The tab's content scripts, as the messaging library sees them: a reply per message type, or no listener. */
function tabAnswers(reply: Reply) {
  fakeBrowser.tabs.sendMessage = vi.fn(
    (tabId: number, msg: { type: string; data: unknown }, _opts: unknown, cb: (r: unknown) => void) => {
      const m = { tabId, type: msg.type, data: msg.data };
      sent.push(m);
      const res = reply(m);
      cb(res === undefined ? undefined : { res });
    },
  ) as never;
}

beforeEach(() => {
  // The background registers its message handlers once per start; each test starts it afresh.
  removeAllListeners();
  fakeBrowser.reset();
  sent = [];
  onCommand.mockReset();
  onClicked.mockReset();
  vi.stubGlobal('chrome', fakeBrowser);
  Object.assign(fakeBrowser, {
    contextMenus: { create: vi.fn(), removeAll: vi.fn(async () => {}), onClicked: { addListener: onClicked } },
    commands: { onCommand: { addListener: onCommand } },
  });
  executeScript = vi.fn(async () => []);
  fakeBrowser.scripting.executeScript = executeScript as never;
  background.main();
});

const status = { readerOpen: true };
const saved = { ok: true, total: 1 };

describe('save-quote', () => {
  it.each([
    ['reader already running: not injected again (that would close it and lose the selection)', true, 0],
    ['reader not running yet: injected, then asked', false, 1],
  ])('%s', async (_, running, injections) => {
    tabAnswers((m) => (m.type === 'reader:status' ? (running ? status : undefined) : saved));
    await commandHandlers['save-quote']?.(7);
    expect(executeScript).toHaveBeenCalledTimes(injections);
    expect(sent.at(-1)).toEqual({ tabId: 7, type: 'reader:saveSelection', data: undefined });
  });

  it.each([
    ['the shortcut', () => onCommand.mock.calls[0]?.[0]('save-quote', { id: 9 })],
    ['the context menu', () => onClicked.mock.calls[0]?.[0]({ menuItemId: 'save-quote' }, { id: 9 })],
  ])('%s runs the handler for its tab', async (_, fire) => {
    tabAnswers((m) => (m.type === 'reader:status' ? status : saved));
    fire();
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toContain('reader:saveSelection'));
    expect(sent.every((m) => m.tabId === 9)).toBe(true);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('a shortcut without a tab acts on the active tab', async () => {
    const win = await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({ url: SEED_URL, active: true, windowId: win?.id });
    tabAnswers((m) => (m.type === 'reader:status' ? status : saved));
    onCommand.mock.calls[0]?.[0]('save-quote', undefined);
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toContain('reader:saveSelection'));
    expect(sent.at(-1)?.tabId).toBe(tab.id);
  });

  it('other commands do not save', async () => {
    tabAnswers((m) => (m.type === 'reader:status' ? { ...status, pinyin: false } : status));
    await commandHandlers['toggle-pinyin']?.(3);
    expect(sent.map((m) => m.type)).not.toContain('reader:saveSelection');
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
