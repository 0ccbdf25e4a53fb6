import { afterEach, describe, expect, it } from 'vitest';
import { mount } from './helpers';
import { hostileQuote, sampleQuotes } from './sample-quotes';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  delete (globalThis as { __pwned?: unknown }).__pwned;
});

describe('page-derived text is rendered as text', () => {
  it.each([
    ['.pp-quote-text', '<img src=x onerror="globalThis.__pwned=1">上海製造<script>globalThis.__pwned=2</script>'],
    [
      '.pp-quote-who',
      '<img src=x onerror="globalThis.__pwned=3">張英（<b>市經信委</b>） · <a href="javascript:alert(1)">上海日報</a>',
    ],
    ['.pp-quote-question', 'Q: <svg onload="globalThis.__pwned=4">'],
    ['.pp-group-title', '<img src=x onerror="globalThis.__pwned=5">發佈會'],
  ])('%s', async (selector, text) => {
    const m = mount({ quotes: [hostileQuote(), ...sampleQuotes()] });
    cleanup = m.unmount;
    const item = m.container.querySelector('.pp-quote[data-id="hostile"]')!;
    const group = item.closest('.pp-group')!;
    expect(group.querySelector(selector)?.textContent).toBe(text);
    expect(m.container.querySelectorAll('img, script, svg[onload], b, a[href^="javascript"]').length).toBe(0);
    await new Promise((r) => setTimeout(r, 20));
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('a hostile page title in the status is text too', () => {
    const m = mount({
      quotes: [],
      status: {
        url: 'http://example.org/',
        host: 'example.org',
        press: true,
        score: 1,
        reasons: [],
        title: '<img src=x onerror="globalThis.__pwned=6">記者會',
        date: null,
        questions: 2,
        readerOpen: false,
        variant: 'original',
        script: 'hant',
        pinyin: false,
      },
    });
    cleanup = m.unmount;
    expect(m.container.querySelector('.pp-page-title')?.textContent).toBe(
      '<img src=x onerror="globalThis.__pwned=6">記者會',
    );
    expect(m.container.querySelector('img')).toBeNull();
  });
});
