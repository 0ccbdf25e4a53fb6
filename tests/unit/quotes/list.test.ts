import { describe, expect, it } from 'vitest';
import { getConverter } from '../../../lib/script/converters';
import { groupByConference, searchQuotes, sortNewestFirst } from '../../../lib/quotes/list';
import type { Quote } from '../../../lib/quotes/model';
import { firstSentence, SEED_URL, seedQuote, toHans, turnText, zhangYing } from './seed';

const MFA = 'https://www.mfa.gov.cn/web/fyrbt_673021/jzhsl_673025/202004/t20200428_5418180.shtml';
const q = (id: string, savedAt: string, patch: Partial<Quote> = {}) => seedQuote({ id, savedAt, ...patch });

const seedOld = q('s1', '2024-05-01T10:00:00.000Z');
const seedNew = q('s2', '2024-05-03T09:00:00.000Z', {
  text: firstSentence(turnText('吳斌')),
  original: firstSentence(turnText('吳斌')),
  speaker: '吳斌',
  role: null,
});
const mfa = q('m1', '2024-05-02T09:00:00.000Z', {
  text: '中方对此表示坚决反对。',
  original: '中方对此表示坚决反对。',
  speaker: '耿爽',
  role: '外交部发言人',
  outlet: null,
  question: null,
  conferenceTitle: '2020年4月28日外交部发言人耿爽主持例行记者会',
  conferenceDate: '2020-04-28',
  url: MFA,
  pageTitle: '2020年4月28日外交部发言人耿爽主持例行记者会',
});
// Same title and date, but a copy of the page on another host: not the same group.
const mirror = q('s3', '2024-05-01T12:00:00.000Z', {
  url: 'https://www.shio.gov.cn/sh/xwb/n790/n792/n1038/n1054/u1ai17604.html',
});
const loose = q('p1', '2024-04-30T08:00:00.000Z', {
  text: '兩岸交流合作',
  original: '兩岸交流合作',
  speaker: null,
  role: null,
  outlet: null,
  question: null,
  conferenceTitle: null,
  conferenceDate: null,
  pageTitle: '新聞動態',
  url: 'https://www.gwytb.gov.cn/xwdt/',
});

describe('sortNewestFirst', () => {
  it.each([
    [
      [seedOld, mfa, seedNew],
      ['s2', 'm1', 's1'],
    ],
    [
      [q('b', '2024-05-01T10:00:00.000Z'), q('a', '2024-05-01T10:00:00.000Z')],
      ['a', 'b'],
    ],
    [[], []],
  ])('%#', (input, ids) => {
    expect(sortNewestFirst(input).map((x) => x.id)).toEqual(ids);
  });
});

describe('groupByConference', () => {
  it.each([
    [
      'by conference, groups and quotes newest first',
      [seedOld, loose, mfa, seedNew, mirror],
      [
        ['2018-06-12', 'big5.eastday.com:82', ['s2', 's1']],
        ['2020-04-28', 'www.mfa.gov.cn', ['m1']],
        ['2018-06-12', 'www.shio.gov.cn', ['s3']],
        [null, 'www.gwytb.gov.cn', ['p1']],
      ],
    ],
    ['nothing saved', [], []],
  ])('%s', (_name, quotes, expected) => {
    const groups = groupByConference(quotes);
    expect(groups.map((g) => [g.date, g.host, g.quotes.map((x) => x.id)])).toEqual(expected);
    for (const g of groups) expect(g.latest).toBe(g.quotes[0]!.savedAt);
  });

  it('a page that is not a transcript is grouped under its page title', () => {
    expect(groupByConference([loose])[0]).toMatchObject({ title: '新聞動態', date: null, host: 'www.gwytb.gov.cn' });
  });
});

describe('searchQuotes', () => {
  const hantAnswer = seedQuote({ id: 'h', text: firstSentence(zhangYing) });
  const wu = firstSentence(turnText('吳斌'));
  const hansAnswer = seedQuote({
    id: 's',
    text: toHans(wu),
    original: wu,
    variant: 'hans',
    speaker: '吳斌',
    role: null,
  });
  const mixed = [hantAnswer, hansAnswer, mfa, loose];
  const toSimplified = getConverter('twp', 'cn');
  it.each([
    ['', undefined, ['h', 's', 'm1', 'p1']],
    ['   ', undefined, ['h', 's', 'm1', 'p1']],
    ['支援', undefined, ['h']],
    ['支持', undefined, []],
    ['支持', toSimplified, ['h']],
    ['發佈會', undefined, ['h', 's']],
    ['发布会', undefined, []],
    ['发布会', toSimplified, ['h', 's']],
    ['你谈的问题', undefined, ['s']],
    ['你談的問題', undefined, ['s']],
    ['張英 上海製造', undefined, ['h']],
    ['张英 上海制造', toSimplified, ['h']],
    ['吳斌 上海日報', undefined, ['s']],
    ['耿爽 坚决反对', undefined, ['m1']],
    ['ＭＦＡ', undefined, ['m1']],
    ['GWYTB 兩岸', undefined, ['p1']],
    ['倪耀明', undefined, []],
  ])('%j', (query, normalise, ids) => {
    expect(searchQuotes(mixed, query, normalise).map((x) => x.id)).toEqual(ids);
  });

  it('keeps the order it was given', () => {
    expect(searchQuotes([loose, hantAnswer, mfa], '新聞').map((x) => x.id)).toEqual(['p1', 'h']);
  });
});

it('seed helpers point at the seed page', () => {
  expect(seedQuote().url).toBe(SEED_URL);
});
