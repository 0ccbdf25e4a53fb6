// What the background knows of a tab, for the popup and the side panel: the status the reader or the analyzer
// last reported for the page the tab shows, else the detector's verdict read from the extension's isolated world
// (the detector answers no messages and reports nothing on pages it rules out).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetTab, recordStatus, statusOfTab } from '../../../entrypoints/background/tab-status';
import type { PageStatus } from '../../../platform/messaging';
import { DETECTOR_VERDICT } from '../../../lib/page-status';

const URL = 'https://www.zb.gov.cn/zbxzf/xzfwj/202404/49ca3d0c669f4c2ebf6f7fabf563549c.shtml';
const TITLE = '镇巴县人民政府关于印发规则的通知';

let tabId: number;
/** The extension's isolated world in the tab. */
let world: Record<string, unknown>;
let canScript: boolean;
const scripting = fakeBrowser.scripting;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.stubGlobal('chrome', fakeBrowser);
  tabId = (await fakeBrowser.tabs.create({ url: URL })).id!;
  // The badge's title is in the UI language; the fake browser has no message catalogue.
  fakeBrowser.i18n.getMessage = vi.fn((key: string) => key) as never;
  world = {};
  canScript = true;
  // Runs the function as the browser would in the tab: against that world's globals, the page's URL and title.
  fakeBrowser.scripting.executeScript = vi.fn(
    async ({ func, args }: { func: (...a: unknown[]) => unknown; args: unknown[] }) => {
      if (!canScript) throw new Error('Cannot access contents of the page.');
      return [{ frameId: 0, result: inTab(() => func(...args)) }];
    },
  ) as never;
});

afterEach(() => {
  vi.unstubAllGlobals();
  Object.assign(fakeBrowser, { scripting });
});

function inTab<T>(run: () => T): T {
  vi.stubGlobal('location', { href: URL });
  vi.stubGlobal('document', { title: TITLE });
  const saved = Object.fromEntries(Object.keys(world).map((k) => [k, (globalThis as Record<string, unknown>)[k]]));
  Object.assign(globalThis, world);
  try {
    return run();
  } finally {
    Object.assign(globalThis, saved);
  }
}

const reported = (over: Partial<PageStatus>): PageStatus => ({
  url: URL,
  host: 'www.zb.gov.cn',
  press: true,
  score: 0.9,
  reasons: ['title: 新闻发布会'],
  title: TITLE,
  date: null,
  questions: 3,
  readerOpen: false,
  variant: 'original',
  script: 'hans',
  pinyin: false,
  ...over,
});

describe('statusOfTab', () => {
  it.each([
    ['the reader reported: its status', reported({ readerOpen: true, readerScript: true }), 'rejected'],
    ['the analyzer reported: its status', reported({}), 'candidate'],
    ['the analyzer found no transcript: its status', reported({ press: false, score: 0.2, questions: 0 }), 'candidate'],
    ['a report for the same page with another fragment', reported({ url: `${URL}#q3` }), 'candidate'],
  ] as const)('%s', async (_name, status, verdict) => {
    world = { [DETECTOR_VERDICT]: verdict };
    await recordStatus(tabId, status);
    expect(await statusOfTab(tabId)).toEqual(status);
  });

  it('a report for the page the tab showed before is not this page’s', async () => {
    await recordStatus(tabId, reported({ url: 'https://www.zb.gov.cn/other.shtml' }));
    world = { [DETECTOR_VERDICT]: 'candidate' };
    expect(await statusOfTab(tabId)).toBeNull();
  });

  it('a forgotten tab (navigated, closed) falls back to the detector', async () => {
    await recordStatus(tabId, reported({}));
    await forgetTab(tabId);
    world = { [DETECTOR_VERDICT]: 'rejected' };
    expect(await statusOfTab(tabId)).toMatchObject({ press: false, title: TITLE });
  });

  it('sets the badge from the report', async () => {
    await recordStatus(tabId, reported({ questions: 7 }));
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('7');
  });

  it('the detector ruled the page out: "not a transcript", with the page’s URL and title', async () => {
    world = { [DETECTOR_VERDICT]: 'rejected' };
    const s = await statusOfTab(tabId);
    expect(s).toMatchObject({ url: URL, host: 'www.zb.gov.cn', title: TITLE, press: false, readerOpen: false });
    expect(s?.reasons.length).toBe(1);
  });

  it.each([
    ['the detector handed the page on and the analyzer is on its way', { [DETECTOR_VERDICT]: 'candidate' }, true],
    ['no detector ran (not a known host)', {}, true],
    ['scripts may not run in the tab', { [DETECTOR_VERDICT]: 'rejected' }, false],
  ])('unknown while %s', async (_name, globals, allowed) => {
    world = globals;
    canScript = allowed;
    expect(await statusOfTab(tabId)).toBeNull();
  });

  it('Firefox MV2 (no scripting namespace): the same function runs as code', async () => {
    world = { [DETECTOR_VERDICT]: 'rejected' };
    const codes: string[] = [];
    Object.assign(fakeBrowser, { scripting: undefined });
    fakeBrowser.tabs.executeScript = vi.fn(async (_tab: number, { code }: { code: string }) => {
      codes.push(code);
      // Indirect eval: the code runs in the global scope, as a content script's code does.
      return [inTab(() => (0, eval)(code) as unknown)];
    }) as never;
    const s = await statusOfTab(tabId);
    expect(codes).toHaveLength(1);
    expect(s).toMatchObject({ url: URL, title: TITLE, press: false });
  });
});
