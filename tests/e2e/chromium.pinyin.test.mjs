// Chromium: pinyin tooltips in context on the Traditional seed page, ruby on and off, copy without pinyin.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium } from './lib/browsers.mjs';
import { playwrightDriver } from './lib/driver.mjs';
import { longParagraphAgainstSeed, pinyinHoverAndRuby } from './lib/pinyin-scenarios.mjs';
import { startServer } from './lib/server.mjs';

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

test('hover shows the reading in context; ruby on and off; a copy from ruby mode has no pinyin', async () => {
  const page = await b.context.newPage();
  await pinyinHoverAndRuby({
    d: { ...playwrightDriver(page), url: server.url },
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 2 }),
    browserName: 'chromium',
  });
});

test('a 1 MB paragraph: pinyin, hover and ruby never hold the main thread more than 200 ms at a time', async (t) => {
  const page = await b.context.newPage();
  await longParagraphAgainstSeed({
    d: { ...playwrightDriver(page), url: server.url },
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 2 }),
    browserName: 'chromium',
    diagnostic: (line) => t.diagnostic(line),
  });
  await page.close();
});

test('no request left the browser (only the local test server and the extension were reached)', () => {
  assert.deepEqual(b.outsideRequests, []);
});
