// The store's door: every record that is written (a save, an import, an undo, a migrated stored record) passes
// here. A field that cannot be kept as it is falls back to a default and the replacement is reported; a record
// with nothing to keep is refused with a reason. Reasons and replacements are UI-string keys (locales/base.ts), so
// the background can put them in the user's language. What comes out validates again to itself, unchanged.
import { stripFragmentDirective, textFragmentUrl } from './fragment';
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
import { isWellFormed, toWellFormed } from './unicode';
import type { Variant } from '../script/types';

/** Why a record was refused: a UI-string key and its substitutions. */
export type RecordFault =
  | { key: 'entryNotQuote'; subs: [] }
  | { key: 'entryBadVersion'; subs: [version: string] }
  | { key: 'entryNewer'; subs: [version: string, supported: string] }
  | { key: 'entryNoStep'; subs: [version: string] }
  | { key: 'entryStepFailed'; subs: [version: string, detail: string] }
  | { key: 'entryNoText'; subs: [] }
  | { key: 'entryStoreFull'; subs: [max: string] };

export type RepairKey =
  | 'repairNoVersion'
  | 'repairCut'
  | 'repairNotText'
  | 'repairUnicode'
  | 'repairTextFromOriginal'
  | 'repairOriginalFromText'
  | 'repairUrl'
  | 'repairSavedAt'
  | 'repairFutureSavedAt'
  | 'repairId'
  | 'repairVariant'
  | 'repairConferenceDate'
  | 'repairFragment'
  | 'repairUnknownField';

/** A field that was not usable as given, what it held, and why it was replaced ($1 of the message is the field). */
export interface Replacement {
  field: string;
  key: RepairKey;
  subs: string[];
  was: unknown;
}

export type Validated<T> = { value: T; replaced: Replacement[]; fault?: undefined } | { fault: RecordFault };

export interface ValidateOptions {
  /** The moment of the write: nothing may be dated after it. */
  now: Date;
  /** Save time for a record without a readable one (an import uses the export's own time). */
  fallbackSavedAt?: string;
}

export const KNOWN_FIELDS: ReadonlySet<string> = new Set([
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

/** A conference is dated in China's calendar: up to a day ahead of UTC is still today somewhere it is held. */
const CONFERENCE_DATE_LEAD_MS = 24 * 3600 * 1000;
/** A text directive made by encodeDirectiveTerm: percent-encoded UTF-8 and the characters it leaves as they are. */
const DIRECTIVE = /^:~:text=[A-Za-z0-9%._~!*'()\-,&=]+$/;

/** The record's own value of `key`: never one inherited from Object.prototype (`constructor`, `__proto__`). */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

export function describeValue(raw: unknown): string {
  if (raw === null) return 'null';
  if (Array.isArray(raw)) return 'list';
  return typeof raw;
}

/** An ISO time written as toISOString writes it, within years 0000-9999 (so that it reads back the same). */
export function validSavedAt(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  const iso = new Date(t).toISOString();
  return /^\d{4}-/.test(iso) ? iso : null;
}

/** A link into `url` that only adds a text directive in the form this extension writes; anything else is rebuilt. */
export function isOwnFragmentUrl(fragmentUrl: string, url: string): boolean {
  if (url === '' || fragmentUrl.length > LIMITS.url * 2 || !isWellFormed(fragmentUrl)) return false;
  if (stripFragmentDirective(fragmentUrl) !== url || !fragmentUrl.startsWith(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(fragmentUrl);
  } catch {
    return false;
  }
  if (parsed.href !== fragmentUrl) return false;
  const directive = fragmentUrl.slice(url.length).replace(/^#/, '');
  return DIRECTIVE.test(directive);
}

/** A record being checked, and the replacements made so far in the order they were made. */
interface Check {
  record: Record<string, unknown>;
  replaced: Replacement[];
}

function replace(c: Check, field: string, key: RepairKey, ...subs: string[]): void {
  c.replaced.push({ field, key, subs, was: own(c.record, field) });
}

function wellFormed(c: Check, field: string, value: string): string {
  if (isWellFormed(value)) return value;
  replace(c, field, 'repairUnicode');
  return toWellFormed(value);
}

/** The quote's words as shown or as published, cleaned and capped; null when there are none. */
function textField(c: Check, field: 'text' | 'original'): string | null {
  const raw = own(c.record, field);
  if (typeof raw !== 'string') return null;
  const capped = capLength(cleanText(wellFormed(c, field, raw)), LIMITS.text);
  if (capped.cut) replace(c, field, 'repairCut', String(LIMITS.text));
  return capped.value === '' ? null : capped.value;
}

/** A one-line field (speaker, outlet, question …); null when absent, empty or not text. */
function lineField(c: Check, field: string, max: number): string | null {
  const raw = own(c.record, field);
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'string') {
    replace(c, field, 'repairNotText', describeValue(raw));
    return null;
  }
  const capped = capLength(cleanLine(wellFormed(c, field, raw)), max);
  if (capped.cut) replace(c, field, 'repairCut', String(max));
  return capped.value === '' ? null : capped.value;
}

/** Text and original, each standing in for the other when missing; null when both are. */
function textsOf(c: Check): { text: string; original: string } | null {
  const text = textField(c, 'text');
  const original = textField(c, 'original');
  if (text === null && original === null) return null;
  if (text === null) {
    replace(c, 'text', 'repairTextFromOriginal');
    return { text: original as string, original: original as string };
  }
  if (original === null) {
    replace(c, 'original', 'repairOriginalFromText');
    return { text, original: text };
  }
  return { text, original };
}

function urlOf(c: Check): string {
  const rawUrl = own(c.record, 'url');
  const url = typeof rawUrl === 'string' && isWellFormed(rawUrl) ? validPageUrl(rawUrl) : null;
  if (url !== null) return url;
  // '' is what a record whose address was lost keeps: it reads back as itself.
  if (rawUrl !== '') replace(c, 'url', 'repairUrl');
  return '';
}

function savedAtOf(c: Check, options: ValidateOptions): string {
  const rawSavedAt = own(c.record, 'savedAt');
  let savedAt = typeof rawSavedAt === 'string' ? validSavedAt(rawSavedAt) : null;
  if (savedAt === null) {
    savedAt = options.fallbackSavedAt ?? new Date(0).toISOString();
    replace(c, 'savedAt', 'repairSavedAt', savedAt);
  }
  if (Date.parse(savedAt) > options.now.getTime()) {
    // A future time would sort above everything the user saved, for ever: it becomes the moment of the write.
    savedAt = options.now.toISOString();
    replace(c, 'savedAt', 'repairFutureSavedAt', savedAt);
  }
  return savedAt;
}

function idOf(c: Check, url: string, original: string, savedAt: string): string {
  const rawId = own(c.record, 'id');
  const id = typeof rawId === 'string' && isWellFormed(rawId) ? validId(rawId) : null;
  if (id !== null) return id;
  const made = quoteId(url, original, savedAt);
  replace(c, 'id', 'repairId', made);
  return made;
}

function variantOf(c: Check): Variant {
  const rawVariant = own(c.record, 'variant');
  if (VARIANTS.includes(rawVariant as Variant)) return rawVariant as Variant;
  replace(c, 'variant', 'repairVariant');
  return 'original';
}

function conferenceDateOf(c: Check, now: Date): string | null {
  const rawDate = own(c.record, 'conferenceDate');
  if (rawDate === null || rawDate === undefined) return null;
  let conferenceDate = validIsoDate(rawDate);
  if (conferenceDate !== null && Date.parse(conferenceDate) > now.getTime() + CONFERENCE_DATE_LEAD_MS) {
    conferenceDate = null;
  }
  if (conferenceDate === null) replace(c, 'conferenceDate', 'repairConferenceDate');
  return conferenceDate;
}

/**
 * A stored link is kept when it only adds a directive to the stored page (it was made with the selection's
 * context, which is not stored); anything else is rebuilt from the published text.
 */
function fragmentUrlOf(c: Check, url: string, original: string): string {
  const rawFragment = own(c.record, 'fragmentUrl');
  if (typeof rawFragment === 'string' && isOwnFragmentUrl(rawFragment, url)) return rawFragment;
  const fragmentUrl = url ? textFragmentUrl(url, original) : '';
  if (rawFragment !== fragmentUrl) replace(c, 'fragmentUrl', 'repairFragment');
  return fragmentUrl;
}

/**
 * Checks a current-version record field by field. Never throws. The fields are read in a fixed order (the ones
 * others derive from first), which is also the order of the replacements reported.
 */
export function validateQuote(record: Record<string, unknown>, options: ValidateOptions): Validated<Quote> {
  const c: Check = { record, replaced: [] };
  const texts = textsOf(c);
  if (texts === null) return { fault: { key: 'entryNoText', subs: [] } };
  const { text, original } = texts;
  const url = urlOf(c);
  const savedAt = savedAtOf(c, options);
  const id = idOf(c, url, original, savedAt);
  const variant = variantOf(c);
  const conferenceDate = conferenceDateOf(c, options.now);
  const fragmentUrl = fragmentUrlOf(c, url, original);
  for (const key of Object.keys(record)) {
    if (!KNOWN_FIELDS.has(key)) replace(c, key, 'repairUnknownField');
  }
  return {
    value: {
      id,
      text,
      original,
      variant,
      speaker: lineField(c, 'speaker', LIMITS.label),
      role: lineField(c, 'role', LIMITS.label),
      outlet: lineField(c, 'outlet', LIMITS.label),
      question: lineField(c, 'question', LIMITS.question),
      conferenceTitle: lineField(c, 'conferenceTitle', LIMITS.label),
      conferenceDate,
      url,
      fragmentUrl,
      pageTitle: lineField(c, 'pageTitle', LIMITS.label),
      savedAt,
    },
    replaced: c.replaced,
  };
}
