// A whole transcript in the shape `npm run analyze -- --json` prints (docs/design.md), plus where it was read.
import type { LibraryTranscript } from '../model';

export function transcriptJson(t: LibraryTranscript): string {
  const doc = {
    press: t.press,
    score: t.score,
    reasons: t.reasons,
    title: t.title,
    date: t.date,
    script: t.script,
    turns: t.turns.map(({ kind, label, speaker, role, outlet, text }) => ({
      kind,
      label,
      speaker,
      role,
      outlet,
      text,
    })),
    figures: t.figures.map(({ text, value, unit, kind, approx, turn }) => ({ text, value, unit, kind, approx, turn })),
    url: t.url,
    site: t.site,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
