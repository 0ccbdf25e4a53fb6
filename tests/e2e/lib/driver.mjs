// One small interface over a Playwright page (Chromium) and a Puppeteer page (Firefox over BiDi), so the same
// scenario runs in both browsers.
export function playwrightDriver(page) {
  return {
    page,
    goto: (url) => page.goto(url),
    reload: () => page.reload(),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    waitFor: (fn, arg, timeout = 15000) => page.waitForFunction(fn, arg, { timeout }),
    press: (key) => page.keyboard.press(key),
    screenshot: (path) => page.screenshot({ path }),
    front: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export function puppeteerDriver(page) {
  return {
    page,
    goto: (url) => page.goto(url),
    reload: () => page.reload(),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    waitFor: (fn, arg, timeout = 15000) => page.waitForFunction(fn, { timeout }, arg),
    press: (key) => page.keyboard.press(key),
    screenshot: (path) => page.screenshot({ path }),
    front: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/**
 * Evaluates `fn(arg)` in the page until `ok` holds for what it returns (at most `timeout` ms) and returns the last
 * value either way, so the assertion that follows reports what the page shows instead of a bare timeout. Tests wait
 * for a state this way, never for a fixed time.
 */
export function settled(d, fn, arg, ok, timeout = 10000) {
  return poll(() => d.evaluate(fn, arg), ok, timeout);
}

/** `read()` until `ok` holds for its value or `timeout` ms pass; the last value. */
export async function poll(read, ok, timeout = 10000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}
