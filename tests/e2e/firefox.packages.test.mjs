// Firefox ESR: both Firefox store packages (MV2 and MV3 zips) install and recognise the seed page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gotoExtensionPage, launchFirefox, packagePath, shot } from './lib/browsers.mjs';
import { inClosedRootFirefox, storeReaderIsClosed } from './lib/closed-root.mjs';
import { startServer } from './lib/server.mjs';

for (const target of ['firefox-mv2', 'firefox-mv3']) {
  test(`the ${target} package installs and recognises the seed page`, async () => {
    const server = await startServer();
    const b = await launchFirefox({ extension: packagePath(target) });
    try {
      const page = await b.browser.newPage();
      const url = server.url('seed');
      await page.goto(url);
      await page.waitForSelector('briefing-reader', { timeout: 15000 });
      const ext = await b.browser.newPage();
      await gotoExtensionPage(ext, b.extUrl('options.html'));
      const badge = await ext.evaluate(async (u) => {
        const tab = (await browser.tabs.query({})).find((t) => t.url === u);
        return (browser.action ?? browser.browserAction).getBadgeText({ tabId: tab.id });
      }, url);
      assert.equal(badge, '7');
      const manifest = await ext.evaluate(() => browser.runtime.getManifest());
      assert.equal(manifest.manifest_version, target === 'firefox-mv3' ? 3 : 2);

      // The store build's reader is behind a closed root: the page sees no root, the user sees and uses the reader.
      await page.bringToFront();
      const inReader = (fn, arg) => inClosedRootFirefox(page, 'briefing-reader', fn, arg);
      await storeReaderIsClosed(page, inReader, shot(`${target}-package-closed-root`));
    } finally {
      await b.browser.close();
      await server.close();
    }
  });
}
