// Chromium: the word card on hover (dictionary loaded on first use), official English first, in both scripts.
/* global navigator -- page.evaluate callbacks. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium, shot } from './lib/browsers.mjs';
import {
  addWordToList,
  checkEnglishCitation,
  inSaveMaoNingQuote,
  pageTextCard,
  wordCards,
} from './lib/card-scenarios.mjs';
import { playwrightDriver } from './lib/driver.mjs';
import { startServer } from './lib/server.mjs';
import { inClosedRootChromium } from './lib/closed-root.mjs';

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

test('on the page text (reader closed) the card shows; a click in it adds the word; the English citation', async () => {
  // The popup copies with navigator.clipboard; a real popup has the user's click, a tab needs the grant.
  await b.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await b.context.newPage();
  const popup = await pageTextCard({
    d: { ...playwrightDriver(page), url: server.url },
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 2 }),
    mouseClick: (x, y) => page.mouse.click(x, y),
    pageCard: (fn) => inClosedRootChromium(page, 'briefing-reader-card', fn),
    openPopup: async () => {
      const p = await b.context.newPage();
      await p.goto(b.extUrl('popup.html'));
      await p.waitForSelector('.pp-root');
      return playwrightDriver(p);
    },
    browserName: 'chromium',
  });
  const url = server.url('mfa');
  await popup.evaluate(inSaveMaoNingQuote, url);
  await popup.page.waitForSelector('li.pp-quote input.pp-quote-check');
  await popup.page.locator('li.pp-quote input.pp-quote-check').first().check();
  assert.equal((await popup.page.locator('button[data-format=english]').textContent()).trim(), 'English');
  // In a tab the popup's word list lies over its copy bar (a layout fault of the popup's): the button is reached
  // from the keyboard, which is the user's own input as a click is.
  await popup.page.focus('button[data-format=english]');
  await popup.press('Enter');
  await popup.page.waitForFunction(() => /Copied/.test(document.querySelector('.pp-notice')?.textContent ?? ''));
  checkEnglishCitation(await popup.evaluate(() => navigator.clipboard.readText()), url);
  await popup.screenshot(shot('chromium-popup-english-citation'));
  await popup.close();
  await page.close();
});

test('no request left the browser (only the local test server and the extension were reached)', () => {
  assert.deepEqual(b.outsideRequests, []);
});
