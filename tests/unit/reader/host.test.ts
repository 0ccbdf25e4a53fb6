// A page that defines our element names first cannot keep the reader, the notice or the toast away: the names are
// checked against the page's registry before each mount and replaced by random ones when taken.
import { describe, expect, it } from 'vitest';
import { READER_HOST_BASE, claimHostTag, freeName, preempted } from '../../../entrypoints/reader.content/host';
import * as host from '../../../entrypoints/reader.content/host';
import { Notice } from '../../../entrypoints/reader.content/notice';

/** What a hostile page defines: its own shadow root, so ours cannot be attached, and it hides itself. */
class Squatter extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.style.display = 'none';
  }
}

describe('claimHostTag', () => {
  it('keeps briefing-reader while the page leaves it alone', () => {
    expect(preempted(document, READER_HOST_BASE)).toBe(false);
    expect(claimHostTag(document)).toBe('briefing-reader');
    expect(host.READER_HOST_SELECTOR).toBe('briefing-reader');
  });

  it('takes a random name the page has not defined once the page defines ours, and it hosts a shadow root', () => {
    customElements.define('briefing-reader', class extends Squatter {});
    expect(preempted(document, 'briefing-reader')).toBe(true);
    expect(() => document.createElement('briefing-reader').attachShadow({ mode: 'open' })).toThrow();
    const name = claimHostTag(document, () => 'a1b2c3');
    expect(name).toBe('briefing-reader-a1b2c3');
    // Read through the module: the live bindings the view and the script switch read at mount time.
    expect(host.READER_HOST_TAG).toBe(name);
    expect(host.READER_HOST_SELECTOR).toBe(name);
    const el = document.createElement(name);
    expect(() => el.attachShadow({ mode: 'closed' })).not.toThrow();
  });

  it('tries again when the page guessed the random name too', () => {
    customElements.define('briefing-reader-x', class extends Squatter {});
    customElements.define('briefing-reader-toast', class extends Squatter {});
    const tries = ['x', 'y'];
    expect(freeName(document, 'briefing-reader', () => tries.shift()!)).toBe('briefing-reader-y');
  });
});

describe('the notice on a page that defined its name', () => {
  it('still shows, under another name', () => {
    customElements.define('briefing-reader-notice', class extends Squatter {});
    const notice = new Notice(document);
    notice.show({ message: 'Not a transcript', openAnyway: 'Open anyway', dismiss: 'Dismiss' }, () => {});
    expect(notice.shown).toBe(true);
    const el = [...document.documentElement.children].find((e) => e.tagName.startsWith('BRIEFING-READER-NOTICE'));
    expect(el?.tagName.toLowerCase()).toMatch(/^briefing-reader-notice-[0-9a-f]{12}$/);
    notice.dispose();
    expect(notice.shown).toBe(false);
  });
});
