// Is this page a press-conference transcript? Evidence from the host and URL, the title and intro, and above all
// the body: journalists' questions answered by officials. A false positive is worse than a miss, so the body
// must show at least one journalist question followed by an answer, and a single one needs a press title.
import { hostHint as hostHintOf } from '../hosts';
import { FAQ_WORDS, INTERVIEW_WORDS, PRESS_TITLE_WORDS } from './lexicon';
import { containsAny, findTitle } from './meta';
import { scanSource, type Scan } from './scan';
import { countCjk } from './text';
import { turnsFromScan } from './turns';
import type { SourceDoc, Turn, Verdict } from './types';
export { quickReject, type QuickInput } from './quick';
import type { LabelShape } from './labels';

export function detect(src: SourceDoc): Verdict {
  const scan = scanSource(src);
  return verdictFromScan(src, scan, turnsFromScan(scan));
}

/** Answers given by an office rather than a person interviewed: 行政長官, 張英(市經信委總工程師), 答, 委员. */
const OFFICIAL_SHAPES: ReadonlySet<LabelShape> = new Set(['answer', 'host', 'legislator', 'named', 'title']);

export function verdictFromScan(src: SourceDoc, scan: Scan, turns: Turn[]): Verdict {
  const reasons: string[] = [];
  const hits = scan.units.filter((u) => u.hit).map((u) => u.hit);
  const totalCjk = src.blocks.reduce((n, b) => n + countCjk(b.text), 0);
  if (totalCjk < 20) return { press: false, score: 0, reasons: ['no Chinese text'] };

  // Host and URL.
  const hostHint = src.url ? hostHintOf(src.url) : null;
  const titleWord = containsAny(src.title ?? findTitle(src, scan) ?? '', PRESS_TITLE_WORDS);
  const introWord = containsAny(scan.context, PRESS_TITLE_WORDS);
  const interview = containsAny(scan.context, INTERVIEW_WORDS);
  const faq = titleWord || introWord ? null : containsAny(scan.context, FAQ_WORDS);
  if (hostHint) reasons.push(`host: ${hostHint}`);
  if (titleWord) reasons.push(`title: ${titleWord}`);
  else if (introWord) reasons.push(`intro: ${introWord}`);

  const context = !!(titleWord || introWord);

  // Body: questions answered. A question sure to come from the press: an outlet's journalist (新华社记者), a
  // numbered outlet (1、上海日報), or a bare 记者/问 answered by an official or under a press title. A bare 记者
  // answered by a plain name is how media interviews are printed too, so it needs the press context.
  let strong = 0;
  let weak = 0;
  let legislators = 0;
  let questions = 0;
  let answers = 0;
  turns.forEach((t, i) => {
    const shape = hits[i]?.shape;
    if (shape === 'legislator') legislators++;
    if (t.kind === 'question') questions++;
    else answers++;
    const next = turns[i + 1];
    if (t.kind !== 'question' || !next || next.kind === 'question') return;
    const numbered = hits[i]?.numbered || hits[i]?.bracketed;
    const official = OFFICIAL_SHAPES.has(hits[i + 1]?.shape ?? 'name');
    let sure = false;
    if (shape === 'journalist') sure = !!t.outlet || official || context || !!hostHint;
    else if (shape === 'question') sure = !faq && (official || context || !!hostHint);
    else if (shape === 'outlet') sure = !!numbered;
    if (sure) strong++;
    else if (shape !== 'legislator') weak++;
  });
  const exchanges = strong + (context ? weak : 0);
  if (turns.length) reasons.push(`${turns.length} speaker labels (${questions} questions, ${answers} answers)`);
  if (exchanges) reasons.push(`${exchanges} question-answer exchanges`);

  // A conference opened by its host and an official's statement, cut before the questions
  // (scio-nbs-20190314-tc: 新聞辦新聞發言人 胡凱紅, then the statistics spokesman's opening statement).
  const hosted =
    context &&
    turns.some((t, i) => t.kind === 'host' && (hits[i]?.shape === 'host' || hits[i]?.shape === 'named')) &&
    turns.some((t, i) => t.kind === 'answer' && (hits[i]?.shape === 'named' || hits[i]?.shape === 'title'));
  if (hosted && !exchanges) reasons.push('host and official statement');
  let press = exchanges >= 2 || (exchanges >= 1 && (context || (!!hostHint && strong >= 1))) || hosted;
  if (legislators > 0 && strong === 0) reasons.push(`parliamentary labels (${legislators})`);
  if (faq && !strong) reasons.push(`explainer: ${faq}`);
  if (interview && !context && press) {
    press = false;
    reasons.push(`interview: ${interview}`);
  }
  if (!turns.length) {
    const listed = src.blocks.filter((b) => b.text.length <= 80 && containsAny(b.text, PRESS_TITLE_WORDS)).length;
    reasons.push(
      listed >= 5 ? `index page: ${listed} lines name press conferences, no speaker labels` : 'no speaker labels',
    );
  } else if (!exchanges) {
    reasons.push('no journalist question answered');
  }

  // Score: independent pieces of evidence, combined; the verdict bounds it.
  const evidence = [Math.min(strong, 4) * 0.25, context ? 0.35 : 0, hostHint ? 0.15 : 0, Math.min(weak, 3) * 0.05];
  let score = 1 - evidence.reduce((p, e) => p * (1 - Math.min(e, 0.95)), 1);
  score = press ? Math.max(0.5, score) : Math.min(0.45, score * 0.5);
  return { press, score: Math.round(score * 100) / 100, reasons };
}
