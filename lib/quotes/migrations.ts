// Versioned stored shape of a quote, and the walk that brings any stored version to the current one.
//
// Every stored record carries `v`. To add version 2: define StoredQuoteV2, append a step v1→v2 to QUOTE_STEPS, set
// CURRENT_QUOTE_VERSION to 2 and update validateQuote for the new shape. Records of every older version then walk
// through the chain and are validated once, at the end, against the current shape.
import { messageOf } from '../errors';
import { textFragmentUrl } from './fragment';
import {
  capLength,
  cleanLine,
  cleanText,
  LIMITS,
  quoteId,
  validId,
  validIsoDate,
  validPageUrl,
  VARIANTS,
  type Quote,
} from './model';
import type { Variant } from '../script/types';

export const CURRENT_QUOTE_VERSION = 1;

/** The shape written to storage and into exports today. */
export interface StoredQuoteV1 extends Quote {
  v: 1;
}
export type StoredQuote = StoredQuoteV1;

export function toStored(quote: Quote): StoredQuote {
  return { v: CURRENT_QUOTE_VERSION, ...quote };
}

/** A field that was not usable as stored, what it held, and what it became. */
export interface Replacement {
  field: string;
  reason: string;
  was: unknown;
}

export type MigrationStep = (record: Record<string, unknown>) => Record<string, unknown>;

export interface VersionedSchema<T> {
  /** What a record is called in messages ("quote"). */
  name: string;
  current: number;
  /** steps[i] turns a version i+1 record into a version i+2 record; length is current - 1. */
  steps: readonly MigrationStep[];
  /** Checks a record of the current version, repairing what can be repaired. */
  validate(record: Record<string, unknown>): { value: T; replaced: Replacement[] } | { error: string };
}

export type Migrated<T> =
  | { value: T; replaced: Replacement[]; fromVersion: number; error?: undefined }
  | { value?: undefined; replaced?: undefined; fromVersion?: number; error: string };

function isRecord(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

function describe(raw: unknown): string {
  if (raw === null) return 'null';
  if (Array.isArray(raw)) return 'a list';
  return typeof raw === 'object' ? 'an object' : `a ${typeof raw}`;
}

/** Reads the record's version, walks it through the steps to the current version, then validates. Never throws. */
export function migrateRecord<T>(raw: unknown, schema: VersionedSchema<T>): Migrated<T> {
  if (!isRecord(raw)) return { error: `Not a ${schema.name}: ${describe(raw)}.` };
  const replaced: Replacement[] = [];
  let version: number;
  if (raw.v === undefined) {
    // Records without a version can only come from hand-made files; the first shape is the only reading.
    version = 1;
    replaced.push({ field: 'v', reason: 'missing; read as version 1', was: undefined });
  } else if (typeof raw.v === 'number' && Number.isInteger(raw.v) && raw.v >= 1) {
    version = raw.v;
  } else {
    return { error: `This ${schema.name} has an invalid version (${JSON.stringify(raw.v) ?? String(raw.v)}).` };
  }
  if (version > schema.current) {
    return {
      error: `This ${schema.name} was saved by a newer version of the extension (v${version}; this one reads up to v${schema.current}).`,
      fromVersion: version,
    };
  }
  let record: Record<string, unknown> = { ...raw };
  for (let from = version; from < schema.current; from++) {
    const step = schema.steps[from - 1];
    if (!step) return { error: `No migration from ${schema.name} v${from}.`, fromVersion: version };
    try {
      record = { ...step(record), v: from + 1 };
    } catch (e) {
      return {
        error: `This ${schema.name} could not be migrated from v${from}: ${messageOf(e)}`,
        fromVersion: version,
      };
    }
  }
  const checked = schema.validate(record);
  if ('error' in checked) return { error: checked.error, fromVersion: version };
  return { value: checked.value, replaced: [...replaced, ...checked.replaced], fromVersion: version };
}

/** Steps from each stored version to the next; empty while v1 is the only version. */
export const QUOTE_STEPS: readonly MigrationStep[] = [];

const KNOWN_FIELDS = new Set<string>([
  'v',
  'id',
  'text',
  'original',
  'variant',
  'speaker',
  'role',
  'outlet',
  'question',
  'conferenceTitle',
  'conferenceDate',
  'url',
  'fragmentUrl',
  'pageTitle',
  'savedAt',
]);

const EPOCH = new Date(0).toISOString();

function validSavedAt(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** Checks a current-version record field by field; a bad field gets a default and is reported. */
export function validateQuote(
  record: Record<string, unknown>,
  fallbackSavedAt: string = EPOCH,
): { value: Quote; replaced: Replacement[] } | { error: string } {
  const replaced: Replacement[] = [];
  const replace = (field: string, reason: string) => replaced.push({ field, reason, was: record[field] });

  const textOf = (field: 'text' | 'original'): string | null => {
    const raw = record[field];
    if (typeof raw !== 'string') return null;
    const capped = capLength(cleanText(raw), LIMITS.text);
    if (capped.cut) replace(field, `longer than ${LIMITS.text} characters; cut`);
    return capped.value === '' ? null : capped.value;
  };
  let text = textOf('text');
  let original = textOf('original');
  if (text === null && original === null) return { error: 'This quote has no text.' };
  if (text === null) {
    replace('text', 'missing or empty; the published text is used');
    text = original as string;
  }
  if (original === null) {
    replace('original', 'missing or empty; the shown text is used');
    original = text;
  }

  const line = (field: string, max: number): string | null => {
    const raw = record[field];
    if (raw === null || raw === undefined) return null;
    if (typeof raw !== 'string') {
      replace(field, `not text (${describe(raw)}); left empty`);
      return null;
    }
    const capped = capLength(cleanLine(raw), max);
    if (capped.cut) replace(field, `longer than ${max} characters; cut`);
    return capped.value === '' ? null : capped.value;
  };

  let url = validPageUrl(record.url);
  if (url === null) {
    replace('url', 'not a web address; left empty');
    url = '';
  }
  let savedAt = validSavedAt(record.savedAt);
  if (savedAt === null) {
    replace('savedAt', `not a time; set to ${fallbackSavedAt}`);
    savedAt = fallbackSavedAt;
  }
  let id = validId(record.id);
  if (id === null) {
    id = quoteId(url, original, savedAt);
    replace('id', `missing or invalid; derived as ${id}`);
  }
  let variant: Variant = 'original';
  if (VARIANTS.includes(record.variant as Variant)) variant = record.variant as Variant;
  else replace('variant', 'unknown reading variant; set to original');

  let conferenceDate: string | null = null;
  if (record.conferenceDate !== null && record.conferenceDate !== undefined) {
    conferenceDate = validIsoDate(record.conferenceDate);
    if (conferenceDate === null) replace('conferenceDate', 'not a yyyy-mm-dd date; left empty');
  }

  const question = line('question', LIMITS.question);

  const expectedFragment = url ? textFragmentUrl(url, original) : '';
  let fragmentUrl = expectedFragment;
  const storedFragment = record.fragmentUrl;
  // A stored link is kept when it points into the stored page; anything else is rebuilt from the text.
  if (typeof storedFragment === 'string' && url && storedFragment.startsWith(url.split('#')[0] ?? url)) {
    fragmentUrl = storedFragment;
  } else if (storedFragment !== expectedFragment) {
    replace('fragmentUrl', url ? 'missing or not a link into the page; rebuilt' : 'no page address; left empty');
  }

  for (const key of Object.keys(record)) {
    if (!KNOWN_FIELDS.has(key)) replace(key, 'unknown field; dropped');
  }

  return {
    value: {
      id,
      text,
      original,
      variant,
      speaker: line('speaker', LIMITS.label),
      role: line('role', LIMITS.label),
      outlet: line('outlet', LIMITS.label),
      question,
      conferenceTitle: line('conferenceTitle', LIMITS.label),
      conferenceDate,
      url,
      fragmentUrl,
      pageTitle: line('pageTitle', LIMITS.label),
      savedAt,
    },
    replaced,
  };
}

export const QUOTE_SCHEMA: VersionedSchema<Quote> = {
  name: 'quote',
  current: CURRENT_QUOTE_VERSION,
  steps: QUOTE_STEPS,
  validate: (record) => validateQuote(record),
};

export type MigrateQuoteResult =
  | { quote: Quote; replaced: Replacement[]; fromVersion: number; error?: undefined }
  | { quote?: undefined; replaced?: undefined; fromVersion?: number; error: string };

/** Any stored or imported value → a current quote (with every repair reported) or a one-line reason it is not one. */
export function migrateQuote(raw: unknown, options: { fallbackSavedAt?: string } = {}): MigrateQuoteResult {
  const schema: VersionedSchema<Quote> = options.fallbackSavedAt
    ? { ...QUOTE_SCHEMA, validate: (r) => validateQuote(r, options.fallbackSavedAt) }
    : QUOTE_SCHEMA;
  const result = migrateRecord(raw, schema);
  if (result.error !== undefined) return { error: result.error, fromVersion: result.fromVersion };
  return { quote: result.value, replaced: result.replaced, fromVersion: result.fromVersion };
}

/** One line per repair, for the popup's message after an import or a load. */
export function describeReplacement(r: Replacement): string {
  let was: string;
  try {
    was = r.was === undefined ? 'nothing' : (JSON.stringify(r.was) ?? String(r.was));
  } catch {
    was = String(r.was);
  }
  if (was.length > 60) was = was.slice(0, 59) + '…';
  return `${r.field}: ${r.reason} (was ${was})`;
}
