// Firefox ESR: quote links land on their passage. 50 passages of four fixture pages, cut mostly inside words, are
// saved from the reader (reader:saveSelection, as the command sends it); each saved quote's fragment link is then
// followed in a Firefox without the extension, and the passage must be in the viewport of a page that had to
// scroll to it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { gotoExtensionPage, launchFirefox, ROOT } from './lib/browsers.mjs';
import { SITES } from './lib/pages.mjs';
import * as q from './lib/quotes.mjs';
import { startServer } from './lib/server.mjs';

const WANTED = 50;
const fixtureText = (site) =>
  fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'pages', SITES[site].fixture, 'source.txt'), 'utf8');

let server;
let b;
let ext;
let plain;
const saved = [];

before(async () => {
  server = await startServer();
  b = await launchFirefox();
  ext = await b.browser.newPage();
  await gotoExtensionPage(ext, b.extUrl('options.html'));
  plain = await q.launchPlainFirefox();
});
after(async () => {
  await b?.browser.close();
  await plain?.close();
  await server?.close();
});

const readerShown = () => document.querySelector('briefing-reader')?.shadowRoot?.querySelector('[data-turn]');

test(`the reader saves ${WANTED} passages of four pages, each with a text-fragment link`, async () => {
  const perPage = Math.ceil(WANTED / 4);
  for (const { site, passages } of q.linkCandidates(fixtureText)) {
    const below = await q.belowTheFold(plain.page, server.url(site), passages);
    // A tab per page: saves are limited per tab, as a page's would be.
    const page = await b.browser.newPage();
    await page.goto(server.url(site));
    await page.waitForFunction(readerShown, { timeout: 15000 });
    const tabId = await ext.evaluate(
      async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id,
      page.url(),
    );
    let fromPage = 0;
    for (const passage of below) {
      if (fromPage === perPage || saved.length === WANTED) break;
      if ((await page.evaluate(q.inSelectInReader, passage)) !== passage) continue;
      const reply = await q.sendFrom(ext, 'reader:saveSelection', undefined, tabId);
      assert.equal(reply?.ok, true, JSON.stringify(reply));
      assert.equal(reply.quote.original, passage);
      saved.push({ site, passage, link: reply.quote.fragmentUrl });
      fromPage++;
    }
    await page.close();
  }
  assert.equal(saved.length, WANTED);
});

test('every saved link lands on its passage', async () => {
  assert.deepEqual(await q.followLinks(plain.page, saved), []);
});
