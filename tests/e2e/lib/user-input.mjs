// The user's own input into the reader, for e2e tests in both browsers: the real mouse and keyboard (CDP in
// Chromium, WebDriver BiDi in Firefox), which the browser marks trusted. The reader acts on trusted input only
// (components/reader/trust.ts), so a page-script `.click()` or `dispatchEvent` from `page.evaluate` — which is what
// a hostile page would do — changes nothing in it. Functions named `in*` are evaluated inside the page.
import assert from 'node:assert/strict';

/** Centre of the control in `root` whose text or aria-label is `label` (else the first match of `label` as a CSS
 *  selector), scrolled into view; null when there is none. Self-contained: it is also sent over the protocol into a
 *  closed root (lib/closed-root.mjs). */
export function inControlCentre(root, label) {
  let el = [...(root?.querySelectorAll('button, a') ?? [])].find(
    (b) => b.textContent.trim() === label || b.getAttribute('aria-label') === label,
  );
  if (!el) {
    try {
      el = root?.querySelector(label);
    } catch {
      el = null;
    }
  }
  if (!el) return null;
  el.scrollIntoView({ block: 'center', behavior: 'instant' });
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** The same in the reader of the browser tests' build (its root is open there), as a function `evaluate` sends into
 *  the page. The reader's host may have a random-suffixed name. */
export const inReaderControlCentre = new Function(
  'label',
  `const host = [...document.querySelectorAll('*')].find(
     (e) => e.localName.startsWith('briefing-reader') && e.shadowRoot?.querySelector('.br-reader'));
   return (${inControlCentre})(host?.shadowRoot, label);`,
);

/** Clicks the reader's control `label` with the real mouse. `d.page` is a Playwright or a Puppeteer page. */
export async function userClick(d, label) {
  const at = await d.evaluate(inReaderControlCentre, label);
  assert.ok(at, `the reader shows ${label}`);
  await d.page.mouse.click(at.x, at.y);
}

/** Picks the option `index` of the reader's <select> matched by `selector` as a keyboard user does: focused (as
 *  Tab would; a click would open its list, which takes the keys away in Firefox), arrow keys move the choice and
 *  fire a trusted change. */
export async function userChoose(d, selector, index) {
  const current = await d.evaluate((sel) => {
    const host = [...document.querySelectorAll('*')].find(
      (e) => e.localName.startsWith('briefing-reader') && e.shadowRoot?.querySelector('.br-reader'),
    );
    const el = host.shadowRoot.querySelector(sel);
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    el.focus();
    return el.selectedIndex;
  }, selector);
  const key = index > current ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(index - current); i++) await d.press(key);
}
