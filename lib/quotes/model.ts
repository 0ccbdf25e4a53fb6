// The quote model: what a saved quote holds, and the one place where user-supplied text becomes a quote.
import type { Variant } from '../script/types';
import { stripFragmentDirective, textFragmentUrl, type FragmentContext } from './fragment';
import { toWellFormed } from './unicode';

export interface Quote {
  /** Stable identity: a uuid from the caller, or derived from url + original + savedAt. */
  id: string;
  /** The text as the reader saw it (possibly converted to another script). Paragraphs joined by \n. */
  text: string;
  /** The same passage as published on the page. */
  original: string;
  /** The reading variant `text` was shown in. */
  variant: Variant;
  /** Who said it (answers and host remarks); null for a question or a page that is not a transcript. */
  speaker: string | null;
  role: string | null;
  /** Outlet of the journalist who asked the question the quote belongs to (for a quoted question: its asker). */
  outlet: string | null;
  /** Text of the question the quote answers (or belongs to), if any. */
  question: string | null;
  conferenceTitle: string | null;
  /** yyyy-mm-dd */
  conferenceDate: string | null;
  /** Page address without any text directive; '' only for a repaired record whose address was lost. */
  url: string;
  /** Link that scrolls back to the passage (`#:~:text=`), or '' when there is no url. */
  fragmentUrl: string;
  pageTitle: string | null;
  /** ISO 8601 (UTC). */
  savedAt: string;
}

export type QuoteField = keyof Quote;

export const VARIANTS: readonly Variant[] = ['original', 'hans', 'tw', 'hk'];

/** Caps, in code points. A quote can be a whole answer; labels and titles are never paragraphs. */
export const LIMITS = {
  text: 20000,
  question: 2000,
  label: 300,
  url: 8000,
  id: 200,
} as const;

export interface QuoteInput {
  text: string;
  /** As published; defaults to `text`. */
  original?: string | null;
  variant?: Variant | null;
  speaker?: string | null;
  role?: string | null;
  outlet?: string | null;
  question?: string | null;
  conferenceTitle?: string | null;
  conferenceDate?: string | null;
  url: string;
  pageTitle?: string | null;
  /** Published text right before/after the selection in the same paragraph; makes the fragment link exact. */
  context?: FragmentContext;
}

/**
 * Why a selection cannot become a quote: the key of a UI string (locales/base.ts). The model stays free of the
 * browser's i18n; the background puts the message in the user's language.
 */
export type QuoteFault = 'quoteNoText' | 'quoteNoAddress' | 'quoteBadClock' | 'quoteBadId';

export type CreateResult =
  | { quote: Quote; truncated: QuoteField[]; fault?: undefined }
  | { quote?: undefined; truncated?: undefined; fault: QuoteFault };

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Quote text: paragraphs kept (one \n), whitespace inside a paragraph collapsed, blank lines dropped. */
export function cleanText(value: string): string {
  return toWellFormed(value)
    .replace(INVISIBLE, '')
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map(cleanLine)
    .filter((line) => line !== '')
    .join('\n');
}

/** A one-line field (name, role, title): all whitespace collapsed. */
export function cleanLine(value: string): string {
  return toWellFormed(value).replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Cuts to `max` code points (never inside a surrogate pair) and marks the cut with an ellipsis. */
export function capLength(value: string, max: number): { value: string; cut: boolean } {
  const points = Array.from(value);
  if (points.length <= max) return { value, cut: false };
  return {
    value:
      points
        .slice(0, max - 1)
        .join('')
        .trimEnd() + '…',
    cut: true,
  };
}

/** A real calendar date in yyyy-mm-dd, or null. */
export function validIsoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return value.trim();
}

/** Most quotes a clipboard keeps: beyond it a save or an import is refused, so no page can flood the store. */
export const MAX_QUOTES = 10000;

/**
 * A web address (http or https) with any text directive removed, or null when it is not one. Whitespace or a
 * control character inside is refused rather than dropped: the URL parser would silently remove a line break, and
 * what a link hides must not reach an export.
 */
export function validPageUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > LIMITS.url || /[\s\p{Cc}]/u.test(trimmed)) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return stripFragmentDirective(parsed.href);
}

/** 53-bit string hash (cyrb53); two seeds give 106 bits, plenty to keep ids of distinct quotes apart. */
function hash53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Deterministic id: the same save (page, passage, moment) always gets the same id, on any device. */
export function quoteId(url: string, original: string, savedAt: string): string {
  const key = `${url}\u0000${original}\u0000${savedAt}`;
  return 'q-' + hash53(key, 1).toString(16).padStart(14, '0') + hash53(key, 2).toString(16).padStart(14, '0');
}

export function validId(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const id = value.trim();
  return id !== '' && id.length <= LIMITS.id && !/\s|\p{Cc}/u.test(id) ? id : null;
}

function optionalLine(value: string | null | undefined, max: number, field: QuoteField, cut: QuoteField[]) {
  if (typeof value !== 'string') return null;
  const capped = capLength(cleanLine(value), max);
  if (capped.cut) cut.push(field);
  return capped.value === '' ? null : capped.value;
}

function contextOf(value: unknown): FragmentContext {
  if (typeof value !== 'object' || value === null) return {};
  const { before, after } = value as Record<string, unknown>;
  return {
    before: typeof before === 'string' ? toWellFormed(before) : undefined,
    after: typeof after === 'string' ? toWellFormed(after) : undefined,
  };
}

/**
 * Builds a quote from what the page and the selection give. Returns a fault (never throws) when the input cannot
 * be a quote: no text, no web address, an invalid clock. Overlong fields are cut and listed in `truncated`; the
 * fragment link is made from the untruncated published text so it still finds the whole passage.
 */
export function createQuote(input: QuoteInput, now: Date, id?: string): CreateResult {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) return { fault: 'quoteBadClock' };
  // The input comes in a message: any shape can arrive, and nothing here may throw on it.
  if (typeof input !== 'object' || input === null) return { fault: 'quoteNoText' };
  const fullText = cleanText(typeof input.text === 'string' ? input.text : '');
  if (fullText === '') return { fault: 'quoteNoText' };
  const fullOriginal = typeof input.original === 'string' ? cleanText(input.original) : '';
  const url = validPageUrl(input.url);
  if (url === null) return { fault: 'quoteNoAddress' };
  let quoteIdValue: string | undefined;
  if (id !== undefined) {
    const checked = validId(id);
    if (checked === null) return { fault: 'quoteBadId' };
    quoteIdValue = checked;
  }

  const truncated: QuoteField[] = [];
  const text = capLength(fullText, LIMITS.text);
  if (text.cut) truncated.push('text');
  const publishedFull = fullOriginal === '' ? fullText : fullOriginal;
  const original = capLength(publishedFull, LIMITS.text);
  if (original.cut) truncated.push('original');
  const variant = input.variant && VARIANTS.includes(input.variant) ? input.variant : 'original';
  const savedAt = now.toISOString();

  const question =
    typeof input.question === 'string'
      ? capLength(cleanText(input.question).replace(/\n/g, ' '), LIMITS.question)
      : null;
  if (question?.cut) truncated.push('question');

  const quote: Quote = {
    id: quoteIdValue ?? quoteId(url, original.value, savedAt),
    text: text.value,
    original: original.value,
    variant,
    speaker: optionalLine(input.speaker, LIMITS.label, 'speaker', truncated),
    role: optionalLine(input.role, LIMITS.label, 'role', truncated),
    outlet: optionalLine(input.outlet, LIMITS.label, 'outlet', truncated),
    question: question && question.value !== '' ? question.value : null,
    conferenceTitle: optionalLine(input.conferenceTitle, LIMITS.label, 'conferenceTitle', truncated),
    conferenceDate: validIsoDate(input.conferenceDate),
    url,
    fragmentUrl: textFragmentUrl(url, publishedFull, contextOf(input.context)),
    pageTitle: optionalLine(input.pageTitle, LIMITS.label, 'pageTitle', truncated),
    savedAt,
  };
  return { quote, truncated };
}
