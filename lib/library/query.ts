// One search, start to end: the index's matches, the summaries of the conferences they fall in (for filters and
// counts), and the texts of only the page of exchanges shown.
import { sectionLink } from './links';
import type { ConferenceSummary, LibraryTranscript } from './model';
import { rankResults } from './rank';
import { exchangeOf, type Excerpt, type Facets, type Filters, type Ranking, type ResultRef } from './results';
import { conferencesOf, findMatches, type HitSource } from './search';

export interface LibraryReader extends HitSource {
  /** A map holding at least the summaries of `nos` (those still stored). */
  summaries(nos: Iterable<number>): Promise<ReadonlyMap<number, ConferenceSummary>>;
  transcript(no: number): Promise<LibraryTranscript | undefined>;
}

export interface Result {
  summary: ConferenceSummary;
  ref: ResultRef;
  question: Excerpt | null;
  passages: Excerpt[];
  /** The live page at this exchange. */
  link: string;
  /** Its section id (br-q-3), for the stored copy. */
  sectionId: string;
}

export interface SearchPage {
  facets: Facets;
  results: Result[];
}

export async function searchLibrary(
  reader: LibraryReader,
  query: string,
  options: { filters?: Filters; ranking?: Ranking; offset?: number; limit?: number } = {},
): Promise<SearchPage> {
  const matches = await findMatches(reader, query);
  const summaries = await reader.summaries(conferencesOf(matches));
  const { page: shown, facets } = rankResults(matches, summaries, options.filters, options.ranking, options);
  const texts = new Map<number, LibraryTranscript>();
  await Promise.all(
    [...new Set(shown.map((r) => r.conf))].map(async (no) => {
      const t = await reader.transcript(no);
      if (t) texts.set(no, t);
    }),
  );
  const out: Result[] = [];
  for (const ref of shown) {
    const t = texts.get(ref.conf);
    const summary = summaries.get(ref.conf);
    if (t && summary) {
      const link = sectionLink(summary.url, ref.section, t.sections);
      out.push({ summary, ref, ...exchangeOf(t, ref), link, sectionId: link.slice(link.indexOf('#') + 1) });
    }
  }
  return { facets, results: out };
}
