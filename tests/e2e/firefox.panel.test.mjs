// Firefox ESR: the figures panel (the sidebar page, opened as a tab that follows the window's active tab).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gotoExtensionPage, launchFirefox, shot } from './lib/browsers.mjs';
import { puppeteerDriver } from './lib/driver.mjs';
import { figuresPanel } from './lib/panel-scenarios.mjs';
import { startServer } from './lib/server.mjs';

let server;
let b;
let extPage;
before(async () => {
  server = await startServer();
  b = await launchFirefox();
  extPage = await b.browser.newPage();
  await gotoExtensionPage(extPage, b.extUrl('options.html'));
});
after(async () => {
  await b?.browser.close();
  await server?.close();
});

test('figures panel: list equals the engine, filters, search, CSV round trip, reveal, tab switch', async () => {
  const newDriver = async () => ({
    ...puppeteerDriver(await b.browser.newPage()),
    url: server.url,
    newPage: newDriver,
  });
  const d = await newDriver();
  await figuresPanel({
    d,
    browserName: 'firefox',
    ext: (fn, arg) => extPage.evaluate(fn, arg),
    openPanel: async (p) => {
      const page = await b.browser.newPage();
      await gotoExtensionPage(page, b.extUrl(p));
      return puppeteerDriver(page);
    },
  });
  // The sidebar is declared and not opened at install.
  const manifest = await extPage.evaluate(() => browser.runtime.getManifest());
  assert.match(manifest.sidebar_action.default_panel, /\/?sidepanel\.html$/);
  assert.equal(manifest.sidebar_action.open_at_install, false);
});

test("the reader toolbar's Figures button: Firefox keeps its sidebar for its own controls, and the page says how", async () => {
  const page = await b.browser.newPage();
  await page.goto(server.url('seed'));
  await page.waitForFunction(() => document.querySelector('briefing-reader')?.shadowRoot?.querySelector('section'), {
    timeout: 15000,
  });
  const box = await page.evaluate(() => {
    const r = [...document.querySelector('briefing-reader').shadowRoot.querySelectorAll('button')]
      .find((x) => x.textContent.trim() === 'Figures')
      .getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  await page.mouse.click(box.x, box.y);
  // Either the sidebar opened (a later Firefox may allow it), or the toast tells the user the shortcut.
  await page.waitForFunction(() => document.querySelector('briefing-reader-toast'), { timeout: 5000 }).catch(() => {});
  const toast = await page.evaluate(() => document.querySelector('briefing-reader-toast') !== null);
  const open = await extPage.evaluate(() => browser.sidebarAction.isOpen({}));
  assert.ok(open || toast, 'neither the sidebar nor a hint appeared');
  await page.screenshot({ path: shot('firefox-figures-button-hint') });
  await page.close();
});

test('no request left the browser (only the local test server and the extension were reached)', () => {
  assert.deepEqual(b.outsideRequests, []);
});
