import { describe, expect, it } from 'vitest';
import { encodeDirectiveTerm } from '../../../lib/quotes/fragment';
import {
  capLength,
  cleanLine,
  cleanText,
  createQuote,
  LIMITS,
  quoteId,
  validIsoDate,
  type QuoteInput,
} from '../../../lib/quotes/model';
import { firstSentence, q1, SEED_URL, seedDate, seedTitle, toHans, zhangYing } from './seed';

const NOW = new Date('2024-05-01T10:00:00Z');
const sentence = firstSentence(zhangYing);

const answerInput: QuoteInput = {
  text: sentence,
  speaker: '張英',
  role: '市經信委總工程師',
  outlet: '上海日報',
  question: q1,
  conferenceTitle: seedTitle,
  conferenceDate: seedDate,
  url: SEED_URL,
  pageTitle: seedTitle,
};

describe('cleanText / cleanLine', () => {
  it.each([
    [`\u3000\u3000${sentence}  `, sentence],
    [`首先非常感謝你對上海産業轉型\n\n\n  二是突出載體功能`, '首先非常感謝你對上海産業轉型\n二是突出載體功能'],
    ['上海\u00a0\u00a0 製造\r\n閔行', '上海 製造\n閔行'],
    ['上\u200b海\ufeff', '上海'],
    [' \n\t ', ''],
  ])('%j', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it.each([
    ['  張英 \n(市經信委總工程師) ', '張英 (市經信委總工程師)'],
    ['\u3000上海日報\u3000', '上海日報'],
  ])('line %j', (input, expected) => {
    expect(cleanLine(input)).toBe(expected);
  });
});

describe('capLength', () => {
  it.each([
    ['上海製造', 10, '上海製造', false],
    ['上海製造品牌', 4, '上海製…', true],
    ['𠮷𠮷𠮷𠮷', 3, '𠮷𠮷…', true],
  ])('%s to %i', (text, max, value, cut) => {
    const result = capLength(text, max);
    expect(result).toEqual({ value, cut });
    expect(Array.from(result.value).length).toBeLessThanOrEqual(max);
  });
});

describe('validIsoDate', () => {
  it.each([
    ['2018-06-12', '2018-06-12'],
    ['2018-02-30', null],
    ['2018-6-12', null],
    ['2018年6月12日', null],
    [20180612, null],
    [null, null],
  ])('%j', (input, expected) => {
    expect(validIsoDate(input)).toBe(expected);
  });
});

describe('createQuote', () => {
  it('keeps every field of an answer quote, shown in Simplified, published in Traditional', () => {
    const r = createQuote({ ...answerInput, text: toHans(sentence), original: sentence, variant: 'hans' }, NOW);
    expect(r.fault).toBeUndefined();
    expect(r.quote).toMatchObject({
      text: toHans(sentence),
      original: sentence,
      variant: 'hans',
      speaker: '張英',
      role: '市經信委總工程師',
      outlet: '上海日報',
      question: q1,
      conferenceTitle: seedTitle,
      conferenceDate: '2018-06-12',
      url: SEED_URL,
      pageTitle: seedTitle,
      savedAt: '2024-05-01T10:00:00.000Z',
    });
    // The link finds the passage as published, not the converted wording the reader saw.
    expect(r.quote!.fragmentUrl).toBe(`${SEED_URL}#:~:text=${encodeDirectiveTerm(sentence)}`);
    expect(toHans(sentence)).not.toBe(sentence);
  });

  it.each([
    ['normalises whitespace', { text: `\u3000${sentence}\n\n` }, 'text', sentence],
    ['original defaults to text', { text: sentence }, 'original', sentence],
    ['blank labels become null', { speaker: '  ', role: '' }, 'speaker', null],
    ['impossible date dropped', { conferenceDate: '2018-06-31' }, 'conferenceDate', null],
    ['unknown variant is original', { variant: 'xx' as never }, 'variant', 'original'],
    ['anchor stripped from the page url', { url: `${SEED_URL}#top` }, 'url', SEED_URL],
    ['question on one line', { question: `${q1}\n\n補充` }, 'question', `${q1} 補充`],
  ])('%s', (_name, patch, field, expected) => {
    const r = createQuote({ ...answerInput, ...patch }, NOW);
    expect(r.quote?.[field as keyof typeof r.quote]).toEqual(expected);
  });

  it('a quote from a page that is not a transcript has no speaker and keeps the page title', () => {
    const r = createQuote(
      { text: '國臺辦新聞發佈會', url: 'https://www.gwytb.gov.cn/xwdt/', pageTitle: '新聞動態' },
      NOW,
    );
    expect(r.quote).toMatchObject({
      speaker: null,
      role: null,
      outlet: null,
      question: null,
      conferenceTitle: null,
      conferenceDate: null,
      pageTitle: '新聞動態',
    });
  });

  it.each([
    ['empty text', { text: ' \n ' }, 'quoteNoText'],
    ['javascript url', { url: 'javascript:alert(1)' }, 'quoteNoAddress'],
    ['relative url', { url: '/sh/xwb/u1ai17604.html' }, 'quoteNoAddress'],
    ['no url', { url: '' }, 'quoteNoAddress'],
  ])('rejects %s', (_name, patch, message) => {
    const r = createQuote({ ...answerInput, ...patch }, NOW);
    expect(r.quote).toBeUndefined();
    expect(r.fault).toBe(message);
  });

  it('rejects an invalid clock and an invalid id', () => {
    expect(createQuote(answerInput, new Date('nope')).fault).toBe('quoteBadClock');
    expect(createQuote(answerInput, NOW, ' ').fault).toBe('quoteBadId');
  });

  it('uses the id passed in, else a stable id from page, passage and time', () => {
    expect(createQuote(answerInput, NOW, 'b5c1e2a0-uuid').quote?.id).toBe('b5c1e2a0-uuid');
    const a = createQuote(answerInput, NOW).quote!;
    const b = createQuote(answerInput, NOW).quote!;
    const later = createQuote(answerInput, new Date('2024-05-01T10:00:01Z')).quote!;
    expect(a.id).toBe(b.id);
    expect(a.id).toBe(quoteId(SEED_URL, sentence, a.savedAt));
    expect(later.id).not.toBe(a.id);
  });

  it('cuts overlong text, reports it, and links the whole passage', () => {
    const long = zhangYing.repeat(Math.ceil((LIMITS.text + 10) / zhangYing.length));
    const r = createQuote({ ...answerInput, text: long }, NOW);
    expect(r.truncated).toEqual(['text', 'original']);
    expect(Array.from(r.quote!.text).length).toBe(LIMITS.text);
    expect(r.quote!.text.endsWith('…')).toBe(true);
    // A start,end pair: the link stays short and still spans the whole passage.
    expect(r.quote!.fragmentUrl.split(':~:text=')[1]!.split(',')).toHaveLength(2);
  });
});
