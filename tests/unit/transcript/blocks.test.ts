import { describe, expect, it } from 'vitest';
import { blocksFromText, findContainer, readBlocks, sourceFromDocument } from '../../../lib/transcript/blocks';
import { analyzeSource } from '../../../lib/transcript/index';
import { loadSource, parseDocument } from './load';

const page = (body: string, title = '2022年10月27日外交部发言人毛宁主持例行记者会') =>
  `<!DOCTYPE html><html lang="zh-CN"><head><title>${title}</title></head><body>${body}</body></html>`;

// Shapes of real transcript markup: fmprc <p> with <strong> questions, <br>-separated text, a <div> per line,
// a label split over bold runs (mfa-20210510-163html), a label in a link (华春莹 on NetEase).
describe('readBlocks: one block per paragraph whatever the markup', () => {
  it.each([
    [
      '<p> </p><p><strong>总台央视记者：</strong>中方今天发布了坦桑尼亚总统哈桑将访华的消息。</p><p>毛宁：坦桑尼亚是东部非洲重要国家。</p><p>哈桑总统将是首位非洲国家元首。</p>',
      [
        '总台央视记者：中方今天发布了坦桑尼亚总统哈桑将访华的消息。',
        '毛宁：坦桑尼亚是东部非洲重要国家。',
        '哈桑总统将是首位非洲国家元首。',
      ],
    ],
    [
      '<div>总台央视记者：中方今天发布了消息，你能否介绍此访安排？<br>毛宁：坦桑尼亚是东部非洲重要国家。<br><br>哈桑总统将是首位非洲国家元首。</div>',
      [
        '总台央视记者：中方今天发布了消息，你能否介绍此访安排？',
        '毛宁：坦桑尼亚是东部非洲重要国家。',
        '哈桑总统将是首位非洲国家元首。',
      ],
    ],
    [
      '<div><div>记者：请问中方对此有何评论？</div><div>吴谦：你这个问题让我想起两句诗。</div></div>',
      ['记者：请问中方对此有何评论？', '吴谦：你这个问题让我想起两句诗。'],
    ],
    [
      '<p><strong><strong>深圳卫视记者：</strong>5<strong>月</strong><strong>9</strong><strong>日，俄罗斯举行阅兵式。</strong></strong></p><p><a href="https://news.163.com/news/search?keyword=x">华春莹</a>：我们注意到昨天俄罗斯成功举办阅兵仪式。</p>',
      ['深圳卫视记者：5月9日，俄罗斯举行阅兵式。', '华春莹：我们注意到昨天俄罗斯成功举办阅兵仪式。'],
    ],
    ['<p><b>毛</b><b>宁：</b>坦桑尼亚是东部非洲重要国家。</p>', ['毛宁：坦桑尼亚是东部非洲重要国家。']],
    [
      '<p>　　<span style="display:none">隐藏的统计代码文字</span>毛宁：中坦传统友好。<script>var a = "记者：";</script></p><div class="bdsharebuttonbox">分享到：微信 微博</div>',
      ['毛宁：中坦传统友好。'],
    ],
  ])('%#', (body, texts) => {
    expect(readBlocks(parseDocument(page(body))).map((b) => b.text)).toEqual(texts);
  });
});

describe('block metadata', () => {
  it('keeps the DOM nodes of each block and the bold leading run', () => {
    const doc = parseDocument(
      page('<p><strong>总台央视记者：</strong>中方今天发布了消息。</p><p>毛宁：坦桑尼亚是东部非洲重要国家。</p>'),
    );
    const blocks = readBlocks(doc);
    expect(blocks.map((b) => b.emphasisPrefix)).toEqual(['总台央视记者：', undefined]);
    const first = blocks[0];
    expect(first?.nodes?.[0]?.nodeName).toBe('P');
    expect(
      first?.nodes
        ?.slice(1)
        .map((n) => n.nodeValue)
        .join(''),
    ).toBe(first?.text);
    expect(blocks.map((b) => b.index)).toEqual([0, 1]);
  });
  it('a <br>-separated block keeps only its own text nodes', () => {
    const blocks = readBlocks(parseDocument(page('<div>记者：请问？<br>毛宁：好。</div>')));
    expect(blocks.map((b) => b.nodes?.map((n) => n.nodeValue))).toEqual([['记者：请问？'], ['毛宁：好。']]);
  });
});

describe('findContainer: the element with the transcript, not the page chrome', () => {
  it('skips navigation, link lists and footers', () => {
    const links = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="t${i}.shtml">2020年12月${i}日外交部发言人华春莹主持例行记者会</a></li>`,
    ).join('');
    const body = `<div class="nav"><a href="/">首页</a> &gt; <a href="./">外交动态</a></div>
      <div class="main"><div class="left"><ul>${links}</ul></div>
      <div class="content" id="News_Body_Txt_A"><p>总台央视记者：中方今天发布了坦桑尼亚总统哈桑将访华的消息，你能否介绍此访安排和中方期待？</p>
      <p>毛宁：坦桑尼亚是东部非洲重要国家。中坦传统友好。近年来，中国和坦桑尼亚政治互信不断深化，务实合作成果丰硕。</p>
      <p>哈桑总统将是中方在中国共产党第二十次全国代表大会后接待的首位非洲国家元首。访问期间，两国元首将举行会谈。</p></div></div>
      <div class="footer">中华人民共和国外交部 版权所有 地址：北京市朝阳区朝阳门南大街2号</div>`;
    const doc = parseDocument(page(body));
    expect(findContainer(doc)?.getAttribute('id')).toBe('News_Body_Txt_A');
    const t = analyzeSource(sourceFromDocument(doc));
    expect(t.press).toBe(true);
    expect(t.turns.map((x) => [x.kind, x.label, x.role])).toEqual([
      ['question', '总台央视记者', null],
      ['answer', '毛宁', '外交部发言人'],
    ]);
  });
});

describe('sourceFromDocument', () => {
  it.each([
    [
      '杨洁篪在第55届慕尼黑安全会议上的主旨演讲（全文） — 中华人民共和国外交部',
      '杨洁篪在第55届慕尼黑安全会议上的主旨演讲（全文）',
    ],
    ['国务院新闻办就中国—东盟经贸合作举行发布会_中国政府网', '国务院新闻办就中国—东盟经贸合作举行发布会'],
  ])('title %s', (raw, title) => {
    expect(sourceFromDocument(parseDocument(page('<p>正文。</p>', raw))).title).toBe(title);
  });
  it('takes lang and the URL', () => {
    const src = sourceFromDocument(parseDocument(page('<p>正文。</p>')), 'https://www.fmprc.gov.cn/x.shtml');
    expect([src.lang, src.url]).toEqual(['zh-CN', 'https://www.fmprc.gov.cn/x.shtml']);
  });
});

describe('blocksFromText', () => {
  it.each([
    ['a\n\n  b  c \r\n\t\nd', ['a', 'b c', 'd']],
    [
      '2020年4月28日外交部发言人耿爽主持例行记者会 |\n||\n|\n【束珏婷】:各位记者朋友 |',
      ['2020年4月28日外交部发言人耿爽主持例行记者会', '【束珏婷】:各位记者朋友'],
    ],
    ['', []],
  ])('%j', (text, blocks) => {
    expect(blocksFromText(text).map((b) => b.text)).toEqual(blocks);
  });
});

describe('sourceFromDocument: the conference title when <title> holds only the site name', () => {
  it.each([
    [
      '<h1>2022年10月27日外交部发言人毛宁主持例行记者会</h1><p>总台央视记者：请问。</p>',
      '2022年10月27日外交部发言人毛宁主持例行记者会',
    ],
    [
      '<div class="title" id="News_Body_Title">国务院新闻办就2019年国民经济运行情况举行发布会</div><p>正文。</p>',
      '国务院新闻办就2019年国民经济运行情况举行发布会',
    ],
    ['<p>正文。</p>', '中华人民共和国外交部'],
  ])('%#', (body, title) => {
    expect(sourceFromDocument(parseDocument(page(body, '中华人民共和国外交部'))).title).toBe(title);
  });
});

// The seed's real exchanges laid out as a two-column table, labels in their own cells without colons: the same
// turns as the page itself gives. A table of names and roles alone stays what it is.
describe('a Q&A table: the label in the first cell, the words in the next', () => {
  const seed = analyzeSource(loadSource('seed-shanghai-20180612-tc'));
  const exchanges = seed.turns.filter((t) => t.section > 0 && t.kind !== 'host').slice(0, 6);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const table = (rows: [string, string][]) =>
    `<table><tbody>${rows.map(([a, b]) => `<tr><td>${esc(a)}</td><td>${esc(b)}</td></tr>`).join('')}</tbody></table>`;

  it('reads the seed’s first three exchanges as the same turns', () => {
    const html = page(table(exchanges.map((t) => [t.label, t.text.split('\n')[0] ?? ''])), seed.title ?? '');
    const t = analyzeSource(sourceFromDocument(parseDocument(html)));
    expect(t.press).toBe(true);
    expect(t.turns.map((x) => [x.kind, x.label, x.text.slice(0, 12)])).toEqual(
      exchanges.map((x) => [x.kind, x.label, x.text.slice(0, 12)]),
    );
  });

  it('marks only a row’s first cell, and only with a cell after it', () => {
    const blocks = readBlocks(
      parseDocument(page(`<table><tr><td>記者</td><td>請問</td><td>備註</td></tr><tr><td>單獨一格</td></tr></table>`)),
      { findContainer: false },
    );
    expect(blocks.map((b) => [b.text, b.labelCell === true])).toEqual([
      ['記者', true],
      ['請問', false],
      ['備註', false],
      ['單獨一格', false],
    ]);
  });

  it('a table of the speakers and their roles is not a transcript', () => {
    const people = seed.turns.filter((t) => t.kind === 'answer' && t.speaker && t.role);
    const rows = [...new Map(people.map((p) => [p.speaker ?? '', p.role ?? ''])).entries()];
    expect(rows.length).toBeGreaterThan(3);
    const t = analyzeSource(sourceFromDocument(parseDocument(page(table(rows), '出席人員名單'))));
    expect(t.press).toBe(false);
  });
});

// The same with each label in a bold paragraph of its own, no colon (<p><strong>记者</strong></p><p>请问…</p>).
describe('a bold label on a line of its own, then the words', () => {
  const mfa = analyzeSource(loadSource('mfa-20221027-fmprc'));
  const turns = mfa.turns.filter((t) => t.section > 0).slice(0, 6);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

  it('reads the MFA fixture’s first exchanges as the same turns', () => {
    const body = turns.map((t) => `<p><strong>${esc(t.label)}</strong></p><p>${esc(t.text)}</p>`).join('');
    const t = analyzeSource(sourceFromDocument(parseDocument(page(body))));
    expect(t.press).toBe(true);
    expect(t.turns.map((x) => [x.kind, x.label, x.text.slice(0, 12)])).toEqual(
      turns.map((x) => [x.kind, x.label, x.text.slice(0, 12)]),
    );
  });

  it('bold names over short profiles are not a transcript', () => {
    const seed = analyzeSource(loadSource('seed-shanghai-20180612-tc'));
    const people = [...new Map(seed.turns.filter((t) => t.speaker && t.role).map((t) => [t.speaker, t.role]))];
    const body = people.map(([name, role]) => `<p><strong>${esc(name ?? '')}</strong></p><p>${esc(role ?? '')}</p>`);
    const t = analyzeSource(sourceFromDocument(parseDocument(page(body.join(''), '出席人員介紹'))));
    expect(people.length).toBeGreaterThan(3);
    expect(t.press).toBe(false);
  });
});

// Hidden markup is not read as transcript: linkedom has no layout, so the attributes and inline style decide.
describe('hidden nodes are not transcript', () => {
  it.each([
    ['<p hidden>记者：隐藏的问题？</p>'],
    ['<p aria-hidden="true">记者：隐藏的问题？</p>'],
    ['<p style="display: none !important">记者：隐藏的问题？</p>'],
    ['<p style="visibility:hidden">记者：隐藏的问题？</p>'],
    ['<p class="sr-only">记者：隐藏的问题？</p>'],
    ['<div class="d-none"><p>记者：隐藏的问题？</p></div>'],
  ])('%s', (hidden) => {
    const body = `<div>${hidden}<p>毛宁：坦桑尼亚是东部非洲重要国家。</p></div>`;
    expect(readBlocks(parseDocument(page(body))).map((b) => b.text)).toEqual(['毛宁：坦桑尼亚是东部非洲重要国家。']);
  });
  it.each([
    ['<p class="overflow-hidden">记者：看得见的问题？</p>'],
    ['<p aria-hidden="false">记者：看得见的问题？</p>'],
  ])('still read: %s', (shown) => {
    const body = `<div>${shown}<p>毛宁：坦桑尼亚是东部非洲重要国家。</p></div>`;
    expect(readBlocks(parseDocument(page(body)))).toHaveLength(2);
  });
});

// The container holds the whole transcript: the heaviest child is not enough when labels stand beside it.
describe('findContainer keeps every part of the transcript', () => {
  const answer = '毛宁：坦桑尼亚是东部非洲重要国家，中坦传统友好，两国关系长期健康稳定发展，我们愿同坦方一道努力。';
  it('the host opening in one block and the questions in the next', () => {
    const body =
      `<div id="all"><div id="open"><p>主持人：各位记者朋友，大家好。</p><p>记者：请问中方对此有何评论？</p></div>` +
      `<div id="qa">${`<p>记者：请问中方对此有何评论？</p><p>${answer}</p>`.repeat(4)}</div></div>`;
    expect(findContainer(parseDocument(page(body)))?.getAttribute('id')).toBe('all');
  });
  it('still descends past a header that has no labels', () => {
    const body =
      `<div id="all"><div id="head"><p>发布时间：2022-10-27</p><p>来源：外交部</p></div>` +
      `<div id="qa">${`<p>记者：请问中方对此有何评论？</p><p>${answer}</p>`.repeat(4)}</div></div>`;
    expect(findContainer(parseDocument(page(body)))?.getAttribute('id')).toBe('qa');
  });
});

// A Markdown note whose newlines a store collapsed (tw-president-20200122-hackmd) is cut back into its lines.
describe('blocksFromText: collapsed Markdown', () => {
  it('splits front matter, headings and images, and leaves ordinary lines alone', () => {
    const speech = '今天會就武漢肺炎病毒相關的議題進行說明,會後也會有簡短媒體提問。'.repeat(3);
    const line = `--- title: 談話 逐字稿 --- # 20200122 談話 逐字稿 ![](https://i.example/a.jpg) 說明文字 ## 逐字稿: ### 丁允恭: ${speech} ### 蔡英文: 各位媒體朋友。`;
    expect(blocksFromText(line).map((b) => b.text.slice(0, 12))).toEqual([
      '--- title: 談',
      '# 20200122 談',
      '![](https://',
      '說明文字',
      '## 逐字稿:',
      '### 丁允恭: 今天會',
      '### 蔡英文: 各位媒',
    ]);
    const plain = `記者:請問 #1 號議題? 毛宁:${speech}`;
    expect(blocksFromText(plain)).toHaveLength(1);
  });
});
