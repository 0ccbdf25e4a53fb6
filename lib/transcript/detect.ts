// Is this page a press-conference transcript? Evidence from the host and URL, the title and intro, and above all
// the body: journalists' questions answered by officials. A false positive is worse than a miss, so the body
// must show at least one journalist question followed by an answer, and a single one needs a press title.
import { hostHint as hostHintOf } from '../hosts';
import { COURT_LABEL_RE, FAQ_WORDS, INTERVIEW_WORDS, NOTICE_WORDS, PRESS_TITLE_WORDS, RECORD_WORDS } from './lexicon';
import { containsAny, findTitle } from './meta';
import { scanSource, type Scan } from './scan';
import { countCjk } from './text';
import { hitOf, turnsFromScan } from './turns';
import type { SourceDoc, Turn, Verdict } from './types';
export { quickReject, type QuickInput } from './quick';
import type { LabelHit, LabelShape } from './labels';

export function detect(src: SourceDoc): Verdict {
  const scan = scanSource(src);
  return verdictFromScan(src, scan, turnsFromScan(scan));
}

/** Answers given by an office rather than a person interviewed: 行政長官, 張英(市經信委總工程師), 答, 委员. */
const OFFICIAL_SHAPES: ReadonlySet<LabelShape> = new Set(['answer', 'host', 'legislator', 'named', 'title']);
/** Statements of an office that open a conference: 部長: (tw-mofa-20010115-tc), 新聞發言人 胡凱紅:. */
const STATEMENT_SHAPES: ReadonlySet<LabelShape> = new Set(['named', 'title']);
/** Journalist-official alternations that are a conference on their own, with no title or header: page 2 of a
 *  paginated transcript (mod-20200827-81cn-p2: 记者: … 吴谦: … three times; 问: … 景兰: … alike). An explainer's
 *  问/答 and an interview's title words still say no. */
const ALTERNATIONS_ALONE = 3;
/** An opening statement long enough to be one (not a greeting). */
const STATEMENT_MIN = 80;

interface Context {
  hostHint: string | null;
  /** A press word in the title, the intro, or the host's opening. */
  press: string | null;
  /** The title names the record of a conference (記者會談話紀錄, 新聞說明會紀要). */
  record: boolean;
  interview: string | null;
  faq: string | null;
  /** The title announces a conference to come. */
  notice: string | null;
}

function readContext(src: SourceDoc, scan: Scan, turns: Turn[], reasons: string[]): Context {
  const hostHint = src.url ? hostHintOf(src.url) : null;
  const title = src.title ?? findTitle(src, scan) ?? '';
  const titleWord = containsAny(title, PRESS_TITLE_WORDS);
  const introWord = containsAny(scan.context, PRESS_TITLE_WORDS);
  // The host announcing the conference before any question (我們記者會即將開始, tw-president-20200122-hackmd).
  const firstQuestion = turns.findIndex((t) => t.kind === 'question');
  const opening = turns.find((t, i) => t.kind === 'host' && (firstQuestion < 0 || i < firstQuestion));
  const hostWord = opening ? containsAny(opening.text.slice(0, 400), PRESS_TITLE_WORDS) : null;
  if (hostHint) reasons.push(`host: ${hostHint}`);
  if (titleWord) reasons.push(`title: ${titleWord}`);
  else if (introWord) reasons.push(`intro: ${introWord}`);
  else if (hostWord) reasons.push(`host's opening: ${hostWord}`);
  const press = titleWord ?? introWord ?? hostWord;
  return {
    hostHint,
    press,
    record: !!titleWord && !!containsAny(title, RECORD_WORDS),
    interview: containsAny(scan.context, INTERVIEW_WORDS),
    faq: titleWord || introWord ? null : containsAny(scan.context, FAQ_WORDS),
    notice: titleWord ? containsAny(title, NOTICE_WORDS) : null,
  };
}

interface Exchanges {
  strong: number;
  weak: number;
  /** Exchanges of a journalist's label answered by an office or a person the page names (记者: … 吴谦:). */
  alternations: number;
  legislators: number;
  questions: number;
}

/**
 * Questions answered. A question sure to come from the press: an outlet's journalist (新华社记者), a numbered outlet
 * (1、上海日報), or a bare 记者/问 answered by an official or under a press title. A bare 记者 answered by a plain
 * name is how media interviews are printed too, so it needs the press context, or a run of them.
 */
function countExchanges(turns: Turn[], hits: (LabelHit | null)[], ctx: Context): Exchanges {
  const out: Exchanges = { strong: 0, weak: 0, alternations: 0, legislators: 0, questions: 0 };
  const context = !!ctx.press;
  turns.forEach((t, i) => {
    const shape = hits[i]?.shape;
    if (shape === 'legislator') out.legislators++;
    if (t.kind === 'question') out.questions++;
    const next = turns[i + 1];
    if (t.kind !== 'question' || !next || next.kind === 'question') return;
    const numbered = hits[i]?.numbered || hits[i]?.bracketed;
    const answer = hits[i + 1];
    const official = OFFICIAL_SHAPES.has(answer?.shape ?? 'name');
    let sure = false;
    if (shape === 'journalist') sure = !!t.outlet || official || context || !!ctx.hostHint;
    else if (shape === 'question') sure = !ctx.faq && (official || context || !!ctx.hostHint);
    else if (shape === 'outlet') sure = !!numbered;
    if (sure) out.strong++;
    else if (shape !== 'legislator') out.weak++;
    const asker = shape === 'journalist' || (shape === 'question' && !ctx.faq);
    if (asker && (official || (answer?.shape === 'name' && answer.surname))) out.alternations++;
  });
  return out;
}

/**
 * A conference opened by its host and an official's statement, cut before the questions (scio-nbs-20190314-tc:
 * 新聞辦新聞發言人 胡凱紅, then the statistics spokesman's opening statement; tw-president-20200122-hackmd: the
 * spokesman announces the conference, then the president's statement). The official is an office's label or a
 * name the page gives a role.
 */
function hostedOpening(turns: Turn[], hits: (LabelHit | null)[], ctx: Context): boolean {
  if (!ctx.press) return false;
  const host = turns.some((t, i) => t.kind === 'host' && hits[i]?.shape !== 'title' && !!(t.speaker ?? t.role));
  return (
    host && turns.some((t, i) => t.kind === 'answer' && (STATEMENT_SHAPES.has(hits[i]?.shape ?? 'name') || !!t.role))
  );
}

/** An official's statement under a title that names the conference's record (部長: and the New-Year remarks under
 *  九十年度新春記者會談話紀錄, tw-mofa-20010115-tc). */
function recordedStatement(turns: Turn[], hits: (LabelHit | null)[], ctx: Context): boolean {
  return (
    ctx.record &&
    turns.some(
      (t, i) => t.kind === 'answer' && STATEMENT_SHAPES.has(hits[i]?.shape ?? 'name') && t.text.length >= STATEMENT_MIN,
    )
  );
}

export function verdictFromScan(src: SourceDoc, scan: Scan, turns: Turn[]): Verdict {
  const reasons: string[] = [];
  const hits = turns.map(hitOf);
  const totalCjk = src.blocks.reduce((n, b) => n + countCjk(b.text), 0);
  if (totalCjk < 20) return { press: false, score: 0, reasons: ['no Chinese text'] };

  const ctx = readContext(src, scan, turns, reasons);
  const context = !!ctx.press;
  const ex = countExchanges(turns, hits, ctx);
  const { strong, weak, legislators, questions } = ex;
  const alone = !context && ex.alternations >= ALTERNATIONS_ALONE;
  const exchanges = strong + (context || alone ? weak : 0);
  if (turns.length) {
    reasons.push(`${turns.length} speaker labels (${questions} questions, ${turns.length - questions} answers)`);
  }
  if (exchanges) reasons.push(`${exchanges} question-answer exchanges`);
  if (alone) reasons.push(`${ex.alternations} journalist-official alternations`);

  const hosted = hostedOpening(turns, hits, ctx);
  const recorded = !hosted && recordedStatement(turns, hits, ctx);
  if (hosted && !exchanges) reasons.push('host and official statement');
  if (recorded && !exchanges) reasons.push('official statement under a press-record title');
  let press = exchanges >= 2 || (exchanges >= 1 && (context || (!!ctx.hostHint && strong >= 1))) || hosted || recorded;
  if (legislators > 0 && strong === 0) reasons.push(`parliamentary labels (${legislators})`);
  if (ctx.faq && !strong) reasons.push(`explainer: ${ctx.faq}`);
  if (ctx.interview && !context && press) {
    press = false;
    reasons.push(`interview: ${ctx.interview}`);
  }
  // A court hearing's 审判长 and 被告人 question and answer, but no journalist asks (issue 15, point 7).
  const court = [...new Set(turns.map((t) => t.label).filter((l) => COURT_LABEL_RE.test(l)))];
  if (court.length >= 2) {
    press = false;
    reasons.push(`court hearing: ${court.slice(0, 3).join(', ')}`);
  }
  // 新闻发布会预告, 关于召开…发布会的通知: the conference is still to come.
  if (ctx.notice && !exchanges) {
    press = false;
    reasons.push(`notice of a coming conference: ${ctx.notice}`);
  }
  if (!turns.length) {
    const listed = src.blocks.filter((b) => b.text.length <= 80 && containsAny(b.text, PRESS_TITLE_WORDS)).length;
    reasons.push(
      listed >= 5 ? `index page: ${listed} lines name press conferences, no speaker labels` : 'no speaker labels',
    );
  } else if (!exchanges) {
    reasons.push('no journalist question answered');
  }
  return { press, score: scoreOf(press, strong, weak, context, !!ctx.hostHint), reasons };
}

/** Independent pieces of evidence, combined; the verdict bounds the score. */
function scoreOf(press: boolean, strong: number, weak: number, context: boolean, host: boolean): number {
  const evidence = [Math.min(strong, 4) * 0.25, context ? 0.35 : 0, host ? 0.15 : 0, Math.min(weak, 3) * 0.05];
  let score = 1 - evidence.reduce((p, e) => p * (1 - Math.min(e, 0.95)), 1);
  score = press ? Math.max(0.5, score) : Math.min(0.45, score * 0.5);
  return Math.round(score * 100) / 100;
}
