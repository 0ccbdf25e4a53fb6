// The library's own settings: on by default (the popup says so the first time), sites left out, and whether the
// first-run notice was seen.
export interface LibraryPrefs {
  enabled: boolean;
  excluded: string[];
  noticeSeen: boolean;
}

export const DEFAULT_LIBRARY_PREFS: LibraryPrefs = { enabled: true, excluded: [], noticeSeen: false };

/** A damaged stored value falls back field by field. */
export function validateLibraryPrefs(raw: unknown): LibraryPrefs {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    enabled: typeof r.enabled === 'boolean' ? r.enabled : DEFAULT_LIBRARY_PREFS.enabled,
    excluded: Array.isArray(r.excluded) ? r.excluded.filter((h): h is string => typeof h === 'string') : [],
    noticeSeen: typeof r.noticeSeen === 'boolean' ? r.noticeSeen : false,
  };
}

export function keepsSite(prefs: LibraryPrefs, site: string): boolean {
  return prefs.enabled && !prefs.excluded.includes(site);
}
