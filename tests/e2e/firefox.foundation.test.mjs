// Firefox ESR: the same checks as in Chromium, over WebDriver BiDi with the MV2 build installed as a temporary add-on.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gotoExtensionPage, launchFirefox, shot } from './lib/browsers.mjs';
import { poll } from './lib/driver.mjs';
import { fixtureExpected } from './lib/pages.mjs';
import { pageSnapshot, readerSummary } from './lib/page-checks.mjs';
import { startServer } from './lib/server.mjs';

let server;
let b;
let ext;
before(async () => {
  server = await startServer();
  b = await launchFirefox();
  ext = await b.browser.newPage();
  await gotoExtensionPage(ext, b.extUrl('options.html'));
});
after(async () => {
  await b?.browser.close();
  await server?.close();
});

const badgeOf = (url) =>
  ext.evaluate(async (u) => {
    const tab = (await browser.tabs.query({})).find((t) => t.url === u);
    return (browser.action ?? browser.browserAction).getBadgeText({ tabId: tab.id });
  }, url);

test('seed page: badge says 7 questions and the reader shows the 7 exchanges', async () => {
  const page = await b.browser.newPage();
  const url = server.url('seed');
  await page.goto(url);
  await page.waitForSelector('briefing-reader', { timeout: 15000 });
  await page.waitForFunction(() => document.querySelector('briefing-reader')?.shadowRoot?.querySelector('section'));
  assert.equal(await badgeOf(url), '7');
  const summary = await page.evaluate(readerSummary);
  const exp = fixtureExpected('seed-shanghai-20180612-tc');
  assert.deepEqual(
    summary.questionOutlets,
    exp.turns.filter((t) => t.kind === 'question').map((t) => t.outlet),
  );
  assert.deepEqual(
    summary.answerSpeakers,
    exp.turns.filter((t) => t.kind === 'answer').map((t) => `${t.speaker}|${t.role}`),
  );
  await page.screenshot({ path: shot('firefox-seed-reader') });
  await page.close();
});

test('a gov.cn page that is not a transcript is left untouched', async () => {
  const page = await b.browser.newPage();
  const url = server.url('negative');
  await page.goto(url);
  const first = await page.evaluate(pageSnapshot);
  const tabId = await ext.evaluate(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id, url);
  // Wait for the detector's verdict (kept in the extension's sandbox in the tab, where the popup reads it): after
  // it, nothing more of ours runs on the page.
  const verdict = await poll(
    () =>
      ext.evaluate(
        async (id) =>
          (await browser.tabs.executeScript(id, { code: 'globalThis.__briefingReaderDetector ?? null' }))[0] ?? null,
        tabId,
      ),
    (v) => v !== null,
  );
  assert.equal(verdict, 'rejected', 'the detector ruled the page out');
  assert.equal(await page.evaluate(pageSnapshot), first);
  assert.equal(await page.$('briefing-reader'), null);
  assert.equal(await badgeOf(url), '');
  // The detector answers no messages there: the popup reads its verdict from the extension's sandbox in the tab.
  assert.equal(await page.evaluate(() => '__briefingReaderDetector' in window), false, 'verdict leaked to the page');
  const popup = await b.browser.newPage();
  await gotoExtensionPage(popup, b.extUrl(`popup.html?tab=${tabId}`));
  await popup.waitForSelector('.pp-status[data-state="not-press"]', { timeout: 5000 });
  await popup.screenshot({ path: shot('firefox-popup-not-transcript') });
  await popup.close();
  await page.close();
});

test('no request left the browser (only the local test server and the extension were reached)', () => {
  assert.deepEqual(b.outsideRequests, []);
});
