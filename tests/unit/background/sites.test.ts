// Which pages the background analyses by itself: known hosts through the detector, and sites the user turned
// "always" on (with the permission they granted), on every load.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyseIfAlwaysOn } from '../../../entrypoints/background/index';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { settingsItem } from '../../../platform/storage';

let executeScript: ReturnType<typeof vi.fn>;
let granted: string[];

beforeEach(() => {
  fakeBrowser.reset();
  vi.stubGlobal('chrome', fakeBrowser);
  executeScript = vi.fn(async () => []);
  fakeBrowser.scripting.executeScript = executeScript as never;
  granted = [];
  Object.assign(fakeBrowser, {
    permissions: {
      contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.includes(o))),
    },
  });
});

describe('sites turned "always" on', () => {
  it.each([
    ['site on, permission granted', 'www.example-news.tw', true, true, 1],
    ['site on, permission withdrawn since', 'www.example-news.tw', true, false, 0],
    ['site not on', 'www.example-news.tw', false, true, 0],
    ['a known host (the detector handles it)', 'www.fmprc.gov.cn', true, true, 0],
  ])('%s', async (_, host, enabled, permission, injections) => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, sites: { [host]: { enabled } } });
    if (permission) granted.push(`*://${host}/*`);
    await analyseIfAlwaysOn(5, `https://${host}/news/1.html`);
    expect(executeScript).toHaveBeenCalledTimes(injections);
    if (injections) {
      expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 5 }, files: ['/content-scripts/analyzer.js'] });
    }
  });

  it('never touches browser pages', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, sites: { extensions: { enabled: true } } });
    granted.push('*://extensions/*');
    await analyseIfAlwaysOn(5, 'chrome://extensions/');
    expect(executeScript).not.toHaveBeenCalled();
  });
});
