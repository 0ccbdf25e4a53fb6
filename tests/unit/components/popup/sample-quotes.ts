// Saved quotes built through the real quote model from passages of the shared fixtures (text copied verbatim).
import { createQuote, type Quote, type QuoteInput } from '../../../../lib/quotes/model';

const SEED_URL = 'http://big5.eastday.com:82/gate/big5/shio.eastday.com/sh/xwb/n790/n792/n1038/n1054/u1ai17604.html';
const SEED = {
  conferenceTitle: '2018年6月12日市政府新聞發佈會問答實錄',
  conferenceDate: '2018-06-12',
  url: SEED_URL,
  pageTitle: '2018年6月12日市政府新聞發佈會問答實錄',
};
const MFA_URL = 'https://news.china.com/domestic/945/20161213/30077924_1.html';
// The fixture's page has no title and its answers are labelled only 答.
const MFA = { conferenceDate: '2016-12-13', url: MFA_URL };

/** [input, savedAt] in no particular order, so the tests see the popup sort them. */
const INPUTS: readonly [QuoteInput, string, string][] = [
  [
    {
      ...SEED,
      text: '首先非常感謝你對上海産業轉型和“上海製造”的關注和支援。新時代賦予“上海製造”新的使命和新的內涵。',
      speaker: '張英',
      role: '市經信委總工程師',
      outlet: '上海日報',
      question:
        '有一個問題想問張總工程師,閔行區作為一個老工業基地,科技成果轉移轉化示範區推進過程當中,對於老工業基地的轉型,以及“上海製造”品牌打響有什麼作用?',
    },
    '2024-03-01T09:00:00.000Z',
    'seed-1',
  ],
  [
    {
      ...MFA,
      text: '墨西哥是拉美大国,也是重要的新兴市场国家,中墨是全面战略伙伴,两国在各个层级一直保持着密切的往来与沟通。',
      question: '中国国务委员杨洁篪刚刚结束对墨西哥的访问,你对此访有何评论?',
    },
    '2024-03-02T10:00:00.000Z',
    'mfa-1',
  ],
  [
    {
      ...SEED,
      text: '二是突出載體功能,打造先進製造業集群集聚區。閔行是老工業基地,涌現了如上海電氣等一批製造業品牌。',
      speaker: '張英',
      role: '市經信委總工程師',
      outlet: '上海日報',
    },
    '2024-03-03T08:30:00.000Z',
    'seed-2',
  ],
  [
    {
      text: '香港人口結構老年化,很快我們就要面對各種因為老年社會的出現而產生的問題。',
      speaker: '梁振英',
      role: '行政長官',
      url: 'http://www.info.gov.hk/gia/general/201606/21/P201606210269.htm',
      pageTitle: '行政長官於行政會議前會見傳媒談話全文(只有中文)(附短片)',
    },
    '2024-03-01T12:00:00.000Z',
    'hk-1',
  ],
];

export function sampleQuotes(): Quote[] {
  return INPUTS.map(([input, savedAt, id]) => {
    const made = createQuote(input, new Date(savedAt), id);
    if (!made.quote) throw new Error(made.fault);
    return made.quote;
  });
}

/** A quote whose page-derived fields carry markup, to prove it is rendered as text. */
export function hostileQuote(): Quote {
  const made = createQuote(
    {
      text: '<img src=x onerror="globalThis.__pwned=1">上海製造<script>globalThis.__pwned=2</script>',
      speaker: '<img src=x onerror="globalThis.__pwned=3">張英',
      role: '<b>市經信委</b>',
      outlet: '<a href="javascript:alert(1)">上海日報</a>',
      question: '<svg onload="globalThis.__pwned=4">',
      conferenceTitle: '<img src=x onerror="globalThis.__pwned=5">發佈會',
      conferenceDate: '2018-06-12',
      url: SEED_URL,
    },
    new Date('2024-03-04T00:00:00.000Z'),
    'hostile',
  );
  if (!made.quote) throw new Error(made.fault);
  return made.quote;
}
