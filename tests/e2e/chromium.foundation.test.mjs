// Chromium: the built extension recognises the seed page on its real host name, says so on the badge, shows the
// reader, and leaves a government page that is not a transcript exactly as it was.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium, shot } from './lib/browsers.mjs';
import { poll } from './lib/driver.mjs';
import { fixtureExpected } from './lib/pages.mjs';
import { startServer } from './lib/server.mjs';
import { pageSnapshot, readerSummary, watchConsole } from './lib/page-checks.mjs';

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

async function tabIdOf(page) {
  const url = page.url();
  return b.sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
}

test('seed page: badge says 7 questions and the reader shows the 7 exchanges', async () => {
  const page = await b.context.newPage();
  const errors = watchConsole(page);
  await page.goto(server.url('seed'));
  await page.waitForSelector('briefing-reader', { state: 'attached', timeout: 15000 });
  const tabId = await tabIdOf(page);
  const badge = await b.sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  assert.equal(badge, '7');
  const summary = await page.evaluate(readerSummary);
  const exp = fixtureExpected('seed-shanghai-20180612-tc');
  assert.equal(summary.sections.filter((s) => s.kind === 'exchange').length, 7);
  const outlets = exp.turns.filter((t) => t.kind === 'question').map((t) => t.outlet);
  assert.deepEqual(summary.questionOutlets, outlets);
  const speakers = exp.turns.filter((t) => t.kind === 'answer').map((t) => `${t.speaker}|${t.role}`);
  assert.deepEqual(summary.answerSpeakers, speakers);
  await page.screenshot({ path: shot('chromium-seed-reader'), fullPage: false });
  assert.deepEqual(errors, []);
  await page.close();
});

test('all four keyboard commands get their suggested shortcut (none collides with a browser shortcut)', async () => {
  const commands = await b.sw.evaluate(() => chrome.commands.getAll());
  const keys = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
  assert.deepEqual(
    {
      reader: keys['toggle-reader'],
      quote: keys['save-quote'],
      pinyin: keys['toggle-pinyin'],
      figures: keys['open-figures'],
    },
    { reader: 'Alt+Shift+U', quote: 'Alt+Shift+S', pinyin: 'Alt+Shift+Y', figures: 'Alt+Shift+F' },
  );
});

test('a gov.cn page that is not a transcript is left untouched', async () => {
  const page = await b.context.newPage();
  const errors = watchConsole(page);
  await page.goto(server.url('negative'));
  const before = await page.evaluate(pageSnapshot);
  const tabId = await tabIdOf(page);
  // Wait for the detector's verdict (kept in the extension's isolated world, where the popup reads it): after it,
  // nothing more of ours runs on the page.
  const verdict = await poll(
    () =>
      b.sw.evaluate(async (id) => {
        const [r] = await chrome.scripting.executeScript({
          target: { tabId: id },
          func: () => globalThis.__briefingReaderDetector ?? null,
        });
        return r?.result ?? null;
      }, tabId),
    (v) => v !== null,
  );
  assert.equal(verdict, 'rejected', 'the detector ruled the page out');
  const afterSnap = await page.evaluate(pageSnapshot);
  assert.equal(afterSnap, before);
  assert.equal(await page.locator('briefing-reader').count(), 0);
  assert.equal(await b.sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), '');
  // The detector answers no messages there: the popup reads its verdict from the extension's isolated world.
  assert.equal(await page.evaluate(() => '__briefingReaderDetector' in window), false, 'verdict leaked to the page');
  const popup = await b.context.newPage();
  await popup.goto(b.extUrl(`popup.html?tab=${tabId}`));
  await popup.waitForSelector('.pp-status[data-state="not-press"]', { timeout: 5000 });
  await popup.screenshot({ path: shot('chromium-popup-not-transcript') });
  await popup.close();
  assert.deepEqual(errors, []);
  await page.close();
});

test('no request left the browser (only the local test server and the extension were reached)', () => {
  assert.deepEqual(b.outsideRequests, []);
});
