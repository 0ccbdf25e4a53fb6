// The quote list's single writer. Every change goes through `serial`, so concurrent saves from several tabs are
// applied one after another on the latest list; a failed write (storage full) leaves the stored list as it was.
// Every record written passes the store's door (migrateQuote) first and is stored in its current versioned shape,
// so whatever is stored validates again to itself.
import { i18n } from '#i18n';
import { messageOf } from '@/lib/errors';
import { type SaveResult } from '@/platform/messaging';
import { mergeQuotes, parseImport, type ImportFault, type ImportResult } from '@/lib/quotes/exchange';
import { migrateQuote, toStored, type StoredQuote } from '@/lib/quotes/migrations';
import { createQuote, MAX_QUOTES, type Quote, type QuoteInput } from '@/lib/quotes/model';
import { createRateLimiter, SAVE_RATE } from '@/lib/quotes/rate';
import type { RecordFault, Replacement } from '@/lib/quotes/validate';
import { damagedQuotesItem, quotesItem } from '@/platform/storage';
import { createSerialQueue } from './serial';

const serial = createSerialQueue();
const allowSave = createRateLimiter(SAVE_RATE);

/** A UI string by a key the quote engine gave (its faults and repairs are listed in locales/quotes.ts). */
function translate(key: string, subs: string[]): string {
  return (i18n.t as (key: string, subs?: string[]) => string)(key, subs);
}

/** Why an entry or a file was refused, in the user's language. */
export function faultText(fault: RecordFault | ImportFault): string {
  return translate(fault.key, fault.subs);
}

/** What was replaced in a kept entry, in the user's language. */
export function repairText(r: Replacement): string {
  return translate(r.key, [r.field, ...r.subs]);
}

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
export async function readQuotes(now = new Date()): Promise<{ quotes: Quote[]; raw: unknown[]; damaged: number }> {
  const list = await readRaw();
  const quotes: Quote[] = [];
  let damaged = 0;
  for (const entry of list) {
    const r = migrateQuote(entry, { now });
    if (r.quote) quotes.push(r.quote);
    else damaged++;
  }
  return { quotes, raw: list, damaged };
}

function storageError(err: unknown): string {
  const msg = messageOf(err);
  return /quota|QUOTA_BYTES/i.test(msg) ? i18n.t('errorStorageFull') : i18n.t('errorStorageFailed', [msg]);
}

interface PendingSave {
  quote: StoredQuote;
  resolve(result: SaveResult): void;
}
let pending: PendingSave[] = [];

export interface SaveOptions {
  /** Who asks (the sender's tab): saves are limited per sender. Saves from the extension's own code pass none. */
  from?: string | number;
  now?: Date;
}

/**
 * Queues a save. Saves that arrive while the list is being written (several tabs at once) are appended together in
 * the next write: the whole list is rewritten on each write, so one write per save made bursts quadratic.
 */
export function saveQuote(input: QuoteInput, { from, now = new Date() }: SaveOptions = {}): Promise<SaveResult> {
  const refuse = (error: string) => Promise.resolve<SaveResult>({ ok: false, error });
  if (from !== undefined && !allowSave(String(from), now.getTime())) return refuse(translate('quoteTooFast', []));
  const made = createQuote(input, now, crypto.randomUUID());
  if (!made.quote) return refuse(i18n.t(made.fault));
  const checked = migrateQuote(toStored(made.quote), { now });
  if (!checked.quote) return refuse(faultText(checked.fault));
  const quote = toStored(checked.quote);
  return new Promise((resolve) => {
    pending.push({ quote, resolve });
    if (pending.length === 1) void serial(writePending);
  });
}

function saved(quote: StoredQuote, total: number): SaveResult {
  const { v: _v, ...plain } = quote;
  return { ok: true, quote: plain, total };
}

async function writePending(): Promise<void> {
  let batch = pending;
  pending = [];
  let raw: unknown[];
  try {
    // Appending needs no validation of what is stored (validating every quote on each save was most of its cost).
    raw = await readRaw();
  } catch (err) {
    batch.forEach((p) => p.resolve({ ok: false, error: storageError(err) }));
    return;
  }
  const room = Math.max(0, MAX_QUOTES - raw.length);
  batch.slice(room).forEach((p) => p.resolve({ ok: false, error: translate('quoteStoreFull', [String(MAX_QUOTES)]) }));
  batch = batch.slice(0, room);
  if (batch.length === 0) return;
  try {
    await quotesItem.setValue([...raw, ...batch.map((p) => p.quote)]);
    batch.forEach((p, i) => p.resolve(saved(p.quote, raw.length + i + 1)));
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
      p.resolve(saved(p.quote, list.length));
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

/**
 * Undo of a delete or a clear: the quotes come back through the door like any other write (the message may carry
 * anything). Returns how many were stored.
 */
export function restoreQuotes(quotes: unknown, now = new Date()): Promise<number> {
  return serial(async () => {
    const { raw, quotes: existing } = await readQuotes(now);
    const valid = (Array.isArray(quotes) ? quotes : []).flatMap((q) => migrateQuote(q, { now }).quote ?? []);
    const fresh = mergeQuotes(existing, valid).quotes.slice(existing.length, existing.length + MAX_QUOTES - raw.length);
    if (fresh.length > 0) await quotesItem.setValue([...raw, ...fresh.map(toStored)]);
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

/** Imports an export file: existing entries stay as they are, byte for byte; new quotes are appended. */
export function importQuotes(json: string, now = new Date()): Promise<ImportResult> {
  return serial(async () => {
    const parsed = parseImport(json, now);
    const rejected = parsed.rejected.map((r) => ({ index: r.index, reason: faultText(r.fault) }));
    const refused = (error: string): ImportResult => ({ added: 0, duplicates: 0, rejected, repaired: [], error });
    if (parsed.fault) return refused(faultText(parsed.fault));
    const { raw, quotes: existing } = await readQuotes(now);
    const merged = mergeQuotes(existing, parsed.quotes);
    const incoming = merged.quotes.slice(existing.length);
    const room = Math.max(0, MAX_QUOTES - raw.length);
    const fresh = incoming.slice(0, room);
    const indexOf = new Map(parsed.quotes.map((q, i) => [q, parsed.indexes[i] ?? i]));
    for (const q of incoming.slice(room)) {
      rejected.push({ index: indexOf.get(q) ?? -1, reason: translate('entryStoreFull', [String(MAX_QUOTES)]) });
    }
    rejected.sort((a, b) => a.index - b.index);
    if (fresh.length > 0) {
      try {
        await quotesItem.setValue([...raw, ...fresh.map(toStored)]);
      } catch (err) {
        return refused(storageError(err));
      }
    }
    const added = new Set(fresh.map((q) => q.id));
    const repaired = parsed.repaired
      .filter((r) => added.has(r.id))
      .map((r) => ({ index: r.index, changes: r.replaced.map(repairText) }));
    return { added: fresh.length, duplicates: merged.duplicates, rejected, repaired };
  });
}
