// Pages served to the browsers, built from the fixtures' stored text in the shapes the real sites use, under the
// real sites' host names and paths so that host matching runs as it does on the web.
import fs from 'node:fs';
import path from 'node:path';
import { CORPUS_HOSTS } from './corpus-pages.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', '..');
const fixtureText = (id) => fs.readFileSync(path.join(root, 'tests', 'fixtures', 'pages', id, 'source.txt'), 'utf8');
export const fixtureExpected = (id) =>
  JSON.parse(fs.readFileSync(path.join(root, 'tests', 'fixtures', 'pages', id, 'expected.json'), 'utf8'));

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const lines = (text) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

// A label is the text before the first colon when it is short; used only to shape the markup like the site does.
const LABEL = /^(.{1,30}?[:：∶︰])(.*)$/;

/** eastday Big5 gateway: table layout, <p> per paragraph with full-width indent, share widget, footer. */
function eastday(id, { title, lang = 'zh-Hant' }) {
  const [, ...rest] = lines(fixtureText(id));
  const body = rest.map((l) => `<p style="text-indent:2em">${esc(l)}</p>`).join('\n');
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font:14px/1.6 sans-serif;margin:0}#nav a{margin:0 6px}.share{color:#888}</style></head>
<body><div id="nav"><a href="/">首頁</a><a href="/xwb">新聞發佈</a><a href="/zc">政策文件</a></div>
<table width="960" align="center"><tr><td class="content"><h2>${esc(title)}</h2>
<div id="ivs_content">${body}</div><div class="share">分享按鈕</div></td></tr></table>
<div id="footer">來源:上海市人民政府新聞辦公室 | 版權所有</div></body></html>`;
}

/** fmprc: breadcrumbs, <h1>, paragraphs where the journalist's label is in <strong>. */
function fmprc(id, { title }) {
  const ls = lines(fixtureText(id));
  const body = ls
    .slice(3)
    .map((l) => {
      const m = LABEL.exec(l);
      return m && !/^毛宁/.test(m[1]) ? `<p><strong>${esc(m[1])}</strong>${esc(m[2])}</p>` : `<p>${esc(l)}</p>`;
    })
    .join('\n');
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title></head>
<body><div class="crumbs"><a href="/">首页</a> &gt; <a href="/wjdt">外交动态</a> &gt; 发言人表态</div>
<div class="news-main"><h1>${esc(title)}</h1><p class="time">${esc(ls[2] ?? '')}</p>
<div id="News_Body_Txt_A">${body}</div></div><div class="footer">中华人民共和国外交部 版权所有</div></body></html>`;
}

/** info.gov.hk press release: one <pre>-like block of <br>-separated lines. */
function infoGovHk(id, { title }) {
  const ls = lines(fixtureText(id));
  return `<!DOCTYPE html><html lang="zh-HK"><head><meta charset="big5-hkscs"><meta charset="utf-8"><title>${esc(title)}</title></head>
<body><div id="top">政府新聞網</div><span id="PRHeadlineSpan">${esc(title)}</span>
<p><span id="pressrelease">${ls.slice(3).map(esc).join('<br>\n')}</span></p>
<p>完</p><div id="footer">2016年6月21日(星期二)</div></body></html>`;
}

/** www.gov.cn Big5 gateway: labels alone on their own line, in <div>s. */
function govcn(id, { title, lang = 'zh-Hant' }) {
  const ls = lines(fixtureText(id));
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title></head>
<body><div class="header">中國政府網</div><div class="pages-title">${esc(title)}</div>
<div id="UCAP-CONTENT" class="pages_content">${ls
    .slice(4)
    .map((l) => `<div>${esc(l)}</div>`)
    .join('\n')}</div><div class="footer">主辦單位:國務院辦公廳</div></body></html>`;
}

/** A gov.cn page that is not a transcript: a regulation. */
function govRules(id, { title }) {
  const ls = lines(fixtureText(id));
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title></head>
<body><h1>${esc(title)}</h1><div class="article">${ls.map((l) => `<p id="p${esc(l.slice(0, 2))}">${esc(l)}</p>`).join('\n')}</div></body></html>`;
}

/** Hostile text in labels and answers (markup printed as text, as a CMS that escapes its own tags shows it). */
function hostile() {
  const title = '2024年1月5日外交部发言人汪文斌主持例行记者会';
  const lines = [
    '法新<img src=x onerror="window.__pwned=1">社记者:请问发言人对此有何评论?',
    '汪<script>window.__pwned=2</script>文斌:我们注意到有关报道。<img src=x onerror="window.__pwned=3">中方立场是一贯的。',
    '路透社记者:第二个问题,关于贸易数据,今年前两个月出口增长近30%。',
    '汪<script>window.__pwned=2</script>文斌:我不掌握具体情况,建议你向主管部门询问。',
    '彭博社记者:还有一个问题,关于会议安排。',
    '汪<script>window.__pwned=2</script>文斌:有消息我们会及时发布。',
  ];
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head>
<body><h1>${title}</h1><div id="content">${lines.map((l) => `<p>${esc(l)}</p>`).join('\n')}</div></body></html>`;
}

/** The seed page with one answer paragraph a megabyte long, on one line (a page that stores a whole answer, or a
 *  whole transcript, without a break): ruby and pinyin must work through it without holding the tab. */
export const LONG_PARAGRAPH_CHARS = 1 << 20;
function longAnswer() {
  const id = 'seed-shanghai-20180612-tc';
  const html = eastday(id, { title: '2018年6月12日市政府新聞發佈會問答實錄' });
  const ls = lines(fixtureText(id));
  const prose = ls.filter((l) => !LABEL.test(l) && l.length > 60).join('');
  const long = prose.repeat(Math.ceil(LONG_PARAGRAPH_CHARS / prose.length)).slice(0, LONG_PARAGRAPH_CHARS);
  const target = ls.find((l) => l.startsWith('首先是進一步'));
  return html.replace(`>${esc(target)}</p>`, `>${esc(long)}</p>`);
}

/** The MFA page with a script of its own that keeps changing the page (a ticker and a clock), as news sites do. */
function live() {
  const base = fmprc('mfa-20221027-fmprc', { title: '2022年10月27日外交部发言人毛宁主持例行记者会' });
  const script = `<div id="ticker">最新消息</div><div id="clock"></div><script>
let n = 0;
setInterval(() => {
  n++;
  document.getElementById('clock').textContent = '更新时间 ' + n;
  const item = document.createElement('p');
  item.textContent = '滚动新闻第' + n + '条：国务院新闻办公室发布会';
  document.getElementById('ticker').append(item);
  if (n > 40) document.getElementById('ticker').firstElementChild.remove();
}, 50);
</script>`;
  return base.replace('</body>', `${script}</body>`);
}

export const SITES = {
  seed: {
    host: 'big5.eastday.com',
    path: '/gate/big5/shio.eastday.com/sh/xwb/n790/n792/n1038/n1054/u1ai17604.html',
    fixture: 'seed-shanghai-20180612-tc',
    html: () => eastday('seed-shanghai-20180612-tc', { title: '2018年6月12日市政府新聞發佈會問答實錄' }),
  },
  mfa: {
    host: 'www.fmprc.gov.cn',
    path: '/wjdt_674879/fyrbt_674889/202210/t20221027_10792929.shtml',
    fixture: 'mfa-20221027-fmprc',
    html: () => fmprc('mfa-20221027-fmprc', { title: '2022年10月27日外交部发言人毛宁主持例行记者会' }),
  },
  hk: {
    host: 'www.info.gov.hk',
    path: '/gia/general/201606/21/P201606210269.htm',
    fixture: 'hk-ce-20160621-tc',
    html: () => infoGovHk('hk-ce-20160621-tc', { title: '行政長官於行政會議前會見傳媒談話全文' }),
  },
  // A Chief Executive's answer that names the office in its own words (the word card's Traditional case).
  hkAnswers: {
    host: 'www.info.gov.hk',
    path: '/gia/general/202011/11/P2020111100920.htm',
    fixture: 'hk-ce-20201111-tc',
    html: () => infoGovHk('hk-ce-20201111-tc', { title: '行政長官會見傳媒答問內容' }),
  },
  govcn: {
    host: 'big5.www.gov.cn',
    path: '/gate/big5/www.gov.cn/xinwen/2019-03-14/content_5373631.htm',
    fixture: 'scio-nbs-20190314-tc',
    html: () => govcn('scio-nbs-20190314-tc', { title: '國新辦就2019年1-2月份國民經濟運行情況舉行發佈會' }),
  },
  negative: {
    host: 'zb.gov.cn',
    path: '/zbxzf/xzfwj/202404/49ca3d0c669f4c2ebf6f7fabf563549c.shtml',
    fixture: 'neg-gov-rules-zhenba-2024',
    html: () => govRules('neg-gov-rules-zhenba-2024', { title: '镇巴县人民政府关于印发规则的通知' }),
  },
  live: {
    host: 'www.mfa.gov.cn',
    path: '/web/fyrbt_673021/live.shtml',
    fixture: 'mfa-20221027-fmprc',
    html: live,
  },
  longAnswer: {
    host: 'big5.eastday.com',
    path: '/gate/big5/shio.eastday.com/sh/xwb/n790/n792/n1038/n1054/long-answer.html',
    fixture: 'seed-shanghai-20180612-tc',
    html: longAnswer,
  },
  hostile: {
    host: 'www.mfa.gov.cn',
    path: '/web/fyrbt_673021/hostile.shtml',
    fixture: null,
    html: hostile,
  },
};

export const HOSTS = [...new Set([...Object.values(SITES).map((s) => s.host), ...CORPUS_HOSTS])];
