// Section links under a page's <base href>: built from the page's own address, never the base's (the browsers'
// part, a real <base> on a real page, is in the hostile e2e suite).
import { describe, expect, it } from 'vitest';
import { sectionHref } from '../../../components/reader/sectionIds';

const PAGE = 'https://www.shanghai.gov.cn/nw12344/20180612/0001-12344_1.html?x=1#br-q-2';

describe('sectionHref', () => {
  it('links the section on the page itself', () => {
    expect(sectionHref(PAGE, 'br-q-4')).toBe(
      'https://www.shanghai.gov.cn/nw12344/20180612/0001-12344_1.html?x=1#br-q-4',
    );
  });

  it('drops the fragment for the page itself', () => {
    expect(sectionHref(PAGE, null)).toBe('https://www.shanghai.gov.cn/nw12344/20180612/0001-12344_1.html?x=1');
  });

  it('stays absolute and on the page whatever the fragment text', () => {
    for (const id of ['br-opening', 'br-closing', 'br-s-7', 'br-q-12']) {
      const href = sectionHref('http://big5.eastday.com/gate/big5/shio.eastday.com/a.html', id);
      expect(new URL(href).origin).toBe('http://big5.eastday.com');
      expect(new URL(href).pathname).toBe('/gate/big5/shio.eastday.com/a.html');
      expect(new URL(href).hash).toBe(`#${id}`);
    }
  });
});
