// Chromium: the quote clipboard end to end. Save from the reader by its button and by the real Alt+Shift+S
// shortcut, list and copy in the popup (clipboard read back), delete and undo, export and import, 4 tabs saving
// 50 quotes each at once, and the quotes surviving a browser restart on the same profile.
/* global navigator, Buffer -- page.evaluate callbacks and Node. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium, shot } from './lib/browsers.mjs';
import { watchConsole } from './lib/page-checks.mjs';
import * as q from './lib/quotes.mjs';
import { startServer } from './lib/server.mjs';

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'br-quotes-chromium-'));
let server;
let b;
let page;
let pageErrors;
let tabId;
const saved = {};

const ext = (fn, arg) => b.sw.evaluate(fn, arg);
const stored = () => ext(q.inStoredQuotes);

before(async () => {
  server = await startServer();
  b = await launchChromium({ userDataDir: profile });
  page = await b.context.newPage();
  pageErrors = watchConsole(page);
  await page.goto(server.url('seed'));
  await page.waitForFunction(
    () => document.querySelector('briefing-reader')?.shadowRoot?.querySelector('[data-turn]'),
    null,
    { timeout: 15000 },
  );
  tabId = await ext(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, page.url());
  // The popup copies with navigator.clipboard; a real popup has the user's click, a tab needs the grant.
  await b.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
after(async () => {
  await b?.context.close();
  await server?.close();
  fs.rmSync(profile, { recursive: true, force: true });
});

async function openPopup() {
  const popup = await b.context.newPage();
  await popup.goto(b.extUrl(`popup.html?tab=${tabId}`));
  await popup.waitForSelector('.pp-root');
  return popup;
}

test('reader: selecting a passage shows "Save quote"; clicking it stores the quote with its context', async () => {
  assert.equal(await page.evaluate(q.inSelectInReader, q.SEED.byButton), q.SEED.byButton);
  await page.waitForFunction(q.inSaveButtonCentre, null, { timeout: 5000 });
  const button = await page.evaluate(q.inSaveButtonCentre);
  await page.mouse.click(button.x, button.y);
  await page.waitForFunction(() => document.querySelector('briefing-reader-toast'), null, { timeout: 5000 });
  const list = await stored();
  assert.equal(list.length, 1);
  saved.button = list[0];
  q.checkSeedQuote(list[0], { text: q.SEED.byButton, pageUrl: page.url() });
  // The button goes away with the selection it saved.
  assert.equal(await page.evaluate(q.inSaveButtonCentre), null);
});

test('shortcut: a real Alt+Shift+S saves the selection in the reader (command -> handler -> reader)', async () => {
  assert.equal(await page.evaluate(q.inSelectInReader, q.SEED.byShortcut), q.SEED.byShortcut);
  await page.bringToFront();
  const cdp = await b.context.newCDPSession(page);
  const key = (type, modifiers, k) => cdp.send('Input.dispatchKeyEvent', { type, modifiers, ...k });
  const alt = { key: 'Alt', code: 'AltLeft', windowsVirtualKeyCode: 18, nativeVirtualKeyCode: 18 };
  const shift = { key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16, nativeVirtualKeyCode: 16 };
  const s = { key: 'S', code: 'KeyS', windowsVirtualKeyCode: 83, nativeVirtualKeyCode: 83 };
  await key('rawKeyDown', 1, alt);
  await key('rawKeyDown', 9, shift);
  await key('rawKeyDown', 9, s);
  await key('keyUp', 9, s);
  await key('keyUp', 1, shift);
  await key('keyUp', 0, alt);
  await cdp.detach();
  const deadline = Date.now() + 10000;
  let list = await stored();
  while (list.length < 2 && Date.now() < deadline) {
    await page.waitForTimeout(100);
    list = await stored();
  }
  assert.equal(list.length, 2);
  saved.shortcut = list[1];
  q.checkSeedQuote(list[1], { text: q.SEED.byShortcut, pageUrl: page.url() });
  // The reader is still open: saving must not have restarted it.
  assert.ok(
    await page.evaluate(() => !!document.querySelector('briefing-reader')?.shadowRoot?.querySelector('[data-turn]')),
  );
  // The same command is also offered on the page's context menu (the native menu cannot be clicked headless).
  assert.equal(await ext(() => chrome.contextMenus.update('save-quote', {}).then(() => 'ok')), 'ok');
});

test('popup: both quotes listed with speaker and role; "Citation" puts the citation on the clipboard', async () => {
  const popup = await openPopup();
  await popup.waitForFunction(() => document.querySelectorAll('li.pp-quote').length === 2);
  const rows = await popup.evaluate(q.inPopupRows);
  // Newest first.
  assert.deepEqual(
    rows.map((r) => r.text),
    [q.SEED.byShortcut, q.SEED.byButton],
  );
  for (const r of rows) {
    assert.equal(r.who, `${q.SEED.speaker}（${q.SEED.role}） · ${q.SEED.outlet}`);
    assert.match(r.question, new RegExp(q.SEED.questionStart));
  }
  assert.equal(rows[1].link, saved.button.fragmentUrl);
  assert.equal(await popup.evaluate(() => navigator.language), 'en-US');
  await popup.locator(`li.pp-quote[data-id="${saved.button.id}"] input.pp-quote-check`).check();
  await popup.locator('button[data-format=citation]').click();
  await popup.waitForFunction(() => /Copied/.test(document.querySelector('.pp-notice')?.textContent ?? ''));
  assert.equal(await popup.evaluate(() => navigator.clipboard.readText()), q.citationEn(saved.button));
  await popup.screenshot({ path: shot('chromium-popup-quotes') });
  await popup.close();
});

test('popup: delete then undo restores the quote exactly', async () => {
  const popup = await openPopup();
  await popup.waitForFunction(() => document.querySelectorAll('li.pp-quote').length === 2);
  const before = await stored();
  await popup.locator(`li.pp-quote[data-id="${saved.shortcut.id}"] .pp-quote-foot button`).click();
  await popup.waitForFunction(() => document.querySelectorAll('li.pp-quote').length === 1);
  assert.deepEqual(
    (await stored()).map((x) => x.id),
    [saved.button.id],
  );
  await popup.locator('.pp-toast button').click();
  await popup.waitForFunction(() => document.querySelectorAll('li.pp-quote').length === 2);
  const byId = (list) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  assert.deepEqual(byId(await stored()), byId(before));
  await popup.close();
});

test('popup: export JSON, import it back (all duplicates), and a malformed file changes nothing', async () => {
  const popup = await openPopup();
  await popup.waitForFunction(() => document.querySelectorAll('li.pp-quote').length === 2);
  const before = await stored();
  const [download] = await Promise.all([
    popup.waitForEvent('download'),
    popup.locator('button[aria-label="Export JSON"]').click(),
  ]);
  assert.match(download.suggestedFilename(), /^briefing-reader-quotes-\d{4}-\d{2}-\d{2}\.json$/);
  const file = fs.readFileSync(await download.path(), 'utf8');
  const envelope = JSON.parse(file);
  assert.equal(envelope.format, 'briefing-reader-quotes');
  assert.deepEqual(envelope.quotes.map((x) => x.id).sort(), before.map((x) => x.id).sort());

  const input = popup.locator('.pp-file input[type=file]');
  await input.setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await popup.waitForFunction(() => document.querySelector('.pp-report'));
  let report = await popup.evaluate(q.inImportReport);
  assert.equal(report.error, false);
  assert.match(report.text, /0 added, 2 already saved, 0 rejected/);
  assert.deepEqual(await stored(), before);

  await popup.locator('.pp-report-close').click();
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file.slice(0, file.length / 2)),
  });
  await popup.waitForFunction(() => document.querySelector('.pp-report'));
  report = await popup.evaluate(q.inImportReport);
  assert.equal(report.error, true);
  assert.match(report.text, /Import failed: This file is not JSON/);
  assert.match(report.text, /Your saved quotes were not changed/);
  assert.deepEqual(await stored(), before);
  assert.equal(await popup.locator('li.pp-quote').count(), 2);
  await popup.close();
});

test('4 tabs saving 50 quotes each at the same time end with exactly 200 quotes', async () => {
  await ext(q.inClearStored);
  // Opened one after another (four pages loading at once can starve a 2-core machine); the saves below run at once.
  const tabs = [];
  for (let i = 0; i < 4; i++) tabs.push(await openPopup());
  const url = server.url('seed');
  const replies = await Promise.all(tabs.map((t, i) => q.saveMany(t, { tag: `T${i + 1}`, count: 50, url })));
  for (const r of replies.flat()) assert.equal(r?.ok, true, JSON.stringify(r));
  const list = await stored();
  assert.equal(list.length, 200);
  assert.equal(new Set(list.map((x) => x.id)).size, 200);
  for (const tag of ['T1', 'T2', 'T3', 'T4']) assert.equal(list.filter((x) => x.outlet === `${tag}社`).length, 50, tag);
  // Every reply counted a different total: each save saw the one before it.
  assert.deepEqual(
    replies
      .flat()
      .map((r) => r.total)
      .sort((a, b) => a - b),
    Array.from({ length: 200 }, (_, i) => i + 1),
  );
  await tabs[0].waitForFunction(() => /200 quotes/.test(document.querySelector('.pp-count')?.textContent ?? ''));
  await Promise.all(tabs.map((t) => t.close()));
});

test('the quotes survive closing and reopening the browser with the same profile', async () => {
  const before = await stored();
  assert.equal(before.length, 200);
  await b.context.close();
  b = await launchChromium({ userDataDir: profile });
  const list = await stored();
  assert.deepEqual(list, before);
  const popup = await b.context.newPage();
  await popup.goto(b.extUrl('popup.html'));
  await popup.waitForFunction(() => document.querySelectorAll('li.pp-quote').length === 200);
  await popup.close();
});

test('no console errors on the page', () => assert.deepEqual(pageErrors, []));

test('no request left the browser (only the local test server and the extension were reached)', () => {
  assert.deepEqual(b.outsideRequests, []);
});
