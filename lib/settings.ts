import type { Variant } from './script/types';

export type AutoOpen = 'known-hosts' | 'on-request';
export type ToneStyle = 'marks' | 'numbers' | 'zhuyin';

export interface SiteSettings {
  /** false: never open automatically on this host; true: always (granted by the user). */
  enabled?: boolean;
  variant?: Variant;
}

export interface Settings {
  autoOpen: AutoOpen;
  defaultVariant: Variant;
  tone: ToneStyle;
  /** Show the tone sandhi of 一 and 不 (the national orthography marks the original tone). */
  sandhi: boolean;
  /** Show tooltips only while this key is held. */
  pinyinModifier: 'none' | 'Alt' | 'Shift';
  pinyinEnabled: boolean;
  sites: Record<string, SiteSettings>;
}

export const DEFAULT_SETTINGS: Settings = {
  autoOpen: 'known-hosts',
  defaultVariant: 'original',
  tone: 'marks',
  sandhi: false,
  pinyinModifier: 'none',
  pinyinEnabled: true,
  sites: {},
};

const VARIANTS: readonly Variant[] = ['original', 'hans', 'tw', 'hk'];

/** Repairs a stored value field by field: bad fields fall back to defaults and are reported, never silently dropped. */
export function validateSettings(raw: unknown): { value: Settings; replaced: string[] } {
  const replaced: string[] = [];
  const src = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  if (!raw || typeof raw !== 'object') replaced.push('settings');
  const pick = <K extends keyof Settings>(key: K, ok: (v: unknown) => boolean): Settings[K] => {
    if (key in src && ok(src[key])) return src[key] as Settings[K];
    if (key in src) replaced.push(key);
    return DEFAULT_SETTINGS[key];
  };
  const sites: Record<string, SiteSettings> = {};
  const rawSites = src.sites;
  if (rawSites && typeof rawSites === 'object') {
    for (const [host, s] of Object.entries(rawSites as Record<string, unknown>)) {
      if (!s || typeof s !== 'object') {
        replaced.push(`sites.${host}`);
        continue;
      }
      const { enabled, variant } = s as SiteSettings;
      const clean: SiteSettings = {};
      if (typeof enabled === 'boolean') clean.enabled = enabled;
      if (variant !== undefined && VARIANTS.includes(variant)) clean.variant = variant;
      else if (variant !== undefined) replaced.push(`sites.${host}.variant`);
      sites[host] = clean;
    }
  } else if ('sites' in src) replaced.push('sites');
  return {
    value: {
      autoOpen: pick('autoOpen', (v) => v === 'known-hosts' || v === 'on-request'),
      defaultVariant: pick('defaultVariant', (v) => VARIANTS.includes(v as Variant)),
      tone: pick('tone', (v) => v === 'marks' || v === 'numbers' || v === 'zhuyin'),
      sandhi: pick('sandhi', (v) => typeof v === 'boolean'),
      pinyinModifier: pick('pinyinModifier', (v) => v === 'none' || v === 'Alt' || v === 'Shift'),
      pinyinEnabled: pick('pinyinEnabled', (v) => typeof v === 'boolean'),
      sites,
    },
    replaced,
  };
}

/** The variant to show on a host: the user's choice for that site, else the default. */
export function variantFor(settings: Settings, host: string): Variant {
  return settings.sites[host]?.variant ?? settings.defaultVariant;
}

/** Whether the reader opens by itself on a transcript on `host`: the user's choice for that site, else on the known
 *  hosts while auto-open is on. */
export function opensByItself(settings: Settings, host: string, knownHost: boolean): boolean {
  return settings.sites[host]?.enabled ?? (settings.autoOpen === 'known-hosts' && knownHost);
}

/**
 * One change to the settings, as the background's single writer applies it to the stored value it has just read:
 * a change names only what it changes, so writes from the reader, the popup and the options page never undo
 * each other. A site's patch of `null` forgets the site.
 */
export type SettingsChange =
  { fields: Partial<Omit<Settings, 'sites'>> } | { site: string; patch: SiteSettings | null };

export function applySettingsChange(settings: Settings, change: SettingsChange): Settings {
  if ('fields' in change) return validateSettings({ ...settings, ...change.fields, sites: settings.sites }).value;
  const sites = { ...settings.sites };
  if (change.patch === null) delete sites[change.site];
  else sites[change.site] = { ...sites[change.site], ...change.patch };
  return validateSettings({ ...settings, sites }).value;
}

/** The changes that turn one settings value into another: what a form that edits the whole value sends. */
export function settingsChanges(from: Settings, to: Settings): SettingsChange[] {
  const fields: Partial<Omit<Settings, 'sites'>> = {};
  for (const key of Object.keys(to) as (keyof Settings)[]) {
    if (key !== 'sites' && to[key] !== from[key]) Object.assign(fields, { [key]: to[key] });
  }
  const changes: SettingsChange[] = Object.keys(fields).length ? [{ fields }] : [];
  for (const host of new Set([...Object.keys(from.sites), ...Object.keys(to.sites)])) {
    const a = from.sites[host];
    const b = to.sites[host];
    if (!b) changes.push({ site: host, patch: null });
    else if (!a || a.enabled !== b.enabled || a.variant !== b.variant) changes.push({ site: host, patch: b });
  }
  return changes;
}
