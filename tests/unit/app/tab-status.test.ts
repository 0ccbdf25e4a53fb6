// What the popup and side panel learn of a tab: the reader's status, else the analyzer's, else the detector's
// verdict read from the extension's isolated world (the detector answers no messages).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tabStatus } from '../../../entrypoints/shared/tabs';
import type { PageStatus } from '../../../platform/messaging';
import { DETECTOR_VERDICT } from '../../../lib/page-status';

const URL = 'https://www.zb.gov.cn/zbxzf/xzfwj/202404/49ca3d0c669f4c2ebf6f7fabf563549c.shtml';
const TITLE = '镇巴县人民政府关于印发规则的通知';

/** The tab's content scripts as the messaging library sees them: which message types get an answer. */
let answers: Partial<Record<string, Partial<PageStatus>>>;
/** The extension's isolated world in the tab. */
let world: Record<string, unknown>;
let canScript: boolean;
const scripting = fakeBrowser.scripting;

beforeEach(() => {
  fakeBrowser.reset();
  vi.stubGlobal('chrome', fakeBrowser);
  answers = {};
  world = {};
  canScript = true;
  fakeBrowser.tabs.sendMessage = vi.fn((_tab: number, msg: { type: string }, _o: unknown, cb: (r: unknown) => void) =>
    cb(answers[msg.type] ? { res: answers[msg.type] } : undefined),
  ) as never;
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

describe('tabStatus', () => {
  it.each([
    ['the reader runs: its status', { 'reader:status': { press: true, readerOpen: true } }, 'rejected', true],
    ['the analyzer ran: its status', { 'page:status': { press: true, readerOpen: false } }, 'candidate', true],
    [
      'the analyzer found no transcript: its status',
      { 'page:status': { press: false, score: 0.2 } },
      'candidate',
      false,
    ],
  ] as const)('%s', async (_name, answering, verdict, press) => {
    answers = answering;
    world = { [DETECTOR_VERDICT]: verdict };
    const s = await tabStatus(4);
    expect(s?.press).toBe(press);
    expect(s).toMatchObject(Object.values(answering)[0] ?? {});
  });

  it('the detector ruled the page out: "not a transcript", with the page’s URL and title', async () => {
    world = { [DETECTOR_VERDICT]: 'rejected' };
    const s = await tabStatus(4);
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
    expect(await tabStatus(4)).toBeNull();
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
    const s = await tabStatus(4);
    expect(codes).toHaveLength(1);
    expect(s).toMatchObject({ url: URL, title: TITLE, press: false });
  });
});
