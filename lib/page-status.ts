// What the detector reports about a page: the engine's verdict reduced to what the badge and popup show.
import { hostOf } from './hosts';
import type { PageStatus } from './messages';
import { analyzeSource } from './transcript/index';
import { sourceFromDocument } from './transcript/blocks';

export function analyzePage(doc: Document, url: string): PageStatus {
  const t = analyzeSource(sourceFromDocument(doc, url));
  const host = hostOf(url);
  return {
    url,
    host,
    press: t.press,
    score: t.score,
    reasons: t.reasons,
    title: t.title,
    date: t.date,
    questions: t.sections.filter((s) => s.kind === 'exchange').length,
    readerOpen: false,
    variant: 'original',
    script: null,
    pinyin: false,
  };
}
