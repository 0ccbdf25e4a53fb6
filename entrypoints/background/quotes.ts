// The quote list's single writer. Every change goes through `serial`, so concurrent saves from several tabs are
// applied one after another on the latest list; a failed write (storage full) leaves the stored list as it was.
import { i18n } from '#i18n';
import { messageOf } from '@/lib/errors';
import { type ImportResult, type SaveResult } from '@/platform/messaging';
import { mergeQuotes, parseImport, type ImportFault } from '@/lib/quotes/exchange';
import { migrateQuote } from '@/lib/quotes/migrations';
import { createQuote, type Quote, type QuoteInput } from '@/lib/quotes/model';
import { damagedQuotesItem, quotesItem } from '@/platform/storage';
import { createSerialQueue } from './serial';

const serial = createSerialQueue();

/** Where a stored quote list that is not a list at all is kept, so the next write cannot destroy it. */
export const DAMAGED_KEY = damagedQuotesItem.key;

/**
 * The stored list as it is, damaged entries included (they are kept, never dropped). A stored value that is not a
 * list is first copied aside under DAMAGED_KEY: the write that follows starts a new list rather than losing it.
 */
async function readRaw(): Promise<unknown[]> {
  const raw: unknown = await quotesItem.getValue();
  if (Array.isArray(raw)) return raw;
  if (raw !== null && raw !== undefined) {
    const kept = await damagedQuotesItem.getValue();
    const text = JSON.stringify(raw);
    if (!kept.some((k) => JSON.stringify(k?.value) === text))
      await damagedQuotesItem.setValue([...kept, { at: new Date().toISOString(), value: raw }]);
  }
  return [];
}

/** The stored quotes that are valid; damaged entries stay stored (never dropped) but are skipped and reported. */
export async function readQuotes(): Promise<{ quotes: Quote[]; raw: unknown[]; damaged: number }> {
  const list = await readRaw();
  const quotes: Quote[] = [];
  let damaged = 0;
  for (const entry of list) {
    const r = migrateQuote(entry);
    if (r.quote) quotes.push(r.quote);
    else damaged++;
  }
  return { quotes, raw: list, damaged };
}

function storageError(err: unknown): string {
  const msg = messageOf(err);
  return /quota|QUOTA_BYTES/i.test(msg) ? i18n.t('errorStorageFull') : i18n.t('errorStorageFailed', [msg]);
}

/** Why a file cannot be imported, in the user's language. */
function faultMessage(f: ImportFault): string {
  switch (f.key) {
    case 'importNotJson':
      return i18n.t('importNotJson', f.subs);
    case 'importNewer':
      return i18n.t('importNewer', f.subs);
    default:
      return i18n.t(f.key);
  }
}

interface PendingSave {
  quote: Quote;
  resolve(result: SaveResult): void;
}
let pending: PendingSave[] = [];

/**
 * Queues a save. Saves that arrive while the list is being written (several tabs at once) are appended together in
 * the next write: the whole list is rewritten on each write, so one write per save made bursts quadratic.
 */
export function saveQuote(input: QuoteInput, now = new Date()): Promise<SaveResult> {
  const made = createQuote(input, now, crypto.randomUUID());
  if (!made.quote) return Promise.resolve({ ok: false, error: i18n.t(made.fault) });
  const quote = made.quote;
  return new Promise((resolve) => {
    pending.push({ quote, resolve });
    if (pending.length === 1) void serial(writePending);
  });
}

async function writePending(): Promise<void> {
  const batch = pending;
  pending = [];
  let raw: unknown[];
  try {
    // Appending needs no validation of what is stored (validating every quote on each save was most of its cost).
    raw = await readRaw();
  } catch (err) {
    batch.forEach((p) => p.resolve({ ok: false, error: storageError(err) }));
    return;
  }
  try {
    await quotesItem.setValue([...raw, ...batch.map((p) => p.quote)]);
    batch.forEach((p, i) => p.resolve({ ok: true, quote: p.quote, total: raw.length + i + 1 }));
    return;
  } catch (err) {
    if (batch.length === 1) {
      batch[0]?.resolve({ ok: false, error: storageError(err) });
      return;
    }
  }
  // The batch did not fit: each save then gets its own try, so as many as fit are kept and the rest get the error.
  let list = raw;
  for (const p of batch) {
    try {
      await quotesItem.setValue([...list, p.quote]);
      list = [...list, p.quote];
      p.resolve({ ok: true, quote: p.quote, total: list.length });
    } catch (err) {
      p.resolve({ ok: false, error: storageError(err) });
    }
  }
}

/** Removes quotes by id and returns them, so the popup can offer Undo. */
export function deleteQuotes(ids: string[]): Promise<Quote[]> {
  return serial(async () => {
    const { raw } = await readQuotes();
    const drop = new Set(ids);
    const removed: Quote[] = [];
    const kept = raw.filter((entry) => {
      const q = migrateQuote(entry).quote;
      if (q && drop.has(q.id)) {
        removed.push(q);
        return false;
      }
      return true;
    });
    await quotesItem.setValue(kept);
    return removed;
  });
}

export function restoreQuotes(quotes: Quote[]): Promise<number> {
  return serial(async () => {
    const { raw, quotes: existing } = await readQuotes();
    const { added } = mergeQuotes(existing, quotes);
    const ids = new Set(existing.map((q) => q.id));
    const fresh = added > 0 ? quotes.filter((q) => !ids.has(q.id)) : [];
    await quotesItem.setValue([...raw, ...fresh]);
    return fresh.length;
  });
}

export function clearQuotes(): Promise<Quote[]> {
  return serial(async () => {
    const { quotes } = await readQuotes();
    await quotesItem.setValue([]);
    return quotes;
  });
}

export function importQuotes(json: string): Promise<ImportResult> {
  return serial(async () => {
    const parsed = parseImport(json);
    if (parsed.fault) return { added: 0, duplicates: 0, rejected: parsed.rejected, error: faultMessage(parsed.fault) };
    const { raw, quotes: existing } = await readQuotes();
    const merged = mergeQuotes(existing, parsed.quotes);
    const known = new Set(existing.map((q) => q.id));
    const fresh = merged.quotes.filter((q) => !known.has(q.id));
    try {
      await quotesItem.setValue([...raw, ...fresh]);
    } catch (err) {
      return { added: 0, duplicates: 0, rejected: parsed.rejected, error: storageError(err) };
    }
    return { added: merged.added, duplicates: merged.duplicates, rejected: parsed.rejected };
  });
}
