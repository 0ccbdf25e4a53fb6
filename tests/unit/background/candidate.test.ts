// A known-host page the detector could not rule out: where the reader opens by itself it is injected straight away
// and reads the page; elsewhere the analyzer reads it and the reader waits to be asked.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleCandidate } from '../../../entrypoints/background/candidate';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { settingsItem } from '../../../platform/storage';

const URL = 'https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/202210/t20221027.shtml';
const HOST = 'www.fmprc.gov.cn';

let executeScript: ReturnType<typeof vi.fn>;
let sent: string[];
let badge: ReturnType<typeof vi.fn>;
let readerRuns: boolean;

beforeEach(() => {
  fakeBrowser.reset();
  vi.stubGlobal('chrome', fakeBrowser);
  sent = [];
  readerRuns = false;
  executeScript = vi.fn(async ({ files }: { files: string[] }) => {
    if (files[0] === '/content-scripts/reader.js') readerRuns = true;
    return [];
  });
  fakeBrowser.scripting.executeScript = executeScript as never;
  // The tab's scripts as the messaging library sees them: the reader answers once it runs, nothing else does.
  fakeBrowser.tabs.sendMessage = vi.fn((_tab: number, msg: { type: string }, _o: unknown, cb: (r: unknown) => void) => {
    sent.push(msg.type);
    cb(readerRuns ? { res: { press: true, questions: 7 } } : undefined);
  }) as never;
  badge = vi.fn(async () => {});
  fakeBrowser.i18n.getMessage = vi.fn((key: string) => key) as never;
  Object.assign(fakeBrowser, {
    action: { setBadgeText: badge, setBadgeBackgroundColor: vi.fn(async () => {}), setTitle: vi.fn(async () => {}) },
  });
});

const files = () => executeScript.mock.calls.map(([o]) => (o as { files: string[] }).files[0]);

describe('a candidate page', () => {
  it.each([
    ['auto-open on a known host: the reader straight away', {}, ['/content-scripts/reader.js'], 'reader:autoOpen'],
    ['"on request": the analyzer only', { autoOpen: 'on-request' }, ['/content-scripts/analyzer.js'], null],
    [
      'this site turned off: the analyzer only',
      { sites: { [HOST]: { enabled: false } } },
      ['/content-scripts/analyzer.js'],
      null,
    ],
  ] as const)('%s', async (_, patch, injected, asked) => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, ...patch } as Settings);
    await handleCandidate(3, URL);
    expect(files()).toEqual(injected);
    if (asked) expect(sent.at(-1)).toBe(asked);
    else expect(sent).toEqual([]);
    // The badge comes from the verdict the page's script reports (tab-status.test.ts), not from this exchange.
    expect(badge).not.toHaveBeenCalled();
  });

  it('never injects a second reader where one already runs', async () => {
    readerRuns = true;
    await handleCandidate(3, URL);
    expect(files()).toEqual([]);
    expect(sent).toEqual(['reader:status', 'reader:autoOpen']);
  });

  it.each([
    ['not an object', 'corrupt'],
    ['without its sites', { autoOpen: 'known-hosts' }],
    ['with a damaged site entry', { ...DEFAULT_SETTINGS, sites: { [HOST]: 7 } }],
  ])('stored settings %s: read as repaired, the reader still opens by itself', async (_name, stored) => {
    await fakeBrowser.storage.local.set({ settings: stored });
    await handleCandidate(3, URL);
    expect(files()).toEqual(['/content-scripts/reader.js']);
    expect(sent.at(-1)).toBe('reader:autoOpen');
  });

  it('a page without a URL goes to the analyzer', async () => {
    await handleCandidate(3, undefined);
    expect(files()).toEqual(['/content-scripts/analyzer.js']);
  });
});
