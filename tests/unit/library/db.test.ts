// The IndexedDB layer on an in-memory IndexedDB (fake-indexeddb): schema upgrade, keeping, replacing, forgetting,
// the index agreeing with the in-memory one, and an import that never changes what is stored.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryDb } from '../../../platform/library-db';
import { libraryJson, parseLibrary } from '../../../lib/library/exchange';
import { searchLibrary } from '../../../lib/library/query';
import { DB_VERSION, MIGRATIONS, STORES, upgrade, type UpgradeDb } from '../../../lib/library/schema';
import { fixtureTranscript, IDS } from './load';
import { MemoryLibrary } from '../../../lib/library/memory-index';

const list = IDS.map((id, i) => fixtureTranscript(id, `2024-05-0${i + 1}T08:00:00Z`));
let n = 0;
const fresh = () => LibraryDb.open(`test-library-${++n}`);
const opened: LibraryDb[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));
async function filled(): Promise<LibraryDb> {
  const db = await fresh();
  opened.push(db);
  for (const t of list) await db.put(t);
  return db;
}

describe('schema', () => {
  it('creates every store and index of the current version from nothing', async () => {
    const db = await fresh();
    opened.push(db);
    const raw = await openDB(`test-library-${n}`);
    expect([...raw.objectStoreNames].sort()).toEqual(Object.values(STORES).sort());
    expect([...raw.transaction(STORES.conferences).store.indexNames].sort()).toEqual(['day', 'site', 'url']);
    expect(raw.version).toBe(DB_VERSION);
    raw.close();
  });

  it('runs the steps from the stored version on, in order, and refuses a gap', () => {
    const made: string[] = [];
    const fake: UpgradeDb = {
      createObjectStore: (name) => {
        made.push(name);
        return { createIndex: (index) => made.push(`${name}.${index}`) };
      },
    };
    const steps = [...MIGRATIONS, (db: UpgradeDb) => void db.createObjectStore('later')];
    expect(upgrade(fake, 1, 2, steps)).toEqual([2]);
    expect(made).toEqual(['later']);
    made.length = 0;
    expect(upgrade(fake, 0, 2, steps)).toEqual([1, 2]);
    expect(made).toContain('conferences.url');
    expect(made[made.length - 1]).toBe('later');
    expect(() => upgrade(fake, 0, 3, steps)).toThrow(/no migration from version 2/);
  });

  it('a database of the first version keeps its conferences when opened again', async () => {
    const db = await filled();
    db.close();
    const again = await LibraryDb.open(`test-library-${n}`);
    opened.push(again);
    expect(await again.count()).toBe(list.length);
  });
});

describe('LibraryDb', () => {
  it('lists newest first a page at a time, without reading the transcripts', async () => {
    const db = await filled();
    const first = await db.page(2);
    const rest = await db.page(10, first[first.length - 1]);
    const days = [...first, ...rest].map((s) => s.day);
    expect(days).toEqual([...days].sort().reverse());
    expect(first.length + rest.length).toBe(list.length);
    expect(await db.sites()).toEqual([...new Set(list.map((t) => t.site))].sort());
  });

  it('finds what the in-memory index finds, with the same ranking', async () => {
    const db = await filled();
    const memory = new MemoryLibrary(list);
    for (const q of ['台湾', '臺灣同胞', '共同發展', '湾', '两岸 关系']) {
      const a = await searchLibrary(db, q, { limit: 50 });
      const b = await searchLibrary(memory, q, { limit: 50 });
      expect(a.results.map((r) => [r.summary.url, r.ref.section, r.ref.turns])).toEqual(
        b.results.map((r) => [r.summary.url, r.ref.section, r.ref.turns]),
      );
      expect(a.facets).toEqual(b.facets);
    }
  });

  it('reading a page again replaces its copy, keeps when it was first kept, and leaves no stale bigram', async () => {
    const db = await filled();
    const before = await db.byUrl(list[0]!.url);
    const changed = { ...list[0]!, savedAt: '2025-01-01T00:00:00.000Z', turns: list[0]!.turns.slice(0, 2) };
    const r = await db.put(changed);
    expect(r).toEqual({ no: before!.no, replaced: true });
    expect(await db.count()).toBe(list.length);
    const kept = await db.transcript(before!.no);
    expect(kept!.savedAt).toBe(list[0]!.savedAt);
    expect(kept!.turns.length).toBe(2);
    const gone = list[0]!.turns[5]!.text.slice(0, 6);
    const hits = await searchLibrary(db, gone);
    expect(hits.results.every((x) => x.summary.no !== before!.no)).toBe(true);
  });

  it('forgets one conference, then everything, and the index with them', async () => {
    const db = await filled();
    const mfa = (await db.byUrl(list[1]!.url))!;
    await db.remove([mfa.no]);
    expect(await db.count()).toBe(list.length - 1);
    expect((await searchLibrary(db, '共同发展')).results.every((r) => r.summary.no !== mfa.no)).toBe(true);
    await db.clear();
    expect(await db.count()).toBe(0);
    expect((await db.hits('台湾')).length).toBe(0);
  });

  it('export, clear and import give back exactly the same library', async () => {
    const db = await filled();
    const file = libraryJson(await db.all(), new Date('2024-06-01T00:00:00Z'));
    await db.clear();
    const parsed = parseLibrary(file);
    expect(parsed.fault).toBeUndefined();
    expect(await db.importAll(parsed.conferences)).toEqual({ added: list.length, kept: 0 });
    expect(libraryJson(await db.all(), new Date('2024-06-01T00:00:00Z'))).toBe(file);
    // Importing the same file again adds nothing and changes nothing.
    expect(await db.importAll(parsed.conferences)).toEqual({ added: 0, kept: list.length });
    expect(libraryJson(await db.all(), new Date('2024-06-01T00:00:00Z'))).toBe(file);
  });
});
