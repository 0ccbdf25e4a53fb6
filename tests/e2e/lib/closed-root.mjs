// Our closed shadow roots, read the way DevTools reads them: the page cannot see them (`host.shadowRoot` is null for
// its scripts), the test's own protocol can. Used on the page card in both builds and on the reader in the store
// packages, whose roots are closed (the browser tests' own build leaves only the reader's open: lib/browsers.mjs).

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
