// The English citation on quotes from real fixture pages: official names, roles, outlets and events from the terms,
// speakers the terms do not name in pinyin (surname first), dates as English writes them.
import { describe, expect, it } from 'vitest';
import { eventName, pinyinName } from '../../../lib/quotes/english';
import { formatQuote } from '../../../lib/quotes/format';
import { createQuote, type Quote, type QuoteInput } from '../../../lib/quotes/model';
import { readingsFor } from '../../../lib/pinyin/index';
import { fixtureSource } from '../dictionary/load';

const romanise = (name: string) => readingsFor(name).filter((r): r is string => r !== null);
const MFA_URL = 'https://www.fmprc.gov.cn/wjdt_674879/fyrbt_674889/202210/t20221027_10792929.shtml';

function quote(input: QuoteInput): Quote {
  const r = createQuote(input, new Date('2026-12-03T12:00:00Z'), 'q1');
  if (!('quote' in r) || !r.quote) throw new Error('no quote');
  return r.quote;
}

describe('English citation', () => {
  const mfaText = '中国将继续视周边外交为对外关系首要';

  it('names the MFA spokesperson, her role and the regular press conference in English', () => {
    expect(fixtureSource('mfa-20221027-fmprc')).toContain(mfaText);
    const q = quote({
      text: mfaText,
      speaker: '毛宁',
      role: '外交部发言人',
      conferenceTitle: '2022年10月27日外交部发言人毛宁主持例行记者会',
      conferenceDate: '2022-10-27',
      url: MFA_URL,
    });
    expect(formatQuote(q, 'english', { lang: 'zh-Hans', romanise })).toBe(
      `“${mfaText}” — Mao Ning, Spokesperson of the Ministry of Foreign Affairs, regular press conference, 27 October 2022, ${q.fragmentUrl}`,
    );
  });

  it('writes a speaker the terms do not know in pinyin, surname first, and keeps an untranslated role', () => {
    const text = '閔行區作為重要的老工業基地';
    expect(fixtureSource('seed-shanghai-20180612-tc')).toContain(text);
    const q = quote({
      text,
      speaker: '張英',
      role: '市經信委總工程師',
      conferenceTitle: '2018年6月12日市政府新聞發佈會問答實錄',
      conferenceDate: '2018-06-12',
      url: 'http://big5.eastday.com/gate/big5/shio.eastday.com/sh/xwb/n790/n792/n1038/n1054/u1ai17604.html',
    });
    expect(formatQuote(q, 'english', { lang: 'en', romanise })).toBe(
      `“${text}” — Zhang Ying, 市經信委總工程師, press conference, 12 June 2018, ${q.fragmentUrl}`,
    );
  });

  it('uses the official English name and title in Hong Kong, and names a question by its outlet', () => {
    const q = quote({
      text: '多謝你兩個問題',
      speaker: '林鄭月娥',
      role: '行政長官',
      conferenceTitle: '行政長官會見傳媒答問內容',
      conferenceDate: '2020-11-11',
      url: 'https://www.info.gov.hk/gia/general/202011/11/P2020111100920.htm',
    });
    expect(formatQuote(q, 'english', { lang: 'en' })).toMatch(
      /^“多謝你兩個問題” — Carrie Lam, Chief Executive, media session, 11 November 2020, https:/,
    );
    const question = quote({
      text: '我们注意到',
      outlet: '新华社',
      conferenceTitle: '外交部发言人毛宁主持例行记者会',
      url: MFA_URL,
    });
    expect(formatQuote(question, 'english', { lang: 'en' })).toMatch(
      /^“我们注意到” — question from Xinhua News Agency, regular press conference, https:/,
    );
  });

  it.each([
    ['毛宁', 'Mao Ning'],
    ['汪文斌', 'Wang Wenbin'],
    ['欧阳玉靖', 'Ouyang Yujing'],
    ['張英', 'Zhang Ying'],
    ['A君', null],
    ['毛', null],
  ])('%s → %s', (name, english) => {
    expect(pinyinName(name, romanise)).toBe(english);
  });

  it.each([
    ['2022年10月27日外交部发言人毛宁主持例行记者会', 'regular press conference'],
    ['國台辦例行新聞發布會', 'press conference'],
    ['行政長官於行政會議前會見傳媒談話全文', 'media session'],
    ['关于印发规则的通知', null],
  ])('%s is a %s', (title, event) => {
    expect(eventName(title)).toBe(event);
  });
});
