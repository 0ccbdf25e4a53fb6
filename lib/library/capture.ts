// The library's copy of a transcript the reader has open: the engine's model without its DOM blocks.
import type { Figure } from '../figures/types';
import type { Script } from '../script/types';
import type { Transcript } from '../transcript/types';
import { pickFigure, pickSection, pickTurn, type LibraryTranscript } from './model';

export function captureTranscript(
  t: Transcript,
  where: { url: string; site: string; script: Script; figures: readonly Figure[]; savedAt: Date },
): LibraryTranscript {
  return {
    // The section link (#br-q-3) is the reader's state, not the page's address.
    url: where.url.replace(/#.*$/, ''),
    site: where.site,
    title: t.title,
    date: t.date,
    script: where.script,
    press: t.press,
    score: t.score,
    reasons: [...t.reasons],
    turns: t.turns.map(pickTurn),
    sections: t.sections.map(pickSection),
    figures: where.figures.map(pickFigure),
    savedAt: where.savedAt.toISOString(),
  };
}
