// The library's copy of a transcript the reader has open: the engine's model without its DOM blocks.
import type { Figure } from '../figures/types';
import type { Script } from '../script/types';
import type { Transcript } from '../transcript/types';
import type { LibraryTranscript } from './model';

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
    turns: t.turns.map(({ kind, label, speaker, role, outlet, text, section }) => ({
      kind,
      label,
      speaker,
      role,
      outlet,
      text,
      section,
    })),
    sections: t.sections.map(({ kind, turns, number }) =>
      number === undefined ? { kind, turns: [...turns] } : { kind, turns: [...turns], number },
    ),
    figures: where.figures.map(({ text, value, unit, kind, approx, turn }) => ({
      text,
      value,
      unit,
      kind,
      approx,
      turn,
    })),
    savedAt: where.savedAt.toISOString(),
  };
}
