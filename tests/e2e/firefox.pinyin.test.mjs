// Firefox ESR: pinyin tooltips in context on the Traditional seed page, ruby on and off, copy without pinyin.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchFirefox } from './lib/browsers.mjs';
import { puppeteerDriver } from './lib/driver.mjs';
import { longParagraphStaysResponsive, pinyinHoverAndRuby, seedPageHolds } from './lib/pinyin-scenarios.mjs';
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

// The goal is 200 ms at most; on a shared two-core machine absolute times move by 2x between runs, so the check is
// against an anchor measured in the same run: the same steps on the seed page (a few thousand characters). Work that
// grew with the paragraph would be ~70x the anchor. Turning pinyin on loads its engine into the tab (megabytes of
// dictionary parsed in one task, the same on any page): that step is reported beside the others, not bounded here.
test('a 1 MB paragraph: pinyin, hover and ruby hold the main thread no longer than on the seed page', async (t) => {
  const page = await b.browser.newPage();
  const d = { ...puppeteerDriver(page), url: server.url };
  const mouseMove = (x, y) => page.mouse.move(x, y, { steps: 2 });
  const seed = await seedPageHolds({ d, mouseMove });
  const r = await longParagraphStaysResponsive({ d, mouseMove, browserName: 'firefox' });
  t.diagnostic(
    `1 MB paragraph: longest hold ${r.max} ms; holds over 100 ms: ${r.long.join(', ') || 'none'}; ${r.chunks} chunks`,
  );
  t.diagnostic(`seed page (anchor): longest hold ${seed.max} ms; holds over 100 ms: ${seed.long.join(', ') || 'none'}`);
  t.diagnostic(r.hovered.join('; '));
  t.diagnostic(`chunks with ruby at the end, middle, start: ${r.ruby.map((x) => `${x.ready}/${x.chunks}`).join(', ')}`);
  const worst = (b) => Math.max(0, ...Object.entries(b.byPhase).flatMap(([k, v]) => (k === 'pinyin on' ? [] : [v])));
  t.diagnostic(`longest hold per step, 1 MB: ${JSON.stringify(r.byPhase)}; seed: ${JSON.stringify(seed.byPhase)}`);
  const bound = Math.max(200, 1.5 * worst(seed));
  assert.ok(
    worst(r) <= bound,
    `held ${worst(r)} ms at most after the engine loaded; seed ${worst(seed)} (bound ${bound})`,
  );
  await page.close();
});

test('no request left the browser (only the local test server and the extension were reached)', () => {
  assert.deepEqual(b.outsideRequests, []);
});
