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

function randomDocument(rand: () => number): string {
  const out: string[] = [];
  const open: string[] = [];
  const n = 5 + Math.floor(rand() * 200);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.3) {
      const tag = pick(TAGS);
      const attrs =
        rand() < 0.3
          ? ` class="${pick(['share', 'content', 'nav', 'x'])}" style="${rand() < 0.2 ? 'display:none' : ''}"`
          : '';
      out.push(rand() < 0.1 ? `<${tag}${attrs}` : `<${tag}${attrs}>`); // sometimes an unterminated tag
      open.push(tag);
    } else if (r < 0.45 && open.length) {
      out.push(`</${rand() < 0.8 ? open.pop() : pick(TAGS)}>`); // sometimes a mismatched close
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

function checkShape(t: Transcript): void {
  expect(typeof t.press).toBe('boolean');
  expect(t.score).toBeGreaterThanOrEqual(0);
  expect(t.score).toBeLessThanOrEqual(1);
  const covered = t.sections.flatMap((s) => s.turns);
  expect(covered).toEqual(t.turns.map((_, i) => i));
  for (const turn of t.turns) {
    expect(typeof turn.text).toBe('string');
    expect(turn.label.length).toBeGreaterThan(0);
  }
}

describe('malformed input never throws', () => {
  it('1,000 generated HTML documents', () => {
    const rand = prng(20180612);
    for (let i = 0; i < 1000; i++) {
      const html = randomDocument(rand);
      const doc = parseDocument(rand() < 0.5 ? html : `<html><body>${html}`);
      let t: Transcript | undefined;
      expect(() => (t = analyzeSource(sourceFromDocument(doc))), `document ${i}`).not.toThrow();
      if (t) checkShape(t);
    }
  });

  it('1,000 generated text documents', () => {
    const rand = prng(7);
    for (let i = 0; i < 1000; i++) {
      const text = randomDocument(rand).replace(/<[^>]*>?/g, rand() < 0.5 ? '\n' : ' ');
      let t: Transcript | undefined;
      expect(() => (t = analyzeSource({ blocks: blocksFromText(text) })), `document ${i}`).not.toThrow();
      if (t) checkShape(t);
    }
  });

  it.each([
    ['deep nesting', `${'<div>'.repeat(20000)}记者:请问?${'</div>'.repeat(20000)}`],
    ['no CJK at all', '<p>Reporter: a question?</p><p>Spokesperson: an answer.</p>'.repeat(200)],
    ['colons everywhere', `<p>${'：:∶︰'.repeat(5000)}</p>`],
    ['empty', ''],
    ['one huge line', `<p>${'记者:请问? 毛宁:回答。 '.repeat(20000)}</p>`],
  ])('%s', (_name, html) => {
    expect(() => checkShape(analyzeSource(sourceFromDocument(parseDocument(html))))).not.toThrow();
  });
});
