// Firefox ESR: the same library scenarios as in Chromium (lib/library-scenarios.mjs), over WebDriver BiDi.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gotoExtensionPage, launchFirefox } from './lib/browsers.mjs';
import { puppeteerDriver } from './lib/driver.mjs';
import * as s from './lib/library-scenarios.mjs';
import { startServer } from './lib/server.mjs';

let server;
let b;
let d;
let lib;
let rows;
const errors = [];
before(async () => {
  server = await startServer();
  b = await launchFirefox();
  const page = await b.browser.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  d = { ...puppeteerDriver(page), url: server.url, browserName: 'firefox' };
});
after(async () => {
  await b?.browser.close();
  await server?.close();
});

async function openLibrary() {
  const page = await b.browser.newPage();
  await gotoExtensionPage(page, b.extUrl('library.html'));
  const driver = { ...puppeteerDriver(page), browserName: 'firefox' };
  // page.reload never resolves on extension pages under BiDi either.
  driver.reload = () => gotoExtensionPage(page, b.extUrl('library.html'));
  return driver;
}

test('three transcripts opened in the reader are listed in the library, newest first', async () => {
  await s.readThree(d);
  lib = await openLibrary();
  rows = await s.listsThree(lib);
});
let found;
test('a phrase is found in both scripts; the speaker filter narrows it', async () => {
  found = await s.searchAndFilter(lib);
});
test('a result opens the live page at its section', () => s.opensAtSection(d, found));
test('"said before" in the reader finds the earlier answer', () => s.saidBeforeFindsEarlier(d));
test('one transcript exports as Markdown, JSON, CSV and DOCX', async () => {
  await lib.close();
  lib = await openLibrary();
  await lib.waitFor(() => document.querySelectorAll('li.lb-conf').length === 3);
  await s.exportsOne(lib, rows[2].no);
});
test('the library exports, clears and imports back exactly', async () => {
  // The reader keeps its page when the page is first idle, or as it goes away: on a busy machine that idle can come
  // after the clear below and put one conference back. Send the page away first, so its keep is already done.
  await d.goto('about:blank');
  await s.exportClearImport(lib);
});
test('no console errors on the pages', () => assert.deepEqual(errors, []));
test('no request left the browser', () => assert.deepEqual(b.outsideRequests, []));
