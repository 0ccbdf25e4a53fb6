// The library in IndexedDB (through idb): one database of the extension's origin, shared by the background (which
// keeps what the reader opens) and the library page (which lists, searches, forgets, exports and imports). Every
// write is one transaction over the three stores, so a conference is kept whole or not at all: a full disk
// (QuotaExceededError) aborts it and leaves the library as it was.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { conferenceGrams, hitOf } from '../lib/library/grams';
import { mergeSorted } from '../lib/library/memory-index';
import { summarise, type ConferenceSummary, type LibraryTranscript } from '../lib/library/model';
import { DB_NAME, DB_VERSION, STORES, upgrade, type UpgradeDb } from '../lib/library/schema';
import { conferencesOf, type HitSource, type MatchSet } from '../lib/library/search';
import { tableOf, type TurnTable } from '../lib/library/turn-table';

interface LibrarySchema extends DBSchema {
  conferences: {
    key: number;
    value: ConferenceSummary;
    indexes: { url: string; day: [string, number]; site: string };
  };
  transcripts: { key: number; value: LibraryTranscript };
  grams: { key: [string, number]; value: Uint32Array };
}

type Db = IDBPDatabase<LibrarySchema>;

/** The disk is full: nothing of the write was kept. */
export class QuotaError extends Error {
  constructor() {
    super('quota');
    this.name = 'QuotaError';
  }
}

const isQuota = (err: unknown): boolean =>
  err instanceof Error && (err.name === 'QuotaExceededError' || err.name === 'QuotaError');

export interface PutResult {
  no: number;
  /** The address was in the library already: its copy was replaced by the newer reading. */
  replaced: boolean;
}

export class LibraryDb implements HitSource {
  private constructor(private readonly db: Db) {}

  static async open(name = DB_NAME): Promise<LibraryDb> {
    const db = await openDB<LibrarySchema>(name, DB_VERSION, {
      upgrade: (database, oldVersion, newVersion) =>
        void upgrade(database as unknown as UpgradeDb, oldVersion, newVersion ?? DB_VERSION),
    });
    return new LibraryDb(db);
  }

  close(): void {
    this.db.close();
  }

  /** Keeps a conference, or replaces the copy of the same address (keeping when it was first kept). */
  async put(t: LibraryTranscript): Promise<PutResult> {
    const tx = this.db.transaction([STORES.conferences, STORES.transcripts, STORES.grams], 'readwrite');
    try {
      const old = await tx.objectStore(STORES.conferences).index('url').get(t.url);
      const kept = old ? { ...t, savedAt: old.savedAt } : t;
      if (old) await removeIn(tx, old.no);
      const no = await addIn(tx, kept, old?.no);
      await tx.done;
      return { no, replaced: !!old };
    } catch (err) {
      await tx.done.catch(() => {});
      throw isQuota(err) ? new QuotaError() : err;
    }
  }

  /** Keeps each conference whose address is not in the library yet; those already there are left as they are. */
  async importAll(list: readonly LibraryTranscript[]): Promise<{ added: number; kept: number }> {
    const tx = this.db.transaction([STORES.conferences, STORES.transcripts, STORES.grams], 'readwrite');
    let added = 0;
    let kept = 0;
    try {
      for (const t of list) {
        if (await tx.objectStore(STORES.conferences).index('url').getKey(t.url)) kept++;
        else {
          await addIn(tx, t);
          added++;
        }
      }
      await tx.done;
      return { added, kept };
    } catch (err) {
      await tx.done.catch(() => {});
      throw isQuota(err) ? new QuotaError() : err;
    }
  }

  async remove(nos: readonly number[]): Promise<void> {
    const tx = this.db.transaction([STORES.conferences, STORES.transcripts, STORES.grams], 'readwrite');
    for (const no of nos) await removeIn(tx, no);
    await tx.done;
  }

  async clear(): Promise<void> {
    const tx = this.db.transaction([STORES.conferences, STORES.transcripts, STORES.grams], 'readwrite');
    await Promise.all([
      tx.objectStore(STORES.conferences).clear(),
      tx.objectStore(STORES.transcripts).clear(),
      tx.objectStore(STORES.grams).clear(),
      tx.done,
    ]);
  }

  /** Every conference, oldest kept first (the export). */
  async all(): Promise<LibraryTranscript[]> {
    return this.db.getAll(STORES.transcripts);
  }

  /** Newest first, `limit` at a time: the list's page after the summary `after` (by day, then number). */
  async page(limit: number, after?: ConferenceSummary): Promise<ConferenceSummary[]> {
    const index = this.db.transaction(STORES.conferences).store.index('day');
    const range = after ? IDBKeyRange.upperBound([after.day, after.no], true) : undefined;
    const out: ConferenceSummary[] = [];
    for (let c = await index.openCursor(range, 'prev'); c && out.length < limit; c = await c.continue()) {
      out.push(c.value);
    }
    return out;
  }

  count(): Promise<number> {
    return this.db.count(STORES.conferences);
  }

  summary(no: number): Promise<ConferenceSummary | undefined> {
    return this.db.get(STORES.conferences, no);
  }

  async summaries(nos: Iterable<number>): Promise<Map<number, ConferenceSummary>> {
    const tx = this.db.transaction(STORES.conferences);
    const out = new Map<number, ConferenceSummary>();
    await Promise.all(
      [...new Set(nos)].map(async (no) => {
        const s = await tx.store.get(no);
        if (s) out.set(no, s);
      }),
    );
    return out;
  }

  transcript(no: number): Promise<LibraryTranscript | undefined> {
    return this.db.get(STORES.transcripts, no);
  }

  /** Built for each search from the summaries it matched, as stored now: another page of the extension may have
   *  kept, replaced or forgotten a conference since the last search, and nothing here would hear of it. */
  async turnTable(matches: MatchSet): Promise<TurnTable> {
    return tableOf((await this.summaries(conferencesOf(matches))).values());
  }

  byUrl(url: string): Promise<ConferenceSummary | undefined> {
    return this.db.getFromIndex(STORES.conferences, 'url', url.replace(/#.*$/, ''));
  }

  /** Every site in the library, for the site filter (the keys of an index: no record is read). */
  async sites(): Promise<string[]> {
    const out = new Set<string>();
    const index = this.db.transaction(STORES.conferences).store.index('site');
    for (let c = await index.openKeyCursor(null, 'nextunique'); c; c = await c.continue()) out.add(c.key);
    return [...out];
  }

  async hits(gram: string): Promise<Float64Array> {
    const range = IDBKeyRange.bound([gram, -Infinity], [gram, Infinity]);
    const tx = this.db.transaction(STORES.grams);
    const [keys, values] = await Promise.all([tx.store.getAllKeys(range), tx.store.getAll(range)]);
    return flatten(keys, values);
  }

  async prefixHits(char: string): Promise<Float64Array> {
    const range = IDBKeyRange.bound([char], [`${char}\uffff`]);
    const tx = this.db.transaction(STORES.grams);
    const [keys, values] = await Promise.all([tx.store.getAllKeys(range), tx.store.getAll(range)]);
    return mergeSorted([flatten(keys, values)]);
  }
}

type WriteTx = IDBPTransaction<LibrarySchema, ('conferences' | 'transcripts' | 'grams')[], 'readwrite'>;

/** Writes a conference's three parts; `no` reuses a number (a replaced copy keeps its place in links). */
async function addIn(tx: WriteTx, t: LibraryTranscript, no?: number): Promise<number> {
  const conferences = tx.objectStore(STORES.conferences);
  let key = no;
  if (key === undefined) {
    // The store's counter gives the number; the summary's `no` is filled in by IndexedDB (keyPath).
    const { no: _unset, ...rest } = summarise(t, 0);
    void _unset;
    key = await conferences.add(rest as ConferenceSummary);
  } else await conferences.put(summarise(t, key));
  await tx.objectStore(STORES.transcripts).put(t, key);
  const grams = tx.objectStore(STORES.grams);
  const writes: Promise<unknown>[] = [];
  for (const [gram, positions] of conferenceGrams(t.turns.map((x) => x.text))) {
    writes.push(grams.put(positions, [gram, key]));
  }
  await Promise.all(writes);
  return key;
}

/** Deletes a conference's three parts; its bigram keys are found again from its stored turns. */
async function removeIn(tx: WriteTx, no: number): Promise<void> {
  const t = await tx.objectStore(STORES.transcripts).get(no);
  const grams = tx.objectStore(STORES.grams);
  const writes: Promise<unknown>[] = [
    tx.objectStore(STORES.conferences).delete(no),
    tx.objectStore(STORES.transcripts).delete(no),
  ];
  if (t) for (const gram of conferenceGrams(t.turns.map((x) => x.text)).keys()) writes.push(grams.delete([gram, no]));
  await Promise.all(writes);
}

function flatten(keys: [string, number][], values: Uint32Array[]): Float64Array {
  const total = values.reduce((n, v) => n + v.length, 0);
  const out = new Float64Array(total);
  let at = 0;
  values.forEach((positions, i) => {
    const no = keys[i]![1];
    for (const p of positions) out[at++] = hitOf(no, p);
  });
  return out;
}
