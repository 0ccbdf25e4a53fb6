import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../../lib/quotes/fragment';
import {
  conferenceName,
  escapeMarkdown,
  formatDate,
  formatMarkdown,
  markdownUrl,
  formatQuote,
  formatQuotes,
  type FormatOptions,
  type QuoteFormat,
} from '../../../lib/quotes/format';
import { firstSentence, SEED_URL, seedQuote, toHans, turnText, zhangYing } from './seed';

const S = firstSentence(zhangYing);
const U = textFragmentUrl(SEED_URL, S);
const quote = seedQuote({ fragmentUrl: U });
const hans = toHans;
const readHans = (t: string) => pinyin(t);

// Expected strings are spelled out: they check conversion, nesting of quote marks and punctuation together.
const HANT_TEXT = '首先非常感謝你對上海産業轉型和“上海製造”的關注和支援。';
const HANS_TEXT = '首先非常感谢你对上海产业转型和“上海制造”的关注和支持。';

describe('formatQuote, answer quote from the seed page', () => {
  it('fixture sentence is the one spelled out below', () => {
    expect(S).toBe(HANT_TEXT);
    expect(hans(S)).toBe(HANS_TEXT);
  });

  it.each<[QuoteFormat, FormatOptions, string]>([
    [
      'citation',
      { lang: 'zh-Hant' },
      `「${HANT_TEXT}」——張英（市經信委總工程師），市政府新聞發佈會，2018年6月12日，${U}`,
    ],
    [
      'citation',
      { lang: 'zh-Hans', convert: hans },
      `“首先非常感谢你对上海产业转型和‘上海制造’的关注和支持。”——张英（市经信委总工程师），市政府新闻发布会，2018年6月12日，${U}`,
    ],
    [
      'citation',
      { lang: 'en' },
      `“首先非常感謝你對上海産業轉型和‘上海製造’的關注和支援。” — 張英 (市經信委總工程師), 市政府新聞發佈會, 12 June 2018, ${U}`,
    ],
    [
      'citation',
      { lang: 'en', convert: hans, link: 'page' },
      `“首先非常感谢你对上海产业转型和‘上海制造’的关注和支持。” — 张英 (市经信委总工程师), 市政府新闻发布会, 12 June 2018, ${SEED_URL}`,
    ],
    [
      'citation',
      { lang: 'zh-Hans', convert: hans, pinyin: readHans },
      `“首先非常感谢你对上海产业转型和‘上海制造’的关注和支持。”——张英（市经信委总工程师），市政府新闻发布会，2018年6月12日，${U}\n` +
        'shǒu xiān fēi cháng gǎn xiè nǐ duì shàng hǎi chǎn yè zhuǎn xíng hé “ shàng hǎi zhì zào ” de guān zhù hé zhī chí 。',
    ],
    ['plain', { lang: 'zh-Hant' }, `${HANT_TEXT}\n——張英（市經信委總工程師），市政府新聞發佈會，2018年6月12日\n${U}`],
    [
      'plain',
      { lang: 'zh-Hans', convert: hans },
      `${HANS_TEXT}\n——张英（市经信委总工程师），市政府新闻发布会，2018年6月12日\n${U}`,
    ],
    ['plain', { lang: 'en' }, `${HANT_TEXT}\n— 張英 (市經信委總工程師), 市政府新聞發佈會, 12 June 2018\n${U}`],
    [
      'markdown',
      { lang: 'zh-Hant' },
      `> ${HANT_TEXT}\n\n——張英（市經信委總工程師），[市政府新聞發佈會](${U})，2018年6月12日`,
    ],
    [
      'markdown',
      { lang: 'zh-Hans', convert: hans },
      `> ${HANS_TEXT}\n\n——张英（市经信委总工程师），[市政府新闻发布会](${U})，2018年6月12日`,
    ],
    ['markdown', { lang: 'en' }, `> ${HANT_TEXT}\n\n— 張英 (市經信委總工程師), [市政府新聞發佈會](${U}), 12 June 2018`],
  ])('%s %j', (format, options, expected) => {
    expect(formatQuote(quote, format, options)).toBe(expected);
  });

  it.each<[QuoteFormat, FormatOptions, string]>([
    ['plain', { lang: 'zh-Hant', withQuestion: true }, `問（上海日報）：${quote.question}\n${HANT_TEXT}`],
    [
      'plain',
      { lang: 'zh-Hans', convert: hans, withQuestion: true },
      `问（上海日报）：${hans(quote.question!)}\n${HANS_TEXT}`,
    ],
    ['plain', { lang: 'en', withQuestion: true }, `Q (上海日報): ${quote.question}\n${HANT_TEXT}`],
    ['markdown', { lang: 'zh-Hant', withQuestion: true }, `問（上海日報）：${quote.question}\n\n> ${HANT_TEXT}`],
  ])('%s with the question %j', (format, options, start) => {
    expect(formatQuote(quote, format, options).startsWith(start)).toBe(true);
  });
});

describe('formatQuote, other kinds of quote', () => {
  const question = turnText('上海日報');
  const twoParas = `${turnText('吳斌')}\n一是轉化渠道不暢通。`;
  it.each<[string, Parameters<typeof seedQuote>[0], QuoteFormat, FormatOptions, string]>([
    [
      'a question is attributed to its outlet',
      { text: question, original: question, speaker: null, role: null, question: null },
      'citation',
      { lang: 'zh-Hant', link: 'page' },
      `「${question}」——上海日報，市政府新聞發佈會，2018年6月12日，${SEED_URL}`,
    ],
    [
      'a later answer by bare name has no role',
      { speaker: '吳斌', role: null },
      'citation',
      { lang: 'zh-Hant', link: 'page' },
      `「${HANT_TEXT}」——吳斌，市政府新聞發佈會，2018年6月12日，${SEED_URL}`,
    ],
    [
      'a page that is not a transcript: page title, no date',
      {
        speaker: null,
        role: null,
        outlet: null,
        question: null,
        conferenceTitle: null,
        conferenceDate: null,
        pageTitle: '國臺辦新聞發佈會輯錄(2023-04-26)',
        url: 'https://www.gwytb.gov.cn/xwdt/',
        fragmentUrl: 'https://www.gwytb.gov.cn/xwdt/',
      },
      'citation',
      { lang: 'zh-Hans', convert: hans },
      `“${HANS_TEXT.replace('“', '‘').replace('”', '’')}”——国台办新闻发布会辑录(2023-04-26)，https://www.gwytb.gov.cn/xwdt/`,
    ],
    [
      'no title at all: the host stands in',
      { speaker: null, role: null, outlet: null, conferenceTitle: null, pageTitle: null, conferenceDate: null },
      'plain',
      { lang: 'en', link: 'page' },
      `${HANT_TEXT}\n— big5.eastday.com:82\n${SEED_URL}`,
    ],
    [
      'two paragraphs: one citation line, two Markdown paragraphs',
      { text: twoParas, speaker: '吳斌', role: null },
      'citation',
      { lang: 'zh-Hant', link: 'page' },
      `「${twoParas.replace('\n', ' ')}」——吳斌，市政府新聞發佈會，2018年6月12日，${SEED_URL}`,
    ],
    [
      'two paragraphs in Markdown',
      { text: twoParas, speaker: '吳斌', role: null, fragmentUrl: SEED_URL },
      'markdown',
      { lang: 'zh-Hant' },
      `> ${twoParas.replace('\n', '\n>\n> ')}\n\n——吳斌，[市政府新聞發佈會](${SEED_URL})，2018年6月12日`,
    ],
    [
      'inner corner brackets nest as 『』 in zh-Hant',
      { text: '我們叫「上海製造」' },
      'citation',
      { lang: 'zh-Hant', link: 'page' },
      `「我們叫『上海製造』」——張英（市經信委總工程師），市政府新聞發佈會，2018年6月12日，${SEED_URL}`,
    ],
  ])('%s', (_name, patch, format, options, expected) => {
    expect(formatQuote(seedQuote(patch), format, options)).toBe(expected);
  });

  it('shown text by default, published text on request', () => {
    const shownHans = seedQuote({ text: HANS_TEXT, original: HANT_TEXT, variant: 'hans' });
    expect(formatQuote(shownHans, 'plain', { lang: 'zh-Hans' }).split('\n')[0]).toBe(HANS_TEXT);
    expect(formatQuote(shownHans, 'plain', { lang: 'zh-Hans', source: 'original' }).split('\n')[0]).toBe(HANT_TEXT);
  });

  it('several quotes are joined by a blank line, in the order given', () => {
    const a = seedQuote();
    const b = seedQuote({ text: question, speaker: null, role: null });
    const joined = formatQuotes([a, b], 'citation', { lang: 'zh-Hant' });
    expect(joined).toBe(
      `${formatQuote(a, 'citation', { lang: 'zh-Hant' })}\n\n${formatQuote(b, 'citation', { lang: 'zh-Hant' })}`,
    );
    expect(joined.split('\n\n')).toHaveLength(2);
  });
});

describe('Markdown escaping of page text', () => {
  it.each([
    ['**上海製造**', '\\*\\*上海製造\\*\\*'],
    ['[點擊](javascript:alert(1))', '\\[點擊\\](javascript:alert(1))'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['# 標題', '\\# 標題'],
    ['- 一是', '\\- 一是'],
    ['1. 第一', '1\\. 第一'],
    ['張英(市經信委總工程師):上海', '張英(市經信委總工程師):上海'],
    ['&copy; 1-2月份', '\\&copy; 1-2月份'],
  ])('%s', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});

describe('Markdown link destinations', () => {
  it.each([
    ['a plain link', SEED_URL, SEED_URL],
    ['a text fragment with ASCII parentheses', `${SEED_URL}#:~:text=(1)`, `${SEED_URL}#:~:text=%281%29`],
    [
      'a link that closes early',
      'https://a.gov.cn/x)[evil](javascript:alert(1)',
      'https://a.gov.cn/x%29%5Bevil%5D%28javascript:alert%281%29',
    ],
    [
      'an attribute breakout',
      'https://a.gov.cn/"><img src=x onerror=alert(1)>',
      'https://a.gov.cn/%22%3E%3Cimg%20src=x%20onerror=alert%281%29%3E',
    ],
    [
      'a line break and an ideographic space',
      'https://a.gov.cn/a\n[x]\u3000b',
      'https://a.gov.cn/a%0A%5Bx%5D%E3%80%80b',
    ],
    ['a backslash, a quote, a backtick', "https://a.gov.cn/\\'`", 'https://a.gov.cn/%5C%27%60'],
    ['not a web address', 'javascript:alert(1)', ''],
    ['a data URL', 'data:text/html,<script>', ''],
  ])('%s', (_name, url, expected) => {
    expect(markdownUrl(url)).toBe(expected);
  });

  it.each([
    ['javascript:alert(1)', 'javascript:alert(1)'],
    [`https://a.gov.cn/\n[evil](javascript:alert(1))`, 'javascript:alert%281%29'],
  ])('a stored link %j never becomes a live Markdown link', (fragmentUrl, inert) => {
    const md = formatMarkdown(seedQuote({ url: fragmentUrl, fragmentUrl }), { lang: 'en' });
    expect(md).not.toMatch(/\]\(javascript:/);
    expect(md).not.toMatch(/\n\[evil\]/);
    if (fragmentUrl.startsWith('https:')) expect(md).toContain(inert);
  });
});

describe('formatDate', () => {
  it.each([
    ['2018-06-12', 'zh-Hant', '2018年6月12日'],
    ['2018-06-12', 'zh-Hans', '2018年6月12日'],
    ['2018-06-12', 'en', '12 June 2018'],
    ['2007-05-31', 'en', '31 May 2007'],
    [null, 'en', ''],
    ['12/06/2018', 'zh-Hant', ''],
  ] as const)('%s %s', (iso, lang, expected) => {
    expect(formatDate(iso, lang)).toBe(expected);
  });
});

describe('conferenceName (titles of the fixture pages)', () => {
  it.each([
    ['2018年6月12日市政府新聞發佈會問答實錄', '2018-06-12', '市政府新聞發佈會'],
    ['上海市政府新闻发布会实录(2007年5月31日)', '2007-05-31', '上海市政府新闻发布会'],
    ['國臺辦新聞發佈會輯錄(2023-04-26)', '2023-04-26', '國臺辦新聞發佈會'],
    ['2020年4月28日外交部发言人耿爽主持例行记者会', '2020-04-28', '外交部发言人耿爽主持例行记者会'],
    ['2020年4月28日外交部发言人耿爽主持例行记者会', '2020-04-29', '2020年4月28日外交部发言人耿爽主持例行记者会'],
    [
      '新聞辦就2019年1-2月份國民經濟運行情況舉行發佈會',
      '2019-03-14',
      '新聞辦就2019年1-2月份國民經濟運行情況舉行發佈會',
    ],
    ['商务部召开例行新闻发布会', '2022-06-09', '商务部召开例行新闻发布会'],
    ['行政長官發言全文(只有中文)(附短片)', '2012-07-03', '行政長官發言全文(只有中文)(附短片)'],
    ['實錄', null, '實錄'],
    [null, null, null],
  ])('%s', (title, date, expected) => {
    expect(conferenceName(title, date)).toBe(expected);
  });
});
