// Chromium: every fixture of tests/fixtures/pages served at its real address and opened on request (issue 15):
// a transcript's reader shows every line of the page's container, a negative gets the notice and no reader until
// "Open anyway", the badge counts the questions, and no page logs a console error.
import { after, before, test } from 'node:test';
import { launchChromium } from './lib/browsers.mjs';
import { CORPUS, CORPUS_BY_ADDRESS } from './lib/corpus-pages.mjs';
import { collectErrors, corpusShots, readCorpus, resultTests, until, watchedBy } from './lib/corpus-scenarios.mjs';
import { playwrightDriver } from './lib/driver.mjs';
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
  b = await launchChromium();
  page = await b.context.newPage();
  popup = await b.context.newPage();
  // One list, in the order they came, whichever of the two tabs logged them.
  errors = collectErrors([
    [page, 'page'],
    [popup, 'popup'],
  ]);
  await popup.goto(b.extUrl('popup.html'));
});
after(async () => {
  await b?.context.close();
  await server?.close();
});

/** Alt+Shift+U as a keyboard makes it: the command grants activeTab, as the toolbar button does. */
async function shortcut() {
  await page.bringToFront();
  // Keys sent before the window has focus reach no command (seen once in CI on a loaded machine): wait for it.
  await page.waitForFunction(() => document.hasFocus(), undefined, { timeout: 10000 });
  const cdp = await b.context.newCDPSession(page);
  const key = (type, modifiers, k) => cdp.send('Input.dispatchKeyEvent', { type, modifiers, ...k });
  const alt = { key: 'Alt', code: 'AltLeft', windowsVirtualKeyCode: 18, nativeVirtualKeyCode: 18 };
  const shift = { key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16, nativeVirtualKeyCode: 16 };
  const u = { key: 'U', code: 'KeyU', windowsVirtualKeyCode: 85, nativeVirtualKeyCode: 85 };
  await key('rawKeyDown', 1, alt);
  await key('rawKeyDown', 9, shift);
  await key('rawKeyDown', 9, u);
  await key('keyUp', 9, u);
  await key('keyUp', 1, shift);
  await key('keyUp', 0, alt);
  await cdp.detach();
}

test('every fixture at its real address, opened on request, one after another', async () => {
  const watched = watchedBy(await b.sw.evaluate(() => chrome.runtime.getManifest()));
  const d = playwrightDriver(page);
  const ops = {
    watched,
    waitFor: until,
    // A tab's address is visible only where the extension has host access: the first page (a watched host) names
    // the tab, which keeps its id from page to page.
    tabId: async (url) =>
      (tabId ??= await b.sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url)),
    badge: (tabId) => b.sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    status: async (tabId) => (await sendFrom(popup, 'tab:status', tabId)) ?? null,
    // The popup opened as a tab has no activeTab grant (only the toolbar button's click gives one), so it can ask
    // only where the extension may run already: the watched hosts. Elsewhere the user's request is the shortcut.
    ask: async (p, tabId) => {
      if (!watched(p.host)) return shortcut();
      await popup.goto(b.extUrl(`popup.html?tab=${tabId}`));
      await popup.click('.pp-status .pp-row > button:first-child', { timeout: 10000 });
    },
    front: () => page.bringToFront(),
  };
  results = await readCorpus(d, ops, CORPUS, {
    url: server.pageUrl,
    errors,
    shots: corpusShots('chromium'),
  });
});

resultTests(
  test,
  () => results,
  () => b.outsideRequests,
);
