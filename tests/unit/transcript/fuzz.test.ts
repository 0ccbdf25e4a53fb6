import { describe, expect, it } from 'vitest';
import { blocksFromText, sourceFromDocument } from '../../../lib/transcript/blocks';
import { analyzeSource } from '../../../lib/transcript/index';
import type { Transcript } from '../../../lib/transcript/types';
import { parseDocument } from './load';
// A seeded generator, so a failing document can be regenerated from its number.
import { rng as prng } from './stress';

const TAGS = [
  'p',
  'div',
  'br',
  'strong',
  'b',
  'a',
  'span',
  'li',
  'ul',
  'table',
  'td',
  'tr',
  'script',
  'style',
  'h1',
  'font',
  'nav',
  'footer',
  'img',
  'iframe',
  'svg',
  'template',
];
const PIECES = [
  ':',
  '：',
  '∶',
  '︰',
  '【',
  '】',
  '[',
  ']',
  '(',
  ')',
  '（',
  '）',
  '、',
  '1、',
  '。',
  '？',
  ' ',
  '\u3000',
  '\n',
  '|',
  '&nbsp;',
  '&#x0;',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  'a:b:c:',
  'Reporter: question?',
  'http://x.y/z?a=b:c',
  '12:30',
  '2018-06-12',
  '记者',
  '記者:',
  '问:',
  '答:',
  '毛宁:',
  '张英(市經信委總工程師):',
  '[路透社記者]',
  '【束珏婷】:',
  '主持人 胡凯红:',
  '來源:',
  '完',
  '分享按鈕',
  '例行记者会',
  '新聞發佈會',
  '張委員宏陸:',
  '中方对此有何评论?',
  '首先非常感謝。',
];

// The generator's rarer branches, counted with the tags and pieces.
const HIDDEN = 'display:none';
const UNTERMINATED = 'an unterminated tag';
const MISMATCHED = 'a mismatched close';

/** How often each tag, piece and branch went into the generated documents: a run must cover them all. */
type Drawn = Map<string, number>;

function randomDocument(rand: () => number, drawn: Drawn): string {
  const out: string[] = [];
  const open: string[] = [];
  const n = 5 + Math.floor(rand() * 200);
  const note = <T extends string>(x: T): T => (drawn.set(x, (drawn.get(x) ?? 0) + 1), x);
  const pick = <T extends string>(xs: readonly T[]): T => note(xs[Math.floor(rand() * xs.length)] as T);
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.3) {
      const tag = pick(TAGS);
      const attrs =
        rand() < 0.3
          ? ` class="${pick(['share', 'content', 'nav', 'x'])}" style="${rand() < 0.2 ? note(HIDDEN) : ''}"`
          : '';
      out.push(rand() < 0.1 ? note(UNTERMINATED) && `<${tag}${attrs}` : `<${tag}${attrs}>`);
      open.push(tag);
    } else if (r < 0.45 && open.length) {
      out.push(`</${rand() < 0.8 ? open.pop() : note(MISMATCHED) && pick(TAGS)}>`);
    } else if (r < 0.6) {
      out.push(
        String.fromCharCode(...Array.from({ length: 1 + Math.floor(rand() * 20) }, () => 32 + Math.floor(rand() * 95))),
      );
    } else {
      out.push(pick(PIECES));
    }
  }
  return out.join('');
}

/** What is wrong with a transcript's shape, as one list, so a document of 40,000 turns costs one assertion. */
function shapeProblems(t: Transcript): string[] {
  const problems: string[] = [];
  if (typeof t.press !== 'boolean') problems.push(`press is ${typeof t.press}`);
  if (!(t.score >= 0 && t.score <= 1)) problems.push(`score ${t.score}`);
  const covered = t.sections.flatMap((s) => s.turns);
  if (covered.length !== t.turns.length || covered.some((turn, i) => turn !== i))
    problems.push(`sections cover turns ${covered.join(',')} of ${t.turns.length}`);
  t.turns.forEach((turn, i) => {
    if (typeof turn.text !== 'string') problems.push(`turn ${i}: text is ${typeof turn.text}`);
    if (!(turn.label.length > 0)) problems.push(`turn ${i}: empty label`);
  });
  return problems;
}

function checkShape(t: Transcript): void {
  expect(shapeProblems(t)).toEqual([]);
}

/** Every tag and piece, drawn at least this often in each run of generated documents. */
const MIN_DRAWS = 100;

function expectCoverage(drawn: Drawn): void {
  const rare = [...TAGS, ...PIECES, HIDDEN, UNTERMINATED, MISMATCHED].filter((x) => (drawn.get(x) ?? 0) < MIN_DRAWS);
  expect(rare).toEqual([]);
}

// 300 documents per run: with the fixed seeds every tag and piece is drawn well over MIN_DRAWS times, which the
// coverage check keeps true if the tables or the generator change.
const DOCUMENTS = 300;

describe('malformed input never throws', () => {
  it(`${DOCUMENTS} generated HTML documents`, () => {
    const rand = prng(20180612);
    const drawn: Drawn = new Map();
    for (let i = 0; i < DOCUMENTS; i++) {
      const html = randomDocument(rand, drawn);
      const doc = parseDocument(rand() < 0.5 ? html : `<html><body>${html}`);
      let t: Transcript | undefined;
      expect(() => (t = analyzeSource(sourceFromDocument(doc))), `document ${i}`).not.toThrow();
      if (t) checkShape(t);
    }
    expectCoverage(drawn);
  });

  it(`${DOCUMENTS} generated text documents`, () => {
    const rand = prng(7);
    const drawn: Drawn = new Map();
    for (let i = 0; i < DOCUMENTS; i++) {
      const text = randomDocument(rand, drawn).replace(/<[^>]*>?/g, rand() < 0.5 ? '\n' : ' ');
      let t: Transcript | undefined;
      expect(() => (t = analyzeSource({ blocks: blocksFromText(text) })), `document ${i}`).not.toThrow();
      if (t) checkShape(t);
    }
    expectCoverage(drawn);
  });

  it.each([
    ['deep nesting', `${'<div>'.repeat(20000)}记者:请问?${'</div>'.repeat(20000)}`],
    ['no CJK at all', '<p>Reporter: a question?</p><p>Spokesperson: an answer.</p>'.repeat(200)],
    ['colons everywhere', `<p>${'：:∶︰'.repeat(5000)}</p>`],
    ['empty', ''],
    ['one huge line (10,000 inline turns)', `<p>${'记者:请问? 毛宁:回答。 '.repeat(5000)}</p>`],
  ])('%s', (_name, html) => {
    expect(() => checkShape(analyzeSource(sourceFromDocument(parseDocument(html))))).not.toThrow();
  });
});
