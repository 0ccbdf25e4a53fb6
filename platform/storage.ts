// Every stored item, defined once, each with a version. A new shape means: bump `version`, add a typed step to
// `migrations` (old shape -> new shape), and a fixture of the old shape to the item's tests (quotes:
// tests/unit/quotes/migrations.test.ts).
import { storage } from '@wxt-dev/storage';
import { DEFAULT_LIBRARY_PREFS, validateLibraryPrefs, type LibraryPrefs } from '../lib/library/prefs';
import type { PageStatus } from '../lib/protocol';
import type { Quote } from '../lib/quotes/model';
import { DEFAULT_SETTINGS, type Settings, validateSettings } from '../lib/settings';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
  migrations: {},
});

/**
 * The settings as stored, repaired field by field (lib/settings.ts): a damaged or partial stored value (another
 * version, a hand edit) never reaches the background or the reader as a shape they would trip over.
 */
export async function readSettings(): Promise<Settings> {
  return validateSettings(await settingsItem.getValue()).value;
}

/**
 * Saved quotes. Written by the background alone (one writer, serialised), so saves from many tabs never race.
 * Stored raw and validated on read (lib/quotes/migrations.ts), so one damaged entry never hides the others.
 */
export const quotesItem = /* @__PURE__ */ storage.defineItem<unknown[]>('local:quotes', {
  fallback: [],
  version: 1,
  migrations: {},
});

/** A stored quote list that was not a list at all, kept aside (with when) before the next write replaced it. */
export interface DamagedQuotes {
  at: string;
  value: unknown;
}

export const damagedQuotesItem = /* @__PURE__ */ storage.defineItem<DamagedQuotes[]>('local:quotesDamaged', {
  fallback: [],
  version: 1,
  migrations: {},
});

/**
 * Words saved from the word card (lib/words/model.ts). Written by the background alone, like the quotes; stored
 * raw and read entry by entry, so a damaged entry is kept and skipped, never drops the list.
 */
export const wordsItem = /* @__PURE__ */ storage.defineItem<unknown[]>('local:words', {
  fallback: [],
  version: 1,
  migrations: {},
});

/** The library's settings (the library itself is in IndexedDB: platform/library-db.ts). */
export const libraryPrefsItem = /* @__PURE__ */ storage.defineItem<LibraryPrefs>('local:libraryPrefs', {
  fallback: DEFAULT_LIBRARY_PREFS,
  version: 1,
  migrations: {},
});

export async function readLibraryPrefs(): Promise<LibraryPrefs> {
  return validateLibraryPrefs(await libraryPrefsItem.getValue());
}

export type { Quote, Settings };

/**
 * What the background knows of each open tab's page (the analyzer's or the reader's latest status), by tab id.
 * Session storage: it outlives the service worker's restarts, not the browser's.
 */
export const tabStatusItem = /* @__PURE__ */ storage.defineItem<Record<string, PageStatus>>('session:tabStatus', {
  fallback: {},
  version: 1,
  migrations: {},
});
