import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../../components/options/OptionsPage';
import { en } from '../../../../components/options/strings';
import { KNOWN_HOST_PATTERNS } from '../../../../lib/hosts';
import { DEFAULT_SETTINGS, type Settings } from '../../../../lib/settings';

// Hosts of the shared fixtures' source pages.
const SITES: Settings['sites'] = {
  'big5.eastday.com': { variant: 'hans' },
  'www.info.gov.hk': { enabled: false },
  'news.china.com': { enabled: true, variant: 'tw' },
};

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) act(() => render(null, container!));
  container?.remove();
  container = undefined;
});

function mount(
  settings: Settings = { ...DEFAULT_SETTINGS, sites: SITES },
  strings: Parameters<typeof OptionsPage>[0]['strings'] = en,
) {
  container = document.createElement('div');
  document.body.appendChild(container);
  const onChange = vi.fn();
  act(() => render(<OptionsPage settings={settings} strings={strings} actions={{ onChange }} />, container!));
  return { root: container, onChange };
}

async function settle() {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

/** Sets a select's value the way a user does: the value changes, then a change event. */
async function choose(select: HTMLSelectElement, value: string) {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
  });
}

async function press(el: HTMLElement) {
  await act(async () => {
    el.click();
    await settle();
  });
}

function radio(root: HTMLElement, name: string, value: string) {
  return root.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
}

describe('options page', () => {
  it('shows the current settings', () => {
    const { root } = mount({ ...DEFAULT_SETTINGS, autoOpen: 'on-request', tone: 'zhuyin', sandhi: true, sites: SITES });
    expect(radio(root, 'op-auto-open', 'on-request').checked).toBe(true);
    expect(radio(root, 'op-tone', 'zhuyin').checked).toBe(true);
    expect(root.querySelector<HTMLInputElement>('input[name=sandhi]')?.checked).toBe(true);
    expect(root.textContent).toContain(
      `Known sites: ${KNOWN_HOST_PATTERNS.map((p) => p.split('://')[1]?.split('/')[0]).join(', ')}`,
    );
  });

  it.each<[string, (root: HTMLElement) => Promise<void>, Partial<Settings>]>([
    ['open only on request', (r) => press(radio(r, 'op-auto-open', 'on-request')), { autoOpen: 'on-request' }],
    [
      'default script',
      async (r) => {
        const s = r.querySelector<HTMLSelectElement>('select[aria-describedby=op-variant-hint]')!;
        await choose(s, 'hk');
      },
      { defaultVariant: 'hk' },
    ],
    ['tone numbers', (r) => press(radio(r, 'op-tone', 'numbers')), { tone: 'numbers' }],
    [
      'sandhi on',
      async (r) => {
        const c = r.querySelector<HTMLInputElement>('input[name=sandhi]')!;
        await press(c);
      },
      { sandhi: true },
    ],
    [
      'pinyin off',
      async (r) => {
        const c = r.querySelector<HTMLInputElement>('input[name=pinyinEnabled]')!;
        await press(c);
      },
      { pinyinEnabled: false },
    ],
    [
      'tooltips with Shift',
      async (r) => {
        const s = r.querySelector<HTMLSelectElement>('select[name=pinyinModifier]')!;
        await choose(s, 'Shift');
      },
      { pinyinModifier: 'Shift' },
    ],
  ])('%s', async (_name, act_, patch) => {
    const { root, onChange } = mount();
    await act_(root);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith(patch);
    expect(root.querySelector('.op-status')?.textContent).toBe('Saved.');
  });

  it('lists sites in order with their choices', () => {
    const { root } = mount();
    const rows = [...root.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((tr) => [
      tr.dataset.host,
      tr.querySelector<HTMLSelectElement>('select[data-field=enabled]')?.value,
      tr.querySelector<HTMLSelectElement>('select[data-field=variant]')?.value,
    ]);
    expect(rows).toEqual([
      ['big5.eastday.com', 'default', 'hans'],
      ['news.china.com', 'on', 'tw'],
      ['www.info.gov.hk', 'off', ''],
    ]);
  });

  it.each<[string, string, string, Settings['sites'][string] | undefined]>([
    ['big5.eastday.com', 'enabled', 'off', { variant: 'hans', enabled: false }],
    ['news.china.com', 'enabled', 'default', { variant: 'tw' }],
    ['www.info.gov.hk', 'variant', 'hk', { enabled: false, variant: 'hk' }],
    ['news.china.com', 'variant', '', { enabled: true }],
  ])('%s: %s → %s', async (host, field, value, site) => {
    const { root, onChange } = mount();
    const select = root.querySelector<HTMLSelectElement>(`tr[data-host="${host}"] select[data-field=${field}]`)!;
    await choose(select, value);
    expect(onChange).toHaveBeenCalledWith({ sites: { ...SITES, [host]: site } });
  });

  it('removes a site', async () => {
    const { root, onChange } = mount();
    const button = root.querySelector<HTMLButtonElement>('tr[data-host="www.info.gov.hk"] button')!;
    expect(button.getAttribute('aria-label')).toBe('Remove the settings for www.info.gov.hk');
    await press(button);
    const { 'www.info.gov.hk': _removed, ...rest } = SITES;
    expect(onChange).toHaveBeenCalledWith({ sites: rest });
  });

  it('says when no site has settings', () => {
    const { root } = mount(DEFAULT_SETTINGS);
    expect(root.querySelector('table')).toBeNull();
    expect(root.querySelector('.op-empty')?.textContent).toBe('No site has its own settings yet.');
  });

  it('disables the pinyin details while pinyin is off', () => {
    const { root } = mount({ ...DEFAULT_SETTINGS, pinyinEnabled: false });
    expect(root.querySelector<HTMLInputElement>('input[name=sandhi]')?.disabled).toBe(true);
    expect(root.querySelector<HTMLSelectElement>('select[name=pinyinModifier]')?.disabled).toBe(true);
    expect(root.querySelector<HTMLFieldSetElement>('fieldset[disabled]')).not.toBeNull();
  });

  it('shows a failed save', async () => {
    const { root, onChange } = mount();
    onChange.mockRejectedValueOnce(new Error('Browser storage is full.'));
    const c = root.querySelector<HTMLInputElement>('input[name=sandhi]')!;
    await press(c);
    expect(root.querySelector('.op-status-error')?.textContent).toBe('Could not save: Browser storage is full.');
  });

  it('has no user-visible literal outside the string table', () => {
    const { root } = mount(undefined, (key) => `⟦${key}⟧`);
    // Data: host names, and the reading examples (pinyin is not English).
    const text = (root.textContent ?? '')
      .replace(/⟦\w+⟧/g, ' ')
      .replace(/big5\.eastday\.com|news\.china\.com|www\.info\.gov\.hk/g, ' ')
      .replace(/yín háng|yin2 hang2/g, ' ');
    expect(text.match(/[A-Za-z]{2,}/g) ?? []).toEqual([]);
  });
});
