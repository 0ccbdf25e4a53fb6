// Firefox ESR: pinyin tooltips in context on the Traditional seed page, ruby on and off, copy without pinyin.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchFirefox } from './lib/browsers.mjs';
import { puppeteerDriver } from './lib/driver.mjs';
import { longParagraphAgainstSeed, pinyinHoverAndRuby } from './lib/pinyin-scenarios.mjs';
import { startServer } from './lib/server.mjs';

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

test('hover shows the reading in context; ruby on and off; a copy from ruby mode has no pinyin', async () => {
  const page = await b.browser.newPage();
  await pinyinHoverAndRuby({
    d: { ...puppeteerDriver(page), url: server.url },
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 2 }),
    browserName: 'firefox',
  });
});

test('a 1 MB paragraph: pinyin, hover and ruby never hold the main thread more than 200 ms at a time', async (t) => {
  const page = await b.browser.newPage();
  await longParagraphAgainstSeed({
    d: { ...puppeteerDriver(page), url: server.url },
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 2 }),
    browserName: 'firefox',
    diagnostic: (line) => t.diagnostic(line),
  });
  await page.close();
});

test('no request left the browser (only the local test server and the extension were reached)', () => {
  assert.deepEqual(b.outsideRequests, []);
});
