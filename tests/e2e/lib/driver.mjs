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
    close: () => page.close(),
  };
}
