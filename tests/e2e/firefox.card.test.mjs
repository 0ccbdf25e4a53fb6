// Firefox ESR: the word card on hover (dictionary loaded on first use), official English first, in both scripts.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gotoExtensionPage, launchFirefox } from './lib/browsers.mjs';
import { addWordToList, wordCards } from './lib/card-scenarios.mjs';
import { puppeteerDriver } from './lib/driver.mjs';
import { startServer } from './lib/server.mjs';

let server;
let b;
before(async () => {
  server = await startServer();
  b = await launchFirefox();
});
after(async () => {
  await b?.browser.close();
  await server?.close();
});

test('hovering 長三角, 人类命运共同体 and 行政長官 shows their word cards', async () => {
  const page = await b.browser.newPage();
  await wordCards({
    d: { ...puppeteerDriver(page), url: server.url },
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 2 }),
    browserName: 'firefox',
  });
});

test('W on the card adds the word; the popup lists it and its Anki CSV parses back', async () => {
  const page = await b.browser.newPage();
  const d = { ...puppeteerDriver(page), url: server.url };
  await addWordToList({
    d,
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 2 }),
    openPopup: async () => {
      const popup = await b.browser.newPage();
      await gotoExtensionPage(popup, b.extUrl('popup.html'));
      await popup.waitForSelector('.pp-root');
      return puppeteerDriver(popup);
    },
    browserName: 'firefox',
  });
});

test('no request left the browser (only the local test server and the extension were reached)', () => {
  assert.deepEqual(b.outsideRequests, []);
});
