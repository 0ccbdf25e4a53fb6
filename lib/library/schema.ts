// The library database: its stores and the steps from each version to the next. Versioned from the first
// release: a later shape adds a step here (never edits one), and `upgrade` runs the steps from the version a
// browser holds to the current one. Written against the few calls an upgrade needs, so it stays free of the DOM
// and is tested on an in-memory IndexedDB.

export const DB_NAME = 'briefing-reader-library';

export const STORES = {
  /** ConferenceSummary by `no` (auto-increment): the list, the filters, the search's per-turn speakers. */
  conferences: 'conferences',
  /** LibraryTranscript by the same `no`. */
  transcripts: 'transcripts',
  /** Uint32Array of packed positions by [bigram, no] (grams.ts). */
  grams: 'grams',
} as const;

export interface UpgradeStore {
  createIndex(name: string, keyPath: string | string[], options?: { unique?: boolean }): unknown;
}
export interface UpgradeDb {
  createObjectStore(name: string, options?: { keyPath?: string; autoIncrement?: boolean }): UpgradeStore;
}

export type Migration = (db: UpgradeDb) => void;

export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: the first release.
  (db) => {
    const conferences = db.createObjectStore(STORES.conferences, { keyPath: 'no', autoIncrement: true });
    conferences.createIndex('url', 'url', { unique: true });
    conferences.createIndex('day', ['day', 'no']);
    conferences.createIndex('site', 'site');
    db.createObjectStore(STORES.transcripts);
    db.createObjectStore(STORES.grams);
  },
];

export const DB_VERSION = MIGRATIONS.length;

/** Runs the steps from `oldVersion` up to `newVersion` in order. */
export function upgrade(db: UpgradeDb, oldVersion: number, newVersion: number, steps = MIGRATIONS): number[] {
  const ran: number[] = [];
  for (let v = oldVersion; v < newVersion; v++) {
    const step = steps[v];
    if (!step) throw new Error(`no migration from version ${v}`);
    step(db);
    ran.push(v + 1);
  }
  return ran;
}
