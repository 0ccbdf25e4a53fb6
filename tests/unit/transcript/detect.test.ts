import { describe, expect, it } from 'vitest';
import { detect, quickReject } from '../../../lib/transcript/detect';
import { LABEL_HINT_RE, labelHintMatches, sampleText } from '../../../lib/transcript/quick';
import { blocksFromText } from '../../../lib/transcript/blocks';
import { expected, fixtureIds, loadSource } from './load';

describe('detect on every fixture page', () => {
  it.each(fixtureIds())('%s', (id) => {
    const verdict = detect(loadSource(id));
    expect(verdict.press, verdict.reasons.join('; ')).toBe(expected(id).press);
    expect(verdict.score).toBeGreaterThanOrEqual(0);
    expect(verdict.score).toBeLessThanOrEqual(1);
    if (verdict.press) expect(verdict.score).toBeGreaterThanOrEqual(0.5);
    else expect(verdict.score).toBeLessThan(0.5);
    expect(verdict.reasons.length).toBeGreaterThan(0);
  });
});

describe('detect reasons name their evidence', () => {
  it.each([
    ['seed-shanghai-20180612-tc', /title: 問答實錄/],
    ['seed-shanghai-20180612-tc', /7 question-answer exchanges/],
    ['neg-tw-ly-interpellation-tc', /parliamentary labels/],
    ['neg-mfa-listpage-html', /index page/],
    ['neg-interview-jincanrong-html', /no journalist question answered/],
    ['scio-nbs-20190314-tc', /host and official statement/],
  ])('%s: %s', (id, re) => {
    expect(detect(loadSource(id)).reasons.join('; ')).toMatch(re);
  });
});

describe('host and URL evidence', () => {
  it.each([
    ['http://big5.eastday.com:82/gate/big5/shio.eastday.com/sh/xwb/n790/u1ai17604.html', 'host: Big5 gateway'],
    [
      'http://foreignjournalists.fmprc.gov.cn/wjdt_674879/fyrbt_674889/202210/t20221027_10792929.shtml',
      'host: fmprc / mfa',
    ],
    ['https://www.info.gov.hk/gia/general/201207/03/P201207030597_print.htm', 'host: info.gov.hk'],
  ])('%s', (url, reason) => {
    const src = { ...loadSource('mod-20181130-kepu'), url };
    expect(detect(src).reasons).toContain(reason);
  });
  it('a government host alone does not make a transcript', () => {
    const src = { ...loadSource('neg-gov-rules-zhenba-2024'), url: 'http://zb.gov.cn/zbxzf/xzfwj/202404/x.shtml' };
    expect(detect(src).press).toBe(false);
  });
});

describe('quickReject', () => {
  it.each([
    [{ text: 'Hello world: nothing Chinese here at all, just ASCII text with colons: a: b: c:' }, true],
    [
      {
        text: '国民经济运行稳中有进、稳中提质。今年以来,面对复杂严峻的国内外形势,各地区各部门认真贯彻落实新发展理念。',
      },
      true,
    ],
    [
      {
        text: '俄新社记者:美国白宫国家贸易和制造业政策办公室主任纳瓦罗指责中国出口假冒伪劣检测试剂盒。耿爽:我们注意到有关报道。',
      },
      false,
    ],
    // One label alone is not enough without a press title (neg-interview pages, quoted speech).
    [{ text: '俄新社记者:美国白宫国家贸易和制造业政策办公室主任纳瓦罗指责中国出口假冒伪劣检测试剂盒。' }, true],
    // A government article's metadata table is not a run of speaker labels (neg-gov-rules-zhenba-2024).
    [
      {
        text: '镇巴县人民政府工作规则 索引号: 6107280000/2024-001005 主题分类: 来源: 发文机构: 县政府网站 发文字号: 镇政发〔2024〕7号 发文日期: 2024年04月06日 16:40 有效性: 内容概述: 镇巴县人民政府工作规则 第一章总则 一、根据《中华人民共和国宪法》',
      },
      true,
    ],
    [
      {
        title: '2022年10月27日外交部发言人毛宁主持例行记者会',
        text: '坦桑尼亚是东部非洲重要国家。中坦传统友好。二〇一三年习近平主席访问坦桑尼亚。',
      },
      false,
    ],
    [
      {
        text: '[路透社記者]我的問題是中國與越南的貿易關係,具體來説就是最近在南海的緊張局勢是不是影響了中越貿易關係? [秦剛]中越貿易關係發展良好。',
      },
      false,
    ],
  ])('%#', (input, rejected) => {
    expect(quickReject(input)).toBe(rejected);
  });
});

// Hand-built pages from the same text as the fixtures, to check one rule at a time.
describe('detect: one rule at a time', () => {
  const wenda = loadSource('mfa-20161213-wenda').blocks.map((b) => b.text);
  it.each([
    ['anonymous 问/答 exchanges are a transcript', wenda, true],
    ['the same under a policy-explainer title are not', ['个人所得税政策问答', ...wenda], false],
    ['… unless the title is a press title', ['外交部发言人答记者问', ...wenda], true],
    [
      'legislators answering journalists (两会 委员通道)',
      ['记者:请问您如何看待科技创新?', '王某委员:科技创新非常重要。', '记者:还有一个问题?', '王某委员:谢谢。'],
      true,
    ],
    ['one answered question and no press title', ['记者:请问您如何看待科技创新?', '吴谦:科技创新非常重要。'], false],
  ])('%s', (_name, lines, press) => {
    expect(detect({ blocks: blocksFromText(lines.join('\n')) }).press).toBe(press);
  });
});

// Media interviews are printed with the same labels as briefings: 记者 asks, the interviewee answers by name.
describe('detect: media interviews are not press conferences', () => {
  it.each([
    [
      [
        '采访约在下午两点。',
        '记者:你现在还每天去公司吗?',
        '顾惟真:去,但不像以前。',
        '记者:以前应该不是这个节奏。',
        '顾惟真:以前一天能塞十件。',
      ],
    ],
    [
      [
        '记者:现在电商投资趋冷,您对电商的投资态度是什么?',
        '杨飞:我想我们的步骤不会太受这个影响。',
        '记者:那么估值呢?',
        '张扬:估值已经回落。',
      ],
    ],
    [
      [
        '独家专访:谈监狱生活',
        '人民日报记者:感谢您接受我们的采访。',
        '王某:谢谢。',
        '人民日报记者:第二个问题?',
        '王某:好的。',
      ],
    ],
  ])('%#', (lines) => {
    expect(detect({ blocks: blocksFromText(lines.join('\n')) }).press).toBe(false);
  });
});

// The detector runs the label regex only near the characters a match can end with; it must find exactly what a
// plain scan of the whole text finds.
describe('labelHintMatches equals a plain matchAll', () => {
  const plain = (s: string) => [...s.matchAll(new RegExp(LABEL_HINT_RE.source, 'g'))].map((m) => [m.index, m[0]]);
  const fast = (s: string) => [...labelHintMatches(s)].map((m) => [m.index, m[0]]);

  it.each(fixtureIds())('%s', (id) => {
    const text = loadSource(id)
      .blocks.map((b) => b.text)
      .join('\n');
    expect(fast(text)).toEqual(plain(text));
  });

  it('on 2,000 random strings of labels, brackets, colons and spaces', () => {
    const parts = [
      '记者',
      '答',
      ':',
      '：',
      '】',
      '【',
      '[',
      ']',
      ' ',
      '。',
      '问',
      'ab',
      '1、',
      '主持人',
      '\n',
      '？',
      '发言人',
    ];
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let i = 0; i < 2000; i++) {
      const s = Array.from({ length: rnd(80) }, () => parts[rnd(parts.length)]).join('');
      expect(fast(s), s).toEqual(plain(s));
    }
  });
});

describe('sampleText', () => {
  it.each([
    ['<p>记者:问题</p><script>var x = "不要";</script><p>答:回答</p>', 100, '记者:问题答:回答'],
    ['<div>一二三四五六七八九十</div>', 4, '一二三四'],
    ['<style>p{}</style><template><p>隐藏</p></template><p>可见</p>', 100, '可见'],
    ['', 100, ''],
  ])('%s (max %i)', (html, max, want) => {
    document.body.innerHTML = html;
    expect(sampleText(document.body, max)).toBe(want);
  });

  it('stops reading once it has enough text', () => {
    document.body.innerHTML = '<p>记者:问题</p>'.repeat(20000);
    expect(sampleText(document.body, 50).length).toBe(50);
  });
});

// The shapes issue 15 added, each with a look-alike that must stay out.
describe('detect: the new real shapes and their counter-examples', () => {
  const page = (lines: string[]) => detect({ blocks: blocksFromText(lines.join('\n')) });
  const q = '请问对此有何评论?';
  const a = '中方的立场是一贯的、明确的,我们将继续同各方保持沟通。';
  it.each<[string, string[], boolean, RegExp]>([
    // Page 2 of a paginated transcript: three alternations, no title (mod-20200827-81cn-p2).
    [
      'page 2',
      ['记者:' + q, '吴谦:' + a, '记者:' + q, '吴谦:' + a, '记者:' + q, '吴谦:' + a],
      true,
      /3 journalist-official alternations/,
    ],
    [
      'two alternations only',
      ['记者:' + q, '吴谦:' + a, '记者:' + q, '吴谦:' + a],
      false,
      /no journalist question answered/,
    ],
    [
      'an interview with three',
      ['专访吴谦', '记者:' + q, '吴谦:' + a, '记者:' + q, '吴谦:' + a, '记者:' + q, '吴谦:' + a],
      false,
      /interview: 专访/,
    ],
    // An official's statement under a press-record title (tw-mofa-20010115-tc).
    [
      'record title',
      ['標題:九十年度新春記者會談話紀錄', '部長:', a + a + a + a],
      true,
      /official statement under a press-record title/,
    ],
    ['press story title', ['國台辦改每周開記者會', '部長:', a + a + a + a], false, /no journalist question answered/],
    // Court hearings and notices say no, and say why.
    [
      'court hearing',
      ['某某案庭审实录', '审判长:被告人,你有无异议?', '被告人:' + a, '审判长:' + q, '被告人:' + a],
      false,
      /court hearing: 审判长, 被告人/,
    ],
    [
      'notice',
      ['关于召开第三季度新闻发布会的通知', '时间:10月20日上午10时', '地点:市政府新闻发布厅', '联系人:张三'],
      false,
      /notice of a coming conference: 通知/,
    ],
    [
      'talk show record',
      ['《夜话》节目文字实录', '主持人:欢迎回到节目。', '张英(某大学教授):' + a, '主持人:' + q, '张英:' + a],
      false,
      /no journalist question answered/,
    ],
  ])('%s', (_name, lines, press, reason) => {
    const v = page(lines);
    expect(v.press, v.reasons.join('; ')).toBe(press);
    expect(v.reasons.join('; ')).toMatch(reason);
  });
});
