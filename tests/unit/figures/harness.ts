// Scores the figures engine on the fixture pages (each text line taken as a turn), the way the corpus eval tool
// does once `analyze` exists. Run: npx tsx tests/unit/figures/harness.ts [-v]
import { findFigures } from '../../../lib/figures/index';
import { loadPages, scoreFigures } from './corpus';

const verbose = process.argv.includes('-v');
const T = { good: 0, pred: 0, found: 0, gold: 0 };
for (const page of loadPages()) {
  const turns = page.lines.map((text) => ({ text }));
  const figs = findFigures({ turns } as never);
  const s = scoreFigures(page.expected, figs);
  const counted = page.expected.press && (page.expected.figures?.length ?? 0) > 0;
  if (counted) {
    T.good += s.good;
    T.pred += s.pred;
    T.found += s.found;
    T.gold += s.gold;
  }
  let line = `${page.id}${counted ? '' : ' (not scored)'}: figures ${s.found}/${s.gold} found, ${s.pred - s.good} wrong, ${s.banned.length} banned`;
  if (verbose && s.missed.length) line += `\n    missed: ${s.missed.join(' ')}`;
  if (verbose && s.wrong.length) line += `\n    wrong: ${s.wrong.join(' ')}`;
  if (verbose && s.banned.length) line += `\n    banned: ${s.banned.join(' ')}`;
  if (process.argv.includes('-a'))
    line += `\n    all: ${figs.map((f) => `${f.text}=${f.value}${f.high ? '~' + f.high : ''}[${f.kind}${f.approx ? ',~' : ''}]`).join(' ')}`;
  console.log(line);
}
const r = (a: number, b: number): string => (b ? a / b : 1).toFixed(3);
console.log(
  `SUMMARY figures P ${r(T.good, T.pred)} R ${r(T.found, T.gold)} (${T.good}/${T.pred} good, ${T.found}/${T.gold} found)`,
);
