// Firefox ESR: every fixture at its real address, opened on request, as in Chromium (lib/corpus-scenarios.mjs).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gotoExtensionPage, launchFirefox } from './lib/browsers.mjs';
import { CORPUS, CORPUS_BY_ADDRESS } from './lib/corpus-pages.mjs';
import { collectErrors, corpusShots, readCorpus, resultTests, until, watchedBy } from './lib/corpus-scenarios.mjs';
import { puppeteerDriver } from './lib/driver.mjs';
import { sendFrom } from './lib/messaging.mjs';
import { startServer } from './lib/server.mjs';

let server;
let b;
let page;
let popup;
let results;
let tabId;
let errors;
before(async () => {
  server = await startServer({ pages: CORPUS_BY_ADDRESS });
  // Without a prompt, a permission the extension declares optional is granted on the user's click that asks for it.
  b = await launchFirefox({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  page = await b.browser.newPage();
  popup = await b.browser.newPage();
  errors = collectErrors([
    [page, 'page'],
    [popup, 'popup'],
  ]);
  await gotoExtensionPage(popup, b.extUrl('popup.html'));
});
after(async () => {
  await b?.browser.close();
  await server?.close();
});

/**
 * The popup opened as a tab has no activeTab grant (only the toolbar button's click gives one, and no driver can
 * make it), and Firefox's shortcuts cannot be pressed over BiDi: the user's click grants, once, the host access the
 * extension declares optional, so the popup can then reach every page as it does with activeTab.
 */
async function grantHostAccess() {
  await popup.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'grant';
    button.textContent = 'grant';
    button.addEventListener('click', () => {
      void browser.permissions.request({ origins: ['*://*/*'] }).then((ok) => (button.dataset.granted = ok));
    });
    document.body.prepend(button);
  });
  await popup.click('#grant');
  await popup.waitForSelector('#grant[data-granted]', { timeout: 10000 });
  return popup.evaluate(() => document.getElementById('grant').dataset.granted === 'true');
}

test('every fixture at its real address, opened on request, one after another', async () => {
  assert.ok(await grantHostAccess(), 'host access granted');
  const ext = (fn, arg) => popup.evaluate(fn, arg);
  const d = puppeteerDriver(page);
  const ops = {
    watched: watchedBy(await ext(() => browser.runtime.getManifest())),
    waitFor: until,
    tabId: async (url) =>
      (tabId ??= await ext(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id, url)),
    badge: (tabId) => ext((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId),
    status: async (tabId) => (await sendFrom(popup, 'tab:status', tabId)) ?? null,
    ask: async (p, tabId) => {
      await gotoExtensionPage(popup, b.extUrl(`popup.html?tab=${tabId}`));
      await popup.waitForSelector('.pp-status .pp-row > button:first-child', { timeout: 10000 });
      await popup.click('.pp-status .pp-row > button:first-child');
    },
    front: () => page.bringToFront(),
  };
  results = await readCorpus(d, ops, CORPUS, {
    url: server.pageUrl,
    errors,
    shots: corpusShots('firefox'),
  });
});

resultTests(
  test,
  () => results,
  () => b.outsideRequests,
);
