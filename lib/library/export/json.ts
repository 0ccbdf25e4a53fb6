// A whole transcript in the shape `npm run analyze -- --json` prints (docs/design.md), plus where it was read.
import { pickFigure, type LibraryTranscript } from '../model';

export function transcriptJson(t: LibraryTranscript): string {
  const doc = {
    press: t.press,
    score: t.score,
    reasons: t.reasons,
    title: t.title,
    date: t.date,
    script: t.script,
    // The analyze shape has no section index on a turn.
    turns: t.turns.map(({ section: _section, ...turn }) => turn),
    figures: t.figures.map(pickFigure),
    url: t.url,
    site: t.site,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
