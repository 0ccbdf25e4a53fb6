// Chromium: the reader view on four page formats, its controls, section links, exact restore, hostile text,
// a page that keeps changing itself, and the script variants.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium } from './lib/browsers.mjs';
import { playwrightDriver } from './lib/driver.mjs';
import { watchConsole } from './lib/page-checks.mjs';
import * as s from './lib/reader-scenarios.mjs';
import { startServer } from './lib/server.mjs';

let server;
let b;
let d;
let errors;
before(async () => {
  server = await startServer();
  b = await launchChromium();
  const page = await b.context.newPage();
  errors = watchConsole(page);
  d = { ...playwrightDriver(page), url: server.url, browserName: 'chromium' };
});
after(async () => {
  await b?.context.close();
  await server?.close();
});
const ext = (fn, arg) => b.sw.evaluate(fn, arg);
const openExtensionPage = async (path) => {
  const page = await b.context.newPage();
  await page.goto(b.extUrl(path));
  return playwrightDriver(page);
};

test('four page formats show the expected questions, speakers and roles', async () => {
  await s.showsExpected(d, server.url('seed'), 'seed-shanghai-20180612-tc', 'seed');
  await s.showsExpected(d, server.url('mfa'), 'mfa-20221027-fmprc', 'mfa-strong');
  await s.showsExpected(d, server.url('hk'), 'hk-ce-20160621-tc', 'hk-br');
  await s.showsExpected(d, server.url('govcn'), 'scio-nbs-20190314-tc', 'govcn-div');
});
test('collapse, expand, filter and keyboard navigation', () => s.collapseExpandFilterKeys(d));
test('a section link survives reload', () => s.sectionLinkSurvivesReload(d));
test('the original page is restored exactly, and the reader comes back without reload', () =>
  s.originalRestoredExactly(d, ext, openExtensionPage));
test('hostile markup in labels and answers is shown as text', () => s.hostileTextStaysText(d));
test('a page whose script keeps changing the DOM keeps working', () => s.livePageKeepsWorking(d));
test('script variants on the Big5-gateway seed page; 原文 restores exactly; the choice survives reload', () =>
  s.scriptVariants(d, ext));
test('a Simplified page read in Traditional', () => s.simplifiedPageToTraditional(d, ext));
test('no console errors', () => assert.deepEqual(errors, []));

test('no request left the browser (only the local test server and the extension were reached)', () => {
  assert.deepEqual(b.outsideRequests, []);
});
