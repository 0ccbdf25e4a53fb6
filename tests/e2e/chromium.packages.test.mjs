// Chromium: the Chrome store package (the zip `npm run zip` writes) loads and recognises the seed page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launchChromium, packagePath, shot } from './lib/browsers.mjs';
import { inClosedRootChromium, storeReaderIsClosed } from './lib/closed-root.mjs';
import { startServer } from './lib/server.mjs';

test('the Chrome package loads and recognises the seed page', async () => {
  const server = await startServer();
  const b = await launchChromium({ extension: packagePath('chrome-mv3', { unpack: true }) });
  try {
    const page = await b.context.newPage();
    await page.goto(server.url('seed'));
    await page.waitForSelector('briefing-reader', { state: 'attached', timeout: 15000 });
    const id = await b.sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u).id, page.url());
    assert.equal(await b.sw.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), id), '7');
    const manifest = await b.sw.evaluate(() => chrome.runtime.getManifest());
    assert.deepEqual(manifest.permissions.sort(), ['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'storage']);

    // The store build's reader is behind a closed root: the page sees no root, the user sees and uses the reader.
    const inReader = (fn, arg) => inClosedRootChromium(page, 'briefing-reader', fn, arg);
    await storeReaderIsClosed(page, inReader, shot('chromium-package-closed-root'));
  } finally {
    await b.context.close();
    await server.close();
  }
});
