// Chromium: a hostile page cannot drive or shut the reader (issue 20); lib/hostile-scenarios.mjs.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium } from './lib/browsers.mjs';
import { playwrightDriver } from './lib/driver.mjs';
import * as s from './lib/hostile-scenarios.mjs';
import { watchConsole } from './lib/page-checks.mjs';
import { startServer } from './lib/server.mjs';

let server;
let b;
let h;
let errors;
before(async () => {
  server = await startServer({ pages: s.HOSTILE_PAGES });
  b = await launchChromium();
  const page = await b.context.newPage();
  errors = watchConsole(page);
  h = {
    d: { ...playwrightDriver(page), browserName: 'chromium' },
    ext: (fn, arg) => b.sw.evaluate(fn, arg),
    pageUrl: (path) => `http://${s.HOSTILE_PAGES.values().next().value.host}:${server.port}${path}`,
    runtimeId: b.id,
  };
});
after(async () => {
  await b?.context.close();
  await server?.close();
});

test('forged keys and clicks save nothing, change no setting, close nothing', () => s.forgedInput(h));
test('100 forged start-up events: the reader stays open and answers', () => s.forgedLifecycle(h));
test('a page that defined briefing-reader first still gets the reader', () => s.predefinedName(h));
test('a removed host is noticed and the reader comes back on asking', () => s.hostRemoved(h));
test('a replaced body is noticed and the reader comes back on asking', () => s.bodyReplaced(h));
test('the scroll position comes back exactly when the reader closes', () => s.scrollComesBack(h));
test('section links are the page’s own under <base href> elsewhere', () => s.baseHref(h));
test('no console errors', () => assert.deepEqual(errors, []));
test('no request left the browser', () => assert.deepEqual(b.outsideRequests, []));
