// Chromium: the figures panel beside the seed page (opened as a tab that follows the window's active tab).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium } from './lib/browsers.mjs';
import { playwrightDriver, poll } from './lib/driver.mjs';
import { figuresPanel } from './lib/panel-scenarios.mjs';
import { startServer } from './lib/server.mjs';

let server;
let b;
before(async () => {
  server = await startServer();
  b = await launchChromium();
});
after(async () => {
  await b?.context.close();
  await server?.close();
});

test('figures panel: list equals the engine, filters, search, CSV round trip, reveal, tab switch', async () => {
  const newDriver = async () => ({
    ...playwrightDriver(await b.context.newPage()),
    url: server.url,
    newPage: newDriver,
  });
  const d = await newDriver();
  await figuresPanel({
    d,
    browserName: 'chromium',
    ext: (fn, arg) => b.sw.evaluate(fn, arg),
    openPanel: async (p) => {
      const panel = playwrightDriver(await b.context.newPage());
      await panel.goto(b.extUrl(p));
      return panel;
    },
  });
  // The real side panel is registered for the extension.
  const options = await b.sw.evaluate(() => chrome.sidePanel.getOptions({}));
  assert.equal(options.path, 'sidepanel.html');
});

test("the reader toolbar's Figures button opens the real side panel", async () => {
  const page = await b.context.newPage();
  const warnings = [];
  page.on('console', (m) => warnings.push(m.text()));
  await page.goto(server.url('seed'));
  await page.waitForFunction(() => document.querySelector('briefing-reader')?.shadowRoot?.querySelector('section'));
  const box = await page.evaluate(() => {
    const root = document.querySelector('briefing-reader').shadowRoot;
    const r = [...root.querySelectorAll('button')]
      .find((x) => x.textContent.trim() === 'Figures')
      .getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  await page.bringToFront();
  await page.mouse.click(box.x, box.y);
  const open = async () =>
    (await b.sw.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }))).length;
  assert.equal(await poll(open, (n) => n > 0, 3000), 1, `side panel open (page said: ${warnings.join(' | ')})`);
});

test('no request left the browser (only the local test server and the extension were reached)', () => {
  assert.deepEqual(b.outsideRequests, []);
});
