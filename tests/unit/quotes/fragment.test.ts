import { describe, expect, it } from 'vitest';
import {
  directiveTerms,
  encodeDirectiveTerm,
  EXACT_MAX,
  stripFragmentDirective,
  textDirective,
  textFragmentUrl,
  wordBoundaries,
} from '../../../lib/quotes/fragment';
import { firstSentence, SEED_URL, seedLines, toHans, turnParagraphs, zhangYing } from './seed';

/** Splits `text=` into its terms the way a browser parses it (commas separate terms; `-` marks prefix/suffix). */
function parseDirective(url: string) {
  const raw = url.slice(url.indexOf(':~:text=') + ':~:text='.length);
  const parts = raw.split(',');
  const prefix = parts[0]?.endsWith('-') ? decodeURIComponent(parts.shift()!.slice(0, -1)) : '';
  const suffix = parts[parts.length - 1]?.startsWith('-') ? decodeURIComponent(parts.pop()!.slice(1)) : '';
  return {
    prefix,
    start: decodeURIComponent(parts[0] ?? ''),
    end: parts[1] ? decodeURIComponent(parts[1]) : '',
    suffix,
    parts,
  };
}

describe('encodeDirectiveTerm', () => {
  it.each([
    ['上海', '%E4%B8%8A%E6%B5%B7'],
    ['1-2月份', '1%2D2%E6%9C%88%E4%BB%BD'],
    ['科技,創新', '%E7%A7%91%E6%8A%80%2C%E5%89%B5%E6%96%B0'],
    ['A&B', 'A%26B'],
    ['Zhang Ying', 'Zhang%20Ying'],
    ['“上海製造”', '%E2%80%9C%E4%B8%8A%E6%B5%B7%E8%A3%BD%E9%80%A0%E2%80%9D'],
    ['#:~:', '%23%3A~%3A'],
  ])('%s → %s', (term, encoded) => {
    expect(encodeDirectiveTerm(term)).toBe(encoded);
    expect(decodeURIComponent(encoded)).toBe(term);
  });
});

describe('stripFragmentDirective', () => {
  it.each([
    [SEED_URL, SEED_URL],
    [`${SEED_URL}#top`, SEED_URL],
    [`${SEED_URL}#:~:text=abc`, SEED_URL],
    [`${SEED_URL}#top:~:text=abc`, SEED_URL],
    ['https://www.fmprc.gov.cn/#/web/wjdt/fyrbt', 'https://www.fmprc.gov.cn/#/web/wjdt/fyrbt'],
    ['https://example.gov.cn/#!/news/1:~:text=x', 'https://example.gov.cn/#!/news/1'],
  ])('%s', (url, expected) => {
    expect(stripFragmentDirective(url)).toBe(expected);
  });
});

const sentence = firstSentence(zhangYing);

describe('textFragmentUrl', () => {
  it.each([
    ['short passage, exact', SEED_URL, sentence, `${SEED_URL}#:~:text=${encodeDirectiveTerm(sentence)}`],
    ['Simplified passage', SEED_URL, toHans(sentence), `${SEED_URL}#:~:text=${encodeDirectiveTerm(toHans(sentence))}`],
    [
      'an anchor is replaced',
      `${SEED_URL}#top`,
      '二是突出載體功能',
      `${SEED_URL}#:~:text=${encodeDirectiveTerm('二是突出載體功能')}`,
    ],
    [
      'an older directive is replaced',
      `${SEED_URL}#:~:text=old`,
      '二是突出載體功能',
      `${SEED_URL}#:~:text=${encodeDirectiveTerm('二是突出載體功能')}`,
    ],
    ['hash route kept', 'https://a.gov.cn/#/x', '上海', 'https://a.gov.cn/#/x:~:text=%E4%B8%8A%E6%B5%B7'],
    [
      'hyphen and comma encoded',
      SEED_URL,
      '1-2月份,同比',
      `${SEED_URL}#:~:text=1%2D2%E6%9C%88%E4%BB%BD%2C%E5%90%8C%E6%AF%94`,
    ],
    ['empty text gives the page', `${SEED_URL}#top`, '  \n ', SEED_URL],
  ])('%s', (_name, url, text, expected) => {
    expect(textFragmentUrl(url, text)).toBe(expected);
  });

  it('a directive has at most four terms and no raw syntax characters inside a term', () => {
    const url = textFragmentUrl(SEED_URL, zhangYing, { before: '張英(市經信委總工程師):', after: '' });
    const { parts } = parseDirective(url);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const p of parts) expect(p.replace(/^-|-$/g, '')).not.toMatch(/[-,&\s#]/);
  });
});

// Every paragraph and every two-paragraph span of real answers, in both scripts: long passages become start/end
// pairs whose inner ends fall on word boundaries, and every term is found where it belongs in the passage.
const paragraphs = [...turnParagraphs('張英(市經信委總工程師)'), ...turnParagraphs('吳斌')];
const spans = paragraphs.slice(0, -1).map((p, i) => `${p}\n${paragraphs[i + 1] ?? ''}`);
const cases = [...paragraphs, ...spans].flatMap((t) => [
  [t.slice(0, 16), t],
  [toHans(t).slice(0, 16), toHans(t)],
]);

describe('directiveTerms on real passages', () => {
  it.each(cases)('%s…', (_head, text) => {
    const terms = directiveTerms(text)!;
    const lines = text.split('\n');
    const first = lines[0]!;
    const last = lines[lines.length - 1]!;
    expect(first.startsWith(terms.start)).toBe(true);
    if (lines.length === 1 && Array.from(text).length <= EXACT_MAX) {
      expect(terms).toEqual({ prefix: '', start: text, end: '', suffix: '' });
      return;
    }
    expect(terms.end).not.toBe('');
    expect(last.endsWith(terms.end)).toBe(true);
    expect(wordBoundaries(first)).toContain(terms.start.length);
    expect(wordBoundaries(last)).toContain(last.length - terms.end.length);
    expect(terms.start.length).toBeGreaterThanOrEqual(6);
    expect(terms.end.length).toBeGreaterThanOrEqual(6);
    expect(terms.start.length + terms.end.length).toBeLessThan(first.length + last.length);
  });
});

describe('prefix and suffix context', () => {
  const para = seedLines.find((l) => l.startsWith('二是突出載體功能'))!;
  const cut = para.indexOf('閔行是老工業基地');
  const endCut = para.indexOf('依託');
  const quote = para.slice(cut, endCut);
  it.each([
    ['before and after', { before: para.slice(0, cut), after: para.slice(endCut) }, true, true],
    ['before only', { before: para.slice(0, cut) }, true, false],
    ['after only', { after: para.slice(endCut) }, false, true],
    ['none', {}, false, false],
  ])('%s', (_name, context, hasPrefix, hasSuffix) => {
    const d = parseDirective(textFragmentUrl(SEED_URL, quote, context));
    expect(d.start).toBe(quote);
    expect(d.prefix !== '').toBe(hasPrefix);
    expect(d.suffix !== '').toBe(hasSuffix);
    if (hasPrefix) expect(para.slice(0, cut).endsWith(d.prefix)).toBe(true);
    if (hasSuffix) expect(para.slice(endCut).startsWith(d.suffix)).toBe(true);
    // Context is cut next to punctuation, where every engine agrees on a word boundary.
    expect(d.prefix.length).toBeLessThanOrEqual(20);
    expect(d.suffix.length).toBeLessThanOrEqual(20);
    if (hasPrefix) expect(para.slice(0, cut - d.prefix.length)).toMatch(/(^|[\p{P}\s])$/u);
    if (hasSuffix) expect(para.slice(endCut + d.suffix.length)).toMatch(/^($|[\p{P}\s])/u);
  });

  it('textDirective is empty for blank text', () => {
    expect(textDirective(' \n\t')).toBe('');
  });
});
