// One search, start to end: the index's matches, the turn table of the conferences they fall in (for filters and
// counts), and the summaries and texts of only the page of exchanges shown.
import { sectionLink } from './links';
import type { ConferenceSummary, LibraryTranscript } from './model';
import { rankResults } from './rank';
import { exchangeOf, type Excerpt, type Facets, type Filters, type Ranking, type ResultRef } from './results';
import { findMatches, MatchRoom, type HitSource, type MatchSet } from './search';
import type { TurnTable } from './turn-table';

export interface LibraryReader extends HitSource {
  /** A map holding at least the summaries of `nos` (those still stored). */
  summaries(nos: Iterable<number>): Promise<ReadonlyMap<number, ConferenceSummary>>;
  transcript(no: number): Promise<LibraryTranscript | undefined>;
  /** A turn table holding at least the conferences of `matches` that are still stored. */
  turnTable(matches: MatchSet): Promise<TurnTable>;
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
  // A room per search running: searches overlap (each awaits the database), and none may write another's matches.
  const room = ROOMS.pop() ?? new MatchRoom();
  try {
    return await searchWith(reader, query, options, room);
  } finally {
    ROOMS.push(room);
  }
}

const ROOMS: MatchRoom[] = [];

async function searchWith(
  reader: LibraryReader,
  query: string,
  options: { filters?: Filters; ranking?: Ranking; offset?: number; limit?: number },
  room: MatchRoom,
): Promise<SearchPage> {
  const matches = await findMatches(reader, query, undefined, room);
  const table = await reader.turnTable(matches);
  const { page: shown, facets } = rankResults(matches, table, options.filters, options.ranking, options);
  const nos = [...new Set(shown.map((r) => r.conf))];
  const summaries = await reader.summaries(nos);
  const texts = new Map<number, LibraryTranscript>();
  await Promise.all(
    nos.map(async (no) => {
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
