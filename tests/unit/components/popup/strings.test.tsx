import { afterEach, describe, expect, it } from 'vitest';
import { keyMismatches, placeholders, substitute } from '../../../../components/shared/i18n';
import { popupStringTables } from '../../../../components/popup/strings';
import { optionsStringTables } from '../../../../components/options/strings';
import type { PopupPageStatus } from '../../../../components/popup/types';
import { buttonByText, click, mount, pressStatus } from './helpers';
import { sampleQuotes } from './sample-quotes';

const AREAS = [
  ['popup', popupStringTables],
  ['options', optionsStringTables],
] as const;

describe('string tables', () => {
  it.each(AREAS)('%s: en, zh_CN and zh_TW have the same keys', (_area, tables) => {
    expect(keyMismatches(tables)).toEqual([]);
    expect(Object.keys(tables.en).length).toBeGreaterThan(10);
  });

  it.each(AREAS)('%s: every translation takes the same substitutions', (_area, tables) => {
    const differing = Object.entries(tables.en).flatMap(([key, message]) =>
      (['zh_CN', 'zh_TW'] as const)
        .filter(
          (lang) =>
            placeholders((tables[lang] as Record<string, string>)[key] ?? '').join() !== placeholders(message).join(),
        )
        .map((lang) => `${lang}.${key}`),
    );
    expect(differing).toEqual([]);
  });

  it.each(AREAS)('%s: keys are valid browser.i18n message names with the area prefix', (area, tables) => {
    for (const key of Object.keys(tables.en)) expect(key).toMatch(new RegExp(`^${area}[A-Z][A-Za-z0-9]*$`));
  });

  it('keyMismatches finds a missing key', () => {
    expect(keyMismatches({ en: { a: '1', b: '2' }, zh_CN: { a: '1' } })).toEqual(['zh_CN.b']);
  });

  it.each([
    ['$1 quotes', ['3'], '3 quotes'],
    ['Entry $1: $2', ['4', 'no text'], 'Entry 4: no text'],
    ['$$1 costs $1', ['5'], '$1 costs 5'],
  ])('substitute(%s)', (template, subs, out) => {
    expect(substitute(template, subs)).toBe(out);
  });
});

/**
 * Renders with a translator that marks every looked-up string, then checks that no other Latin-script word
 * remains: any user-visible English written straight into a component would show up here.
 */
describe('no user-visible literals in the popup', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());
  const marked = (key: string) => `⟦${key}⟧`;
  // Data, not UI text: host names, URLs, the shortcut, and the Latin text inside attribute values is not checked.
  const DATA = /big5\.eastday\.com:82|news\.china\.com|www\.info\.gov\.hk|Alt\+Shift\+S/g;

  function strayLatin(root: HTMLElement): string[] {
    const text = (root.textContent ?? '').replace(/⟦\w+⟧/g, ' ').replace(DATA, ' ');
    return text.match(/[A-Za-z]{2,}/g) ?? [];
  }

  it.each<[string, PopupPageStatus]>([
    ['unknown', null],
    ['unavailable', 'unavailable'],
    ['not press', pressStatus({ press: false, title: null })],
    ['press', pressStatus({ readerOpen: true, title: null })],
  ])('status %s, with quotes, selection and a confirmation open', async (_name, status) => {
    const m = mount({ status, quotes: sampleQuotes(), strings: marked, lang: 'zh-Hant' });
    cleanup = m.unmount;
    await click(m.container.querySelector<HTMLInputElement>('.pp-quote-check')!);
    await click(buttonByText(m.container, '⟦popupClearAll⟧'));
    expect(strayLatin(m.container)).toEqual([]);
    // Attributes read by assistive technology come from the table too.
    for (const el of m.container.querySelectorAll('[aria-label], [placeholder], [title]')) {
      for (const attr of ['aria-label', 'placeholder']) {
        const v = el.getAttribute(attr);
        if (v !== null) expect(v).toMatch(/^⟦\w+⟧$/);
      }
    }
  });

  it('empty state', () => {
    const m = mount({ status: null, quotes: [], strings: marked });
    cleanup = m.unmount;
    expect(strayLatin(m.container)).toEqual([]);
  });
});
