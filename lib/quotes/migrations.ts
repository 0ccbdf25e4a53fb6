// Versioned stored shape of a quote, and the walk that brings any stored version to the current one.
//
// Every stored record carries `v`. To add version 2: define StoredQuoteV2, append a step v1→v2 to QUOTE_STEPS, set
// CURRENT_QUOTE_VERSION to 2 and update validateQuote (validate.ts) for the new shape. Records of every older
// version then walk through the chain and are validated once, at the end, against the current shape.
import { messageOf } from '../errors';
import type { Quote } from './model';
import { validateQuote, type RecordFault, type Replacement, type ValidateOptions, type Validated } from './validate';

export const CURRENT_QUOTE_VERSION = 1;

/** The shape written to storage and into exports today. */
export interface StoredQuoteV1 extends Quote {
  v: 1;
}
export type StoredQuote = StoredQuoteV1;

export function toStored(quote: Quote): StoredQuote {
  return { v: CURRENT_QUOTE_VERSION, ...quote };
}

export type MigrationStep = (record: Record<string, unknown>) => Record<string, unknown>;

export interface VersionedSchema<T> {
  current: number;
  /** steps[i] turns a version i+1 record into a version i+2 record; length is current - 1. */
  steps: readonly MigrationStep[];
  /** Checks a record of the current version, repairing what can be repaired. */
  validate(record: Record<string, unknown>): Validated<T>;
}

export type Migrated<T> =
  | { value: T; replaced: Replacement[]; fromVersion: number; fault?: undefined }
  | { value?: undefined; replaced?: undefined; fromVersion?: number; fault: RecordFault };

function isRecord(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

/** Reads the record's version, walks it through the steps to the current version, then validates. Never throws. */
export function migrateRecord<T>(raw: unknown, schema: VersionedSchema<T>): Migrated<T> {
  if (!isRecord(raw)) return { fault: { key: 'entryNotQuote', subs: [] } };
  const replaced: Replacement[] = [];
  const v = Object.prototype.hasOwnProperty.call(raw, 'v') ? raw.v : undefined;
  let version: number;
  if (v === undefined) {
    // Records without a version can only come from hand-made files; the first shape is the only reading.
    version = 1;
    replaced.push({ field: 'v', key: 'repairNoVersion', subs: [], was: undefined });
  } else if (typeof v === 'number' && Number.isInteger(v) && v >= 1) {
    version = v;
  } else {
    return { fault: { key: 'entryBadVersion', subs: [shortJson(v)] } };
  }
  if (version > schema.current) {
    return { fault: { key: 'entryNewer', subs: [String(version), String(schema.current)] }, fromVersion: version };
  }
  let record: Record<string, unknown> = { ...raw };
  for (let from = version; from < schema.current; from++) {
    const step = schema.steps[from - 1];
    if (!step) return { fault: { key: 'entryNoStep', subs: [String(from)] }, fromVersion: version };
    try {
      record = { ...step(record), v: from + 1 };
    } catch (e) {
      return { fault: { key: 'entryStepFailed', subs: [String(from), messageOf(e)] }, fromVersion: version };
    }
  }
  const checked = schema.validate(record);
  if (checked.fault) return { fault: checked.fault, fromVersion: version };
  return { value: checked.value, replaced: [...replaced, ...checked.replaced], fromVersion: version };
}

function shortJson(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? text.slice(0, 59) + '…' : text;
}

/** Steps from each stored version to the next; empty while v1 is the only version. */
export const QUOTE_STEPS: readonly MigrationStep[] = [];

/** The quote schema as of `options.now` (nothing may be dated after the moment of the write). */
export function quoteSchema(options: ValidateOptions): VersionedSchema<Quote> {
  return { current: CURRENT_QUOTE_VERSION, steps: QUOTE_STEPS, validate: (r) => validateQuote(r, options) };
}

export type MigrateQuoteResult =
  | { quote: Quote; replaced: Replacement[]; fromVersion: number; fault?: undefined }
  | { quote?: undefined; replaced?: undefined; fromVersion?: number; fault: RecordFault };

/**
 * The store's door: any stored, imported or restored value → a current quote (with every repair reported) or the
 * reason it is not one. `now` defaults to the present.
 */
export function migrateQuote(raw: unknown, options: Partial<ValidateOptions> = {}): MigrateQuoteResult {
  const result = migrateRecord(raw, quoteSchema({ ...options, now: options.now ?? new Date() }));
  if (result.fault) return { fault: result.fault, fromVersion: result.fromVersion };
  return { quote: result.value, replaced: result.replaced, fromVersion: result.fromVersion };
}

/** True when `raw` is a stored record the door lets through unchanged: the property every stored record keeps. */
export function isStoredAsValid(raw: unknown, now: Date): boolean {
  const r = migrateQuote(raw, { now });
  return r.quote !== undefined && r.replaced.length === 0;
}
