// "Said before": earlier answers in the library holding a phrase selected in the reader, the same speaker first.
// The background answers the reader with plain data: what to show and where each answer lives.
import type { Excerpt } from './results';
import { searchLibrary, type LibraryReader } from './query';

export type KeepResult =
  | { kept: true; no: number; replaced: boolean }
  | { kept: false; reason: 'off' | 'excluded' | 'invalid' | 'quota' | 'failed'; message: string };

export interface SaidBeforeQuery {
  text: string;
  speaker: string | null;
  /** The page being read: its own answers are not "before". */
  url: string;
}

export interface SaidBeforeItem {
  title: string | null;
  date: string | null;
  who: string | null;
  /** The live page at the exchange. */
  link: string;
  passage: Excerpt;
}

export interface SaidBefore {
  total: number;
  items: SaidBeforeItem[];
}

export async function saidBefore(reader: LibraryReader, q: SaidBeforeQuery, limit = 8): Promise<SaidBefore> {
  const page = await searchLibrary(reader, q.text.slice(0, 60), {
    ranking: { answersOnly: true, preferSpeaker: q.speaker, excludeUrl: q.url.replace(/#.*$/, '') },
    limit,
  });
  return {
    total: page.facets.total,
    items: page.results.flatMap((r) =>
      r.passages.slice(0, 1).map((passage) => ({
        title: r.summary.title,
        date: r.summary.date,
        who: passage.who,
        link: r.link,
        passage,
      })),
    ),
  };
}
