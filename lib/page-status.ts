// What a page's status says of its transcript: the engine's verdict reduced to what the badge and popup show (the
// reader adds its own state on top).
import { hostOf } from './hosts';
import type { PageStatus } from './messages';
import type { Transcript } from './transcript/types';

export function statusOf(t: Transcript, url: string): PageStatus {
  return {
    url,
    host: hostOf(url),
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
