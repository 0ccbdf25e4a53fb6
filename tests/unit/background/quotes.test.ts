// The background's quote store over the fake browser: saves from the seed page, many saves at once, storage full,
// damaged stored values. The stored list is compared before and after every failure: nothing may be lost.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DAMAGED_KEY,
  clearQuotes,
  deleteQuotes,
  importQuotes,
  readQuotes,
  restoreQuotes,
  saveQuote,
} from '../../../entrypoints/background/quotes';
import { exportJson } from '../../../lib/quotes/exchange';
import en from '../../../locales/en.json';
import type { QuoteInput } from '../../../lib/quotes/model';
import { SEED_URL, firstSentence, q1, seedDate, seedTitle, turnParagraphs, zhangYing } from '../quotes/seed';

const stored = async (): Promise<unknown> => (await fakeBrowser.storage.local.get('quotes')).quotes;

function seedInput(text: string, overrides: Partial<QuoteInput> = {}): QuoteInput {
  return {
    text,
    speaker: '張英',
    role: '市經信委總工程師',
    outlet: '上海日報',
    question: q1,
    conferenceTitle: seedTitle,
    conferenceDate: seedDate,
    url: SEED_URL,
    pageTitle: seedTitle,
    ...overrides,
  };
}

const passages = turnParagraphs('張英(市經信委總工程師)').map(firstSentence).slice(0, 4);

/** Makes storage.local.set fail once the stored quote list would exceed `capacity` entries. */
function limitCapacity(capacity: number, message = 'QUOTA_BYTES quota exceeded') {
  const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  return vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const list = items.quotes;
    if (Array.isArray(list) && list.length > capacity) throw new Error(message);
    return set(items);
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  // The English UI strings, as the browser gives them (its messages are built from locales/en.json).
  fakeBrowser.i18n.getMessage = vi.fn((key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : [subs].flat();
    return (en as Record<string, string>)[key]?.replace(/\$(\d)/g, (_, i: string) => list[Number(i) - 1] ?? '') ?? '';
  }) as never;
});

describe('saving', () => {
  it.each(passages.map((p, i) => [i, p]))('passage %i of 張英’s answer is stored with its context', async (_, p) => {
    const r = await saveQuote(seedInput(p));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.total).toBe(1);
    const [q] = (await readQuotes()).quotes;
    expect(q).toEqual(r.quote);
    expect(q).toMatchObject({ text: p, original: p, speaker: '張英', role: '市經信委總工程師', outlet: '上海日報' });
    expect(q?.conferenceDate).toBe('2018-06-12');
    expect(q?.fragmentUrl.startsWith(`${SEED_URL}#:~:text=`)).toBe(true);
  });

  it.each([
    ['no text', seedInput('  \n '), 'Nothing to save: the selection has no text.'],
    [
      'no page address',
      seedInput(zhangYing, { url: 'about:blank' }),
      'This page has no web address a quote can link back to.',
    ],
  ])('%s: refused with the reason in the UI language, nothing stored', async (_, input, message) => {
    const r = await saveQuote(input);
    expect(r).toEqual({ ok: false, error: message });
    expect(await stored()).toBeUndefined();
  });

  it('200 saves at the same time all arrive, each seeing the one before it', async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => saveQuote(seedInput(`${passages[i % passages.length]}（${i}）`))),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.map((r) => (r.ok ? r.total : 0)).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 200 }, (_, i) => i + 1),
    );
    const { quotes, damaged } = await readQuotes();
    expect(quotes).toHaveLength(200);
    expect(new Set(quotes.map((q) => q.id)).size).toBe(200);
    expect(damaged).toBe(0);
  });

  it('saves arriving while a write is in progress are all kept, in order', async () => {
    const first = saveQuote(seedInput(passages[0] ?? ''));
    await Promise.resolve();
    const rest = passages.slice(1).map((p) => saveQuote(seedInput(p)));
    await Promise.all([first, ...rest]);
    expect((await readQuotes()).quotes.map((q) => q.text)).toEqual(passages);
  });
});

describe('storage full', () => {
  it.each([
    ['Chromium', 'QUOTA_BYTES quota exceeded', /storage is full/],
    ['Firefox', 'QuotaExceededError: The current transaction exceeded its quota limitations.', /storage is full/],
    ['other failure', 'IO error: broken disk', /could not be stored: IO error: broken disk/],
  ])('%s: a clear message and the stored list unchanged', async (_, message, expected) => {
    await saveQuote(seedInput(passages[0] ?? ''));
    const before = await stored();
    limitCapacity(1, message);
    const r = await saveQuote(seedInput(passages[1] ?? ''));
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error).toMatch(expected);
    expect(await stored()).toEqual(before);
  });

  it('a burst that does not fit: as many as fit are kept, the others get the message', async () => {
    await saveQuote(seedInput(passages[0] ?? ''));
    limitCapacity(3);
    const results = await Promise.all(
      passages
        .slice(1)
        .concat('再一段')
        .map((p) => saveQuote(seedInput(p))),
    );
    expect(results.map((r) => r.ok)).toEqual([true, true, false, false]);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && /storage is full/.test(r.error))).toBe(true);
    expect((await readQuotes()).quotes.map((q) => q.text)).toEqual(passages.slice(0, 3));
  });

  it('an import that does not fit changes nothing and says why', async () => {
    await saveQuote(seedInput(passages[0] ?? ''));
    const before = await stored();
    const other = await Promise.all(passages.slice(1).map((p) => saveQuote(seedInput(p, { url: `${SEED_URL}?b` }))));
    const file = exportJson(
      other.flatMap((r) => (r.ok ? [r.quote] : [])),
      new Date(),
    );
    await fakeBrowser.storage.local.set({ quotes: before });
    limitCapacity(2);
    const r = await importQuotes(file);
    expect(r.error).toMatch(/storage is full/);
    expect(r.added).toBe(0);
    expect(await stored()).toEqual(before);
  });
});

describe('a file that is not an export', () => {
  it.each([
    ['', 'The file is empty.'],
    ['{"format": "other-app", "version": 1, "quotes": []}', 'This JSON is not a Briefing Reader quotes export.'],
    [
      '{"format": "briefing-reader-quotes", "version": 7, "quotes": []}',
      'This export is format version 7, newer than this extension reads (1); update the extension to import it.',
    ],
  ])('%j: the reason in the UI language, the stored list untouched', async (json, message) => {
    await saveQuote(seedInput(passages[0] ?? ''));
    const before = await stored();
    const r = await importQuotes(json);
    expect(r).toMatchObject({ added: 0, duplicates: 0, error: message });
    expect(await stored()).toEqual(before);
  });

  it('a file that is not JSON names the parser’s complaint', async () => {
    const r = await importQuotes('首先非常感謝');
    expect(r.error).toMatch(/^This file is not JSON \(.+\)\.$/);
  });
});

describe('damaged stored values', () => {
  const damagedEntries = ['not a quote', 42, null, { text: 5, url: SEED_URL }];

  async function storeWithDamage() {
    const a = await saveQuote(seedInput(passages[0] ?? ''));
    const b = await saveQuote(seedInput(passages[1] ?? ''));
    if (!a.ok || !b.ok) throw new Error('setup');
    await fakeBrowser.storage.local.set({ quotes: [a.quote, ...damagedEntries, b.quote] });
    return [a.quote, b.quote] as const;
  }

  it('the valid quotes are listed, the damaged ones counted and kept', async () => {
    const [a, b] = await storeWithDamage();
    const r = await readQuotes();
    expect(r.quotes.map((q) => q.id)).toEqual([a.id, b.id]);
    expect(r.damaged).toBe(damagedEntries.length);
    expect(r.raw).toHaveLength(damagedEntries.length + 2);
  });

  it.each([
    ['a save', async () => void (await saveQuote(seedInput(passages[2] ?? '')))],
    ['a delete', async () => void (await deleteQuotes(['nothing-with-this-id']))],
    ['an import', async () => void (await importQuotes(exportJson([], new Date())))],
    ['an undo', async () => void (await restoreQuotes([]))],
  ])('%s keeps every damaged entry', async (_, run) => {
    await storeWithDamage();
    await run();
    const list = (await stored()) as unknown[];
    for (const d of damagedEntries) expect(list).toContainEqual(d);
  });

  it('delete and undo give back the same quote; damaged entries stay', async () => {
    const [a] = await storeWithDamage();
    const removed = await deleteQuotes([a.id]);
    expect(removed).toEqual([a]);
    expect((await readQuotes()).quotes.map((q) => q.id)).not.toContain(a.id);
    expect(await restoreQuotes(removed)).toBe(1);
    expect((await readQuotes()).quotes).toContainEqual(a);
    expect((await readQuotes()).damaged).toBe(damagedEntries.length);
  });

  it.each([
    ['an object', { 0: { text: '舊格式' } }],
    ['a string', '[{"text":"被截斷'],
    ['a number', 7],
  ])('a stored value that is not a list (%s) is kept aside before the next save', async (_, value) => {
    await fakeBrowser.storage.local.set({ quotes: value });
    expect((await readQuotes()).quotes).toEqual([]);
    const r = await saveQuote(seedInput(passages[0] ?? ''));
    expect(r.ok).toBe(true);
    const aside = (await fakeBrowser.storage.local.get(DAMAGED_KEY.replace('local:', '')))[
      DAMAGED_KEY.replace('local:', '')
    ] as { value: unknown }[];
    expect(aside.map((x) => x.value)).toEqual([value]);
    // Reading again does not copy it twice.
    await saveQuote(seedInput(passages[1] ?? ''));
    expect(aside).toHaveLength(1);
  });

  it('clear all removes every readable quote and returns them for undo', async () => {
    const [a, b] = await storeWithDamage();
    const cleared = await clearQuotes();
    expect(cleared.map((q) => q.id)).toEqual([a.id, b.id]);
    expect(await restoreQuotes(cleared)).toBe(2);
  });
});

describe('every write passes the door', () => {
  it.each([
    ['a number for text', { text: 42, url: SEED_URL }],
    ['nested objects', { text: { text: '巢狀' }, original: ['上海'], url: SEED_URL }],
    ['nothing at all', null],
  ])('undo with %s stores nothing', async (_, record) => {
    await saveQuote(seedInput(passages[0] ?? ''));
    const before = await stored();
    expect(await restoreQuotes([record])).toBe(0);
    expect(await stored()).toEqual(before);
  });

  it('undo of a record with a script address keeps the text and no address', async () => {
    expect(
      await restoreQuotes([{ text: '上海', url: 'javascript:alert(1)', fragmentUrl: 'javascript:alert(1)' }]),
    ).toBe(1);
    const [back] = (await stored()) as Record<string, unknown>[];
    expect(back).toMatchObject({ text: '上海', url: '', fragmentUrl: '' });
  });

  it('undo stores a repaired record in its stored shape, future time clamped', async () => {
    const r = await saveQuote(seedInput(passages[0] ?? ''));
    if (!r.ok) throw new Error(r.error);
    await deleteQuotes([r.quote.id]);
    const now = new Date();
    expect(await restoreQuotes([{ ...r.quote, savedAt: '9999-12-31T00:00:00.000Z' }], now)).toBe(1);
    const [back] = (await stored()) as Record<string, unknown>[];
    expect(back).toMatchObject({ v: 1, id: r.quote.id, savedAt: now.toISOString() });
  });

  it.each([
    [
      'a lone surrogate',
      seedInput('上海\ud800製造', { speaker: '張\udfff英' }),
      { text: '上海\ufffd製造', speaker: '張\ufffd英' },
    ],
    ['a page address with a line break', seedInput('上海製造', { url: `${SEED_URL}\n#x` }), null],
    ['no input at all', null as unknown as QuoteInput, null],
  ])('a save with %s never throws', async (_, input, expected) => {
    const r = await saveQuote(input);
    if (expected === null) expect(r.ok).toBe(false);
    else expect(r.ok && r.quote).toMatchObject(expected);
  });

  it('saves from one tab beyond the rate limit are refused in the UI language; other tabs still save', async () => {
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: 61 }, (_, i) => saveQuote(seedInput(`第${i}段`), { from: 7, now })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(60);
    expect(results.at(-1)).toEqual({ ok: false, error: en.quoteTooFast });
    expect((await saveQuote(seedInput('另一分頁'), { from: 8, now })).ok).toBe(true);
  });

  it('a full clipboard refuses a save with the reason', async () => {
    await fakeBrowser.storage.local.set({ quotes: Array.from({ length: 10000 }, () => 'x') });
    const r = await saveQuote(seedInput(passages[0] ?? ''));
    expect(r).toEqual({ ok: false, error: en.quoteStoreFull.replace('$1', '10000') });
  });
});
