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

/** Checks a current-version record field by field. Never throws. */
export function validateQuote(record: Record<string, unknown>, options: ValidateOptions): Validated<Quote> {
  const now = options.now;
  const replaced: Replacement[] = [];
  const replace = (field: string, key: RepairKey, ...subs: string[]) =>
    replaced.push({ field, key, subs, was: own(record, field) });
  const wellFormed = (field: string, value: string): string => {
    if (isWellFormed(value)) return value;
    replace(field, 'repairUnicode');
    return toWellFormed(value);
  };

  const textOf = (field: 'text' | 'original'): string | null => {
    const raw = own(record, field);
    if (typeof raw !== 'string') return null;
    const capped = capLength(cleanText(wellFormed(field, raw)), LIMITS.text);
    if (capped.cut) replace(field, 'repairCut', String(LIMITS.text));
    return capped.value === '' ? null : capped.value;
  };
  let text = textOf('text');
  let original = textOf('original');
  if (text === null && original === null) return { fault: { key: 'entryNoText', subs: [] } };
  if (text === null) {
    replace('text', 'repairTextFromOriginal');
    text = original as string;
  }
  if (original === null) {
    replace('original', 'repairOriginalFromText');
    original = text;
  }

  const line = (field: string, max: number): string | null => {
    const raw = own(record, field);
    if (raw === null || raw === undefined) return null;
    if (typeof raw !== 'string') {
      replace(field, 'repairNotText', describeValue(raw));
      return null;
    }
    const capped = capLength(cleanLine(wellFormed(field, raw)), max);
    if (capped.cut) replace(field, 'repairCut', String(max));
    return capped.value === '' ? null : capped.value;
  };

  const rawUrl = own(record, 'url');
  let url = typeof rawUrl === 'string' && isWellFormed(rawUrl) ? validPageUrl(rawUrl) : null;
  if (url === null) {
    // '' is what a record whose address was lost keeps: it reads back as itself.
    if (rawUrl !== '') replace('url', 'repairUrl');
    url = '';
  }

  const rawSavedAt = own(record, 'savedAt');
  let savedAt = typeof rawSavedAt === 'string' ? validSavedAt(rawSavedAt) : null;
  if (savedAt === null) {
    savedAt = options.fallbackSavedAt ?? new Date(0).toISOString();
    replace('savedAt', 'repairSavedAt', savedAt);
  }
  if (Date.parse(savedAt) > now.getTime()) {
    // A future time would sort above everything the user saved, for ever: it becomes the moment of the write.
    savedAt = now.toISOString();
    replace('savedAt', 'repairFutureSavedAt', savedAt);
  }

  const rawId = own(record, 'id');
  let id = typeof rawId === 'string' && isWellFormed(rawId) ? validId(rawId) : null;
  if (id === null) {
    id = quoteId(url, original, savedAt);
    replace('id', 'repairId', id);
  }

  let variant: Variant = 'original';
  const rawVariant = own(record, 'variant');
  if (VARIANTS.includes(rawVariant as Variant)) variant = rawVariant as Variant;
  else replace('variant', 'repairVariant');

  let conferenceDate: string | null = null;
  const rawDate = own(record, 'conferenceDate');
  if (rawDate !== null && rawDate !== undefined) {
    conferenceDate = validIsoDate(rawDate);
    if (conferenceDate !== null && Date.parse(conferenceDate) > now.getTime() + CONFERENCE_DATE_LEAD_MS) {
      conferenceDate = null;
    }
    if (conferenceDate === null) replace('conferenceDate', 'repairConferenceDate');
  }

  // A stored link is kept when it only adds a directive to the stored page (it was made with the selection's
  // context, which is not stored); anything else is rebuilt from the published text.
  const rawFragment = own(record, 'fragmentUrl');
  let fragmentUrl: string;
  if (typeof rawFragment === 'string' && isOwnFragmentUrl(rawFragment, url)) fragmentUrl = rawFragment;
  else {
    fragmentUrl = url ? textFragmentUrl(url, original) : '';
    if (rawFragment !== fragmentUrl) replace('fragmentUrl', 'repairFragment');
  }

  for (const key of Object.keys(record)) {
    if (!KNOWN_FIELDS.has(key)) replace(key, 'repairUnknownField');
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
      question: line('question', LIMITS.question),
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
