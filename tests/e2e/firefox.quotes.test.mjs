// Firefox ESR: the quote clipboard end to end over WebDriver BiDi. Save from the reader by its button and by the
// shortcut's handler path (BiDi cannot press extension shortcuts: the command handler itself is unit-tested in
// tests/unit/background), list and copy in the popup (clipboard pasted back), delete and undo, export and import,
// 4 tabs saving 50 quotes each at once, and the quotes surviving a browser restart on the same profile.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { gotoExtensionPage, launchFirefox, shot } from './lib/browsers.mjs';
import * as q from './lib/quotes.mjs';
import { startServer } from './lib/server.mjs';

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'br-quotes-firefox-'));
let server;
let b;
let ext;
let page;
let tabId;
const saved = {};

const stored = () => ext.evaluate(q.inStoredQuotes);

before(async () => {
  server = await startServer();
  b = await launchFirefox({ userDataDir: profile });
  ext = await b.browser.newPage();
  await gotoExtensionPage(ext, b.extUrl('options.html'));
  page = await b.browser.newPage();
  await page.goto(server.url('seed'));
  await page.waitForFunction(
    () => document.querySelector('briefing-reader')?.shadowRoot?.querySelector('[data-turn]'),
    { timeout: 15000 },
  );
  tabId = await ext.evaluate(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id, page.url());
});
after(async () => {
  await b?.browser.close();
  await server?.close();
  fs.rmSync(profile, { recursive: true, force: true });
});

async function openPopup(query = `?tab=${tabId}`) {
  const popup = await b.browser.newPage();
  await gotoExtensionPage(popup, b.extUrl(`popup.html${query}`));
  await popup.waitForSelector('.pp-root');
  return popup;
}

const click = async (p, selector) => (await p.waitForSelector(selector)).click();

test('reader: selecting a passage shows "Save quote"; clicking it stores the quote with its context', async () => {
  assert.equal(await page.evaluate(q.inSelectInReader, q.SEED.byButton), q.SEED.byButton);
  await page.waitForFunction(q.inSaveButtonCentre, { timeout: 5000 });
  const button = await page.evaluate(q.inSaveButtonCentre);
  await page.mouse.click(button.x, button.y);
  await page.waitForFunction(() => document.querySelector('briefing-reader-toast'), { timeout: 5000 });
  const list = await stored();
  assert.equal(list.length, 1);
  saved.button = list[0];
  q.checkSeedQuote(list[0], { text: q.SEED.byButton, pageUrl: page.url() });
  assert.equal(await page.evaluate(q.inSaveButtonCentre), null);
});

test('shortcut path: the handler message reader:saveSelection saves the selection in the reader', async () => {
  assert.equal(await page.evaluate(q.inSelectInReader, q.SEED.byShortcut), q.SEED.byShortcut);
  // What the background's save-quote command sends once it has made sure the reader runs in the tab.
  const reply = await q.sendFrom(ext, 'reader:saveSelection', undefined, tabId);
  assert.equal(reply?.ok, true, JSON.stringify(reply));
  const list = await stored();
  assert.equal(list.length, 2);
  saved.shortcut = list[1];
  q.checkSeedQuote(list[1], { text: q.SEED.byShortcut, pageUrl: page.url() });
  assert.equal(reply.quote.id, list[1].id);
  assert.equal(reply.total, 2);
});

test('popup: both quotes listed with speaker and role; "Citation" puts the citation on the clipboard', async () => {
  const popup = await openPopup();
  await popup.waitForFunction(() => document.querySelectorAll('li.pp-quote').length === 2);
  const rows = await popup.evaluate(q.inPopupRows);
  assert.deepEqual(
    rows.map((r) => r.text),
    [q.SEED.byShortcut, q.SEED.byButton],
  );
  for (const r of rows) {
    assert.equal(r.who, `${q.SEED.speaker}（${q.SEED.role}） · ${q.SEED.outlet}`);
    assert.match(r.question, new RegExp(q.SEED.questionStart));
  }
  assert.equal(rows[1].link, saved.button.fragmentUrl);
  assert.match(await popup.evaluate(() => browser.i18n.getUILanguage()), /^en/);
  await click(popup, `li.pp-quote[data-id="${saved.button.id}"] input.pp-quote-check`);
  await click(popup, 'button[data-format=citation]');
  await popup.waitForFunction(() => /Copied/.test(document.querySelector('.pp-notice')?.textContent ?? ''));
  await popup.screenshot({ path: shot('firefox-popup-quotes') });
  // Read the system clipboard back as a user would: paste it (Ctrl+V) into a text field.
  await popup.evaluate(() => {
    const t = document.createElement('textarea');
    t.id = 'paste-target';
    document.body.append(t);
    t.focus();
  });
  await popup.keyboard.down('Control');
  await popup.keyboard.press('v');
  await popup.keyboard.up('Control');
  assert.equal(await popup.evaluate(() => document.getElementById('paste-target').value), q.citationEn(saved.button));
  await popup.close();
});

test('popup: delete then undo restores the quote exactly', async () => {
  const popup = await openPopup();
  await popup.waitForFunction(() => document.querySelectorAll('li.pp-quote').length === 2);
  const before = await stored();
  await click(popup, `li.pp-quote[data-id="${saved.shortcut.id}"] .pp-quote-foot button`);
  await popup.waitForFunction(() => document.querySelectorAll('li.pp-quote').length === 1);
  assert.deepEqual(
    (await stored()).map((x) => x.id),
    [saved.button.id],
  );
  await click(popup, '.pp-toast button');
  await popup.waitForFunction(() => document.querySelectorAll('li.pp-quote').length === 2);
  const byId = (list) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  assert.deepEqual(byId(await stored()), byId(before));
  await popup.close();
});

test('popup: export JSON, import it back (all duplicates), and a malformed file changes nothing', async () => {
  const popup = await openPopup();
  await popup.waitForFunction(() => document.querySelectorAll('li.pp-quote').length === 2);
  const before = await stored();
  // BiDi has no download events: the export link's blob is read back instead of saved to disk.
  await popup.evaluate(q.inCaptureDownloads);
  await click(popup, 'button[aria-label="Export JSON"]');
  await popup.waitForFunction(() => window.__downloads?.[0]?.text);
  const [download] = await popup.evaluate(() => window.__downloads);
  assert.match(download.name, /^briefing-reader-quotes-\d{4}-\d{2}-\d{2}\.json$/);
  const envelope = JSON.parse(download.text);
  assert.equal(envelope.format, 'briefing-reader-quotes');
  assert.deepEqual(envelope.quotes.map((x) => x.id).sort(), before.map((x) => x.id).sort());

  await popup.evaluate(q.inImportFile, { name: 'export.json', text: download.text });
  await popup.waitForFunction(() => document.querySelector('.pp-report'));
  let report = await popup.evaluate(q.inImportReport);
  assert.equal(report.error, false);
  assert.match(report.text, /0 added, 2 already saved, 0 rejected/);
  assert.deepEqual(await stored(), before);

  await click(popup, '.pp-report-close');
  await popup.evaluate(q.inImportFile, { name: 'broken.json', text: download.text.slice(0, download.text.length / 2) });
  await popup.waitForFunction(() => document.querySelector('.pp-report'));
  report = await popup.evaluate(q.inImportReport);
  assert.equal(report.error, true);
  assert.match(report.text, /Import failed: This file is not JSON/);
  assert.match(report.text, /Your saved quotes were not changed/);
  assert.deepEqual(await stored(), before);
  assert.equal((await popup.$$('li.pp-quote')).length, 2);
  await popup.close();
});

test('4 tabs saving 50 quotes each at the same time end with exactly 200 quotes', async () => {
  await ext.evaluate(q.inClearStored);
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
  await b.browser.close();
  // The add-on is installed again as a temporary add-on; its id and uuid are fixed, so its storage is found again.
  b = await launchFirefox({ userDataDir: profile });
  ext = await b.browser.newPage();
  await gotoExtensionPage(ext, b.extUrl('options.html'));
  assert.deepEqual(await stored(), before);
  const popup = await openPopup('');
  await popup.waitForFunction(() => document.querySelectorAll('li.pp-quote').length === 200);
  await popup.close();
});

test('no request left the browser (only the local test server and the extension were reached)', () => {
  assert.deepEqual(b.outsideRequests, []);
});
