// Our closed shadow roots, read the way DevTools reads them: the page cannot see them (`host.shadowRoot` is null for
// its scripts), the test's own protocol can. Used on the page card in both builds and on the reader in the store
// packages, whose roots are closed (the browser tests' own build leaves only the reader's open: lib/browsers.mjs).
import assert from 'node:assert/strict';
import { poll } from './driver.mjs';
import { inControlCentre } from './user-input.mjs';

/** Chromium: `fn(root, arg)` on the closed shadow root of the first `tag` element (CDP pierces closed roots), by
 *  value; null when there is no such root. `page` is a Playwright page. */
export async function inClosedRootChromium(page, tag, fn, arg) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const find = (n) => (n.localName === tag ? n : ((n.children ?? []).map(find).find(Boolean) ?? null));
    const shadow = find(root)?.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (arg) { return (${fn})(this, arg); }`,
      arguments: [{ value: arg ?? null }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value ?? null;
  } finally {
    await cdp.detach();
  }
}

/** Firefox: the same over WebDriver BiDi, whose node values carry closed shadow roots. `page` is a Puppeteer page. */
export async function inClosedRootFirefox(page, tag, fn, arg) {
  const host = await page.evaluateHandle((t) => document.querySelector(t), tag);
  const value = host.remoteValue();
  const shadow = value.type === 'node' ? value.value?.shadowRoot : null;
  if (!shadow) return null;
  // Puppeteer's element handle for a node the protocol names (the handle class has no public constructor).
  const handle = host.constructor.from(shadow, host.realm);
  return page.evaluate(fn, handle, arg ?? null);
}

/**
 * The store build's reader on the seed page, behind its closed root: the page sees no root; the user sees the turns
 * and switches the script with a real click. `inReader(fn, arg)` runs `fn(root, arg)` in the closed root;
 * `page.mouse.click` is the real mouse (Playwright or Puppeteer).
 */
export async function storeReaderIsClosed(page, inReader, shotPath) {
  const turns = await poll(
    () => inReader((root) => root.querySelectorAll('[data-turn]').length),
    (n) => n > 0,
  );
  assert.ok(turns >= 14, `the reader shows the seed's turns (${turns})`);
  assert.equal(await page.evaluate(() => document.querySelector('briefing-reader').shadowRoot), null);
  const at = await inReader(inControlCentre, '简体');
  assert.ok(at, 'the reader shows 简体');
  await page.mouse.click(at.x, at.y);
  const simplified = await poll(() => inReader((root) => root.textContent.includes('长三角')), Boolean);
  await page.screenshot({ path: shotPath });
  assert.ok(simplified, 'a click of the user switches the reader to Simplified');
}
