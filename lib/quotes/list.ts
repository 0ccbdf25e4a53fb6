// Ordering, grouping and search of saved quotes for the popup.
import type { Quote } from './model';
import { siteOf } from '../url';

export interface QuoteGroup {
  /** Stable key: title + date + host. */
  key: string;
  /** Conference title, or the page title for quotes from other pages. */
  title: string | null;
  date: string | null;
  host: string;
  /** Newest first. */
  quotes: Quote[];
  /** savedAt of the newest quote in the group. */
  latest: string;
}

/** Newest first; equal times keep a stable order by id. */
export function compareNewestFirst(a: Quote, b: Quote): number {
  if (a.savedAt !== b.savedAt) return a.savedAt < b.savedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortNewestFirst(quotes: readonly Quote[]): Quote[] {
  return [...quotes].sort(compareNewestFirst);
}

/** Groups by conference (title + date + host), groups ordered by their newest quote, quotes newest first. */
export function groupByConference(quotes: readonly Quote[]): QuoteGroup[] {
  const groups = new Map<string, QuoteGroup>();
  for (const quote of sortNewestFirst(quotes)) {
    const title = quote.conferenceTitle ?? quote.pageTitle;
    const date = quote.conferenceDate;
    const host = siteOf(quote.url);
    const key = JSON.stringify([title, date, host]);
    let group = groups.get(key);
    if (!group) {
      group = { key, title, date, host, quotes: [], latest: quote.savedAt };
      groups.set(key, group);
    }
    group.quotes.push(quote);
  }
  // Quotes were visited newest first, so insertion order is already newest-group first.
  return [...groups.values()];
}

/** Width/compatibility forms folded, case folded, whitespace collapsed. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
}

function haystack(q: Quote): string {
  return [q.text, q.original, q.speaker, q.role, q.outlet, q.question, q.conferenceTitle, q.pageTitle, q.url]
    .filter((s): s is string => typeof s === 'string')
    .join('\n');
}

/**
 * Quotes matching every whitespace-separated term of `query`, in the order given. Pass a normaliser (e.g. a
 * converter to Simplified) to match across scripts: 發佈會 finds 发布会 once both sides go through it.
 */
export function searchQuotes(
  quotes: readonly Quote[],
  query: string,
  normalise: (text: string) => string = (s) => s,
): Quote[] {
  const terms = fold(normalise(query))
    .split(' ')
    .filter((t) => t !== '');
  if (terms.length === 0) return [...quotes];
  return quotes.filter((q) => {
    const hay = fold(normalise(haystack(q)));
    return terms.every((t) => hay.includes(t));
  });
}
