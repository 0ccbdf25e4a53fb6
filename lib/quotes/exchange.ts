// Export and import of the quote clipboard. An import never touches the quotes already saved: it yields the valid
// quotes of the file and a reason for each one it could not read; merging then only adds.
import { conferenceName, formatMarkdown, formatDate, type FormatOptions } from './format';
import { groupByConference } from './list';
import { cleanText, MAX_QUOTES, type Quote } from './model';
import { migrateQuote, toStored, type StoredQuote } from './migrations';
import { own, validSavedAt, type RecordFault, type Replacement } from './validate';

export const EXPORT_FORMAT = 'briefing-reader-quotes';
export const EXPORT_VERSION = 1;

export interface ExportEnvelope {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  quotes: StoredQuote[];
}

export function exportEnvelope(quotes: readonly Quote[], now: Date): ExportEnvelope {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    quotes: quotes.map(toStored),
  };
}

export function exportJson(quotes: readonly Quote[], now: Date): string {
  return JSON.stringify(exportEnvelope(quotes, now), null, 2) + '\n';
}

/** A readable archive: one section per conference, newest first, each quote as formatMarkdown gives it. */
export function exportMarkdown(quotes: readonly Quote[], options: FormatOptions): string {
  const conv = options.convert ?? ((s: string) => s);
  const out: string[] = [];
  for (const group of groupByConference(quotes)) {
    const title = conferenceName(group.title, group.date);
    const heading = [title ? conv(title) : group.host, formatDate(group.date, options.lang)]
      .filter((s) => s !== '')
      .join(options.lang === 'en' ? ', ' : '，');
    out.push(`## ${heading.replace(/[\\`*_[\]<>~&#]/g, '\\$&')}`);
    for (const quote of group.quotes) out.push(formatMarkdown(quote, options));
  }
  return out.join('\n\n') + '\n';
}

/** What an import did, as the popup shows it: every reason already a sentence in the UI language. */
export interface ImportResult {
  added: number;
  duplicates: number;
  /** Entries refused, by position in the file's quote list. */
  rejected: { index: number; reason: string }[];
  /** Entries kept with some fields replaced, one sentence per replacement. */
  repaired: { index: number; changes: string[] }[];
  /** Set when the file as a whole was refused (or could not be stored); then nothing was added. */
  error?: string;
}

export interface Rejected {
  /** Position in the file's quote list. */
  index: number;
  fault: RecordFault;
}

export interface Repaired {
  index: number;
  id: string;
  replaced: Replacement[];
}

/**
 * Why a file as a whole cannot be imported: the key of a UI string (locales/base.ts) and its substitutions. The
 * engine stays free of the browser's i18n; the background puts the message in the user's language.
 */
export type ImportFault =
  | { key: 'importEmpty'; subs: [] }
  | { key: 'importNotJson'; subs: [detail: string] }
  | { key: 'importNotExport'; subs: [] }
  | { key: 'importNoVersion'; subs: [] }
  | { key: 'importNewer'; subs: [version: string, supported: string] }
  | { key: 'importNoList'; subs: [] }
  | { key: 'importTooMany'; subs: [count: string, max: string] };

/** What a file holds: the quotes the door let in, and why each other entry was refused or repaired. */
export interface ParsedImport {
  quotes: Quote[];
  /** File position of each quote in `quotes`. */
  indexes: number[];
  rejected: Rejected[];
  repaired: Repaired[];
  /** Set when the file as a whole cannot be read; then quotes is empty. */
  fault?: ImportFault;
}

function fail(fault: ImportFault): ParsedImport {
  return { quotes: [], indexes: [], rejected: [], repaired: [], fault };
}

/** Reads an export file as of `now` (nothing may be dated after it). Never throws. */
export function parseImport(json: string, now: Date = new Date()): ParsedImport {
  if (typeof json !== 'string' || json.replace(/^\ufeff/, '').trim() === '')
    return fail({ key: 'importEmpty', subs: [] });
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\ufeff/, ''));
  } catch (e) {
    const detail = e instanceof Error ? (e.message.split('\n')[0]?.slice(0, 120) ?? '') : '';
    return fail({ key: 'importNotJson', subs: [detail] });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail({ key: 'importNotExport', subs: [] });
  }
  const envelope = data as Record<string, unknown>;
  if (own(envelope, 'format') !== EXPORT_FORMAT) return fail({ key: 'importNotExport', subs: [] });
  const version = own(envelope, 'version');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail({ key: 'importNoVersion', subs: [] });
  }
  if (version > EXPORT_VERSION) return fail({ key: 'importNewer', subs: [String(version), String(EXPORT_VERSION)] });
  const list = own(envelope, 'quotes');
  if (!Array.isArray(list)) return fail({ key: 'importNoList', subs: [] });
  if (list.length > MAX_QUOTES) return fail({ key: 'importTooMany', subs: [String(list.length), String(MAX_QUOTES)] });

  const result: ParsedImport = { quotes: [], indexes: [], rejected: [], repaired: [] };
  // A quote without a readable save time is dated by the export itself rather than by the epoch (but never later
  // than now: the door clamps that).
  const exportedAt = own(envelope, 'exportedAt');
  const exported = typeof exportedAt === 'string' ? validSavedAt(exportedAt) : null;
  const fallbackSavedAt =
    exported === null ? undefined : new Date(Math.min(Date.parse(exported), now.getTime())).toISOString();
  list.forEach((raw, index) => {
    const migrated = migrateQuote(raw, { now, fallbackSavedAt });
    if (migrated.fault) {
      result.rejected.push({ index, fault: migrated.fault });
      return;
    }
    result.quotes.push(migrated.quote);
    result.indexes.push(index);
    if (migrated.replaced.length > 0) {
      result.repaired.push({ index, id: migrated.quote.id, replaced: migrated.replaced });
    }
  });
  return result;
}

/** The key that makes two quotes the same passage from the same page, whatever their ids. */
export function contentKey(quote: Quote): string {
  return `${quote.url}\u0000${cleanText(quote.original)}`;
}

export interface MergeResult {
  quotes: Quote[];
  added: number;
  duplicates: number;
}

/**
 * Existing quotes first and unchanged (same objects, same order), then each incoming quote that is new by id and by
 * page + published text. Duplicates inside `incoming` count once.
 */
export function mergeQuotes(existing: readonly Quote[], incoming: readonly Quote[]): MergeResult {
  const ids = new Set(existing.map((q) => q.id));
  const keys = new Set(existing.map(contentKey));
  const quotes = [...existing];
  let added = 0;
  let duplicates = 0;
  for (const quote of incoming) {
    const key = contentKey(quote);
    if (ids.has(quote.id) || keys.has(key)) {
      duplicates++;
      continue;
    }
    ids.add(quote.id);
    keys.add(key);
    quotes.push(quote);
    added++;
  }
  return { quotes, added, duplicates };
}
