// What a page's status says of its transcript: the engine's verdict reduced to what the badge and popup show (the
// reader adds its own state on top).
import { hostOf } from './url';
import type { PageStatus } from './protocol';
import type { Transcript } from './transcript/types';

/** A page about which nothing is known yet: no transcript, no reader, the page's own script. */
function blankStatus(url: string): PageStatus {
  return {
    url,
    host: hostOf(url),
    press: false,
    score: 0,
    reasons: [],
    title: null,
    date: null,
    questions: 0,
    readerOpen: false,
    variant: 'original',
    script: null,
    pinyin: false,
  };
}

export function statusOf(t: Transcript, url: string): PageStatus {
  return {
    ...blankStatus(url),
    press: t.press,
    score: t.score,
    reasons: t.reasons,
    title: t.title,
    date: t.date,
    questions: t.sections.filter((s) => s.kind === 'exchange').length,
  };
}

/**
 * The global where the detector leaves its verdict in the extension's isolated world (content scripts of one
 * extension share it; the page's own scripts never see it). The popup reads it where no script answers messages.
 */
export const DETECTOR_VERDICT = '__briefingReaderDetector';

export type DetectorVerdict = 'rejected' | 'candidate';

/** What the popup shows for a page the detector ruled out at first look. */
export function rejectedStatus(url: string, title: string | null): PageStatus {
  return {
    ...blankStatus(url),
    reasons: ['no speaker labels or press-conference title near the start of the page'],
    title: title || null,
  };
}
