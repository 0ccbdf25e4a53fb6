// Chromium: the word card on hover (dictionary loaded on first use), official English first, in both scripts.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium } from './lib/browsers.mjs';
import { addWordToList, wordCards } from './lib/card-scenarios.mjs';
import { playwrightDriver } from './lib/driver.mjs';
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

test('hovering 長三角, 人类命运共同体 and 行政長官 shows their word cards', async () => {
  const page = await b.context.newPage();
  await wordCards({
    d: { ...playwrightDriver(page), url: server.url },
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 2 }),
    browserName: 'chromium',
  });
});

test('W on the card adds the word; the popup lists it and its Anki CSV parses back', async () => {
  const page = await b.context.newPage();
  const d = { ...playwrightDriver(page), url: server.url };
  await addWordToList({
    d,
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 2 }),
    openPopup: async () => {
      const popup = await b.context.newPage();
      await popup.goto(b.extUrl('popup.html'));
      await popup.waitForSelector('.pp-root');
      return playwrightDriver(popup);
    },
    browserName: 'chromium',
  });
});

test('no request left the browser (only the local test server and the extension were reached)', () => {
  assert.deepEqual(b.outsideRequests, []);
});
