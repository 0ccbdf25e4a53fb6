// The settings' one writer over the fake browser, and the changes it applies: a change names only what it changes,
// so the reader, the popup and the options page writing at once all keep their change.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateSettings } from '../../../entrypoints/background/settings';
import {
  DEFAULT_SETTINGS,
  applySettingsChange,
  settingsChanges,
  type Settings,
  type SettingsChange,
} from '../../../lib/settings';
import { readSettings } from '../../../platform/storage';

const base: Settings = {
  ...DEFAULT_SETTINGS,
  sites: { 'www.gov.cn': { variant: 'tw' }, 'big5.eastday.com': { enabled: false } },
};

describe('applySettingsChange', () => {
  it.each<[string, SettingsChange, Partial<Settings>]>([
    ['a field', { fields: { tone: 'zhuyin' } }, { tone: 'zhuyin', sites: base.sites }],
    [
      'a site patch keeps the site’s other fields',
      { site: 'www.gov.cn', patch: { enabled: true } },
      { sites: { ...base.sites, 'www.gov.cn': { variant: 'tw', enabled: true } } },
    ],
    [
      'a new site',
      { site: 'www.mfa.gov.cn', patch: { variant: 'hans' } },
      { sites: { ...base.sites, 'www.mfa.gov.cn': { variant: 'hans' } } },
    ],
    ['forgetting a site', { site: 'big5.eastday.com', patch: null }, { sites: { 'www.gov.cn': { variant: 'tw' } } }],
    ['a bad field is repaired, not stored', { fields: { tone: 'loud' as never } }, { tone: 'marks' }],
    ['fields never carry sites', { fields: { sites: {} } as never }, { sites: base.sites }],
  ])('%s', (_name, change, want) => {
    expect(applySettingsChange(base, change)).toMatchObject(want);
  });
});

describe('settingsChanges', () => {
  it('turns one value into the other with only what differs', () => {
    const to: Settings = {
      ...base,
      sandhi: true,
      sites: { 'www.gov.cn': { variant: 'hk' }, 'www.mfa.gov.cn': { enabled: true } },
    };
    const changes = settingsChanges(base, to);
    expect(changes).toEqual([
      { fields: { sandhi: true } },
      { site: 'www.gov.cn', patch: { variant: 'hk' } },
      { site: 'big5.eastday.com', patch: null },
      { site: 'www.mfa.gov.cn', patch: { enabled: true } },
    ]);
    expect(changes.reduce(applySettingsChange, base)).toEqual(to);
  });
  it('has nothing to send for an unchanged value', () => {
    expect(settingsChanges(base, structuredClone(base))).toEqual([]);
  });
});

describe('the background writer', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps every change when many contexts write at once', async () => {
    const hosts = Array.from({ length: 30 }, (_, i) => `site${i}.gov.cn`);
    await Promise.all([
      ...hosts.map((h, i) => updateSettings([{ site: h, patch: { variant: i % 2 ? 'tw' : 'hans' } }])),
      updateSettings([{ fields: { tone: 'numbers' } }]),
    ]);
    const s = await readSettings();
    expect(Object.keys(s.sites).sort()).toEqual([...hosts].sort());
    expect(s.sites['site3.gov.cn']).toEqual({ variant: 'tw' });
    expect(s.tone).toBe('numbers');
  });

  it('answers with the value it stored', async () => {
    const next = await updateSettings([{ site: 'www.gov.cn', patch: { enabled: false } }]);
    expect(next).toEqual(await readSettings());
  });
});
