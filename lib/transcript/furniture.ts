// Page furniture: whole lines that are the site's tools and navigation, never the transcript's own words. They are
// the only lines of a transcript's container the reader may leave out (issue 15: "every character of the
// container's text except the furniture lines named by rule"), so this one table is shared by the engine (the scan
// reads such a line as chrome) and by the browser tests (which excuse exactly the lines it names). Each row names
// the real pages that justify it, with examples it must name and counter-examples it must not: a line that only
// mentions a tool (打印机, 分享经验) is text. Datelines, sources and end marks (2017年2月28日(星期二), 來源:台灣網, 完)
// are the transcript's own and are not furniture.
import { collapseSpace } from './text';

/** `chrome`: the site's tools and navigation; `footer`: the site's own footer (copyright, address). */
export type FurnitureKind = 'chrome' | 'footer';

export interface FurnitureRule {
  name: string;
  kind: FurnitureKind;
  /** Tested against the whole line, white space collapsed. */
  re: RegExp;
  /** Real lines it names (a fixture's, where one has it). */
  examples: readonly string[];
  /** Lines it must leave alone. */
  counter: readonly string[];
}

export const FURNITURE_RULES: readonly FurnitureRule[] = [
  {
    // seed-shanghai-20180612-tc: the Big5 gateway's screen-reader widget.
    name: 'screen-reader widget',
    kind: 'chrome',
    re: /^不能[读讀]取[语語]音[阅閱][读讀]器$/,
    examples: ['不能讀取語音閱讀器'],
    counter: ['我不能读取这份文件'],
  },
  {
    // hk-ce-20170228-sc 跳至主要内容, tw-mofa-20230207-tc 跳到主要內容區塊, neg-wikisource 跳转到内容: the skip link.
    name: 'skip link',
    kind: 'chrome',
    re: /^(?:跳至|跳到|跳轉到|跳转到|跳轉至|跳转至)(?:主要)?(?:内容|內容)(?:區塊|区块)?$/,
    examples: ['跳至主要内容', '跳至主要內容', '跳到主要內容區塊', '跳转到内容'],
    counter: ['跳到主要内容之前，我想先说明一点。'],
  },
  {
    // seed 分享按鈕, 分享到 bars; 微博、微信 alone is not named (scio-asean-20140722-tc shows it as text).
    name: 'share button',
    kind: 'chrome',
    re: /^分享(?:按[钮鈕]|到|至)?[：:]?$/,
    examples: ['分享按鈕', '分享到：', '分享'],
    counter: ['分享经验', '分享到朋友圈的内容引起关注。'],
  },
  {
    // hk-fs-20100327-sc 列印此页, 打印本页, 【打印】, 关闭窗口: print and close links.
    name: 'print or close link',
    kind: 'chrome',
    re: /^(?:[【[]?(?:打印|列印)(?:本[页頁]|此[页頁])?[】\]]?|[关關][闭閉](?:本)?[窗視视]口)$/,
    examples: ['列印此页', '打印本页', '【打印】', '关闭窗口'],
    counter: ['打印机', '列印此页的内容如下：'],
  },
  {
    // hk-cs-20020628-sc 寄给朋友 / 寄给朋友政府主网页, hk-fs-20100327-sc 简体版 寄给朋友 政府新闻网,
    // hk-fs-budget-20150225-tc 簡體版 英文版 寄給朋友 政府新聞網, scio-nbs-20190314-tc EN: the version switch and
    // the e-mail link of a government release's top bar, and what follows them on that bar.
    name: 'version switch or e-mail link',
    kind: 'chrome',
    re: /^(?:(?:[简簡][体體]版|繁[体體]版|英文版|中文版|EN|ENGLISH|English)\s*)+$|^(?:(?:[简簡][体體]版|繁[体體]版|英文版)\s*)*寄[给給]朋友.*$/,
    examples: [
      '简体版',
      '繁體版',
      'EN',
      '寄给朋友',
      '寄给朋友政府主网页',
      '简体版 寄给朋友 政府新闻网',
      '簡體版 英文版 寄給朋友 政府新聞網',
    ],
    counter: ['英文版的谈话全文另行发放。', '请把文件寄给朋友吗？'],
  },
  {
    // scio-nbs-20190314-tc 字號:默認 超大 | 打印 |, shanghai-20070531 字号:, tao-20201216-taiwancn-tc 字號: the
    // font-size switch.
    name: 'font-size switch',
    kind: 'chrome',
    re: /^(?:[【[]?字[体體号號][：:].{0,30}|字[号號][:：]?(?:\s*[大中小默认認超]{1,2}){0,6}(?:\s*\|.*)?|(?:\d+|[\u4e00-\u9fff]{1,6}) *\| *打印.*)$/,
    examples: ['字號:默認 超大 | 打印 |', '字号:', '字號', '字号：大 中 小', '【字体：大 中 小】'],
    counter: ['字号很小的文件', '字号问题我们会改进。'],
  },
  {
    // sg-pm-20150912-forum (a Discuz board): 查看: 1957|回复: 0, [复制链接], 发表于 12-9-2015 12:54:12|来自: |
    // 显示全部楼层 |阅读模式, 返回列表 发帖 付费广告, [attach][/attach].
    name: 'forum chrome',
    kind: 'chrome',
    re: /^(?:(?:查看|回复|回覆|阅读|閱讀|浏览|瀏覽)\s*[:：]\s*\d+\s*\|.*|\[?(?:复制链接|複製鏈接|複製連結)\]?|(?:发表于|發表於)\s*\d.*|返回列表.*|\[attach\].*)$/,
    examples: [
      '查看: 1957|回复: 0',
      '[复制链接]',
      '发表于 12-9-2015 12:54:12|来自: | 显示全部楼层 |阅读模式',
      '返回列表 发帖 付费广告',
      '[attach][/attach]',
    ],
    counter: ['查看有关情况', '发表于人民日报的文章指出，'],
  },
  {
    // mfa-20221027-fmprc 首页 > 外交动态 > 发言人表态, tao-20230426-hnstb 首页 > 图片聚焦 > …: the breadcrumb.
    name: 'breadcrumb',
    kind: 'chrome',
    re: /^(?:首[页頁]|主[页頁]|[当當]前位置[：:]?|您(?:现在|現在)?的位置[：:]?)\s*(?:[>»›]\s*[^>»›]{1,40}\s*){2,}$/,
    examples: ['首页 > 外交动态 > 发言人表态', '首页 > 图片聚焦 > 国台办新闻发布会辑录(2023-04-26)'],
    counter: ['首页 > 新闻', '首先，增长 > 预期。'],
  },
  {
    // neg-mfa-listpage-html: 中华人民共和国外交部 版权所有 地址：… — the site's own footer.
    name: 'copyright footer',
    kind: 'footer',
    re: /^(?!.*[。，？！?!]).{0,40}(?:版[权權]所有|Copyright\s*©?|©\s*\d{4}).{0,120}$/i,
    examples: ['中华人民共和国外交部 版权所有 地址：北京市朝阳区朝阳门南大街2号', 'Copyright © 2022 MOFCOM'],
    counter: [
      '关于版权所有人的权益保护，我们的立场是一贯的，也是明确的，任何侵权行为都将依法受到追究和处理，这一点请大家放心。',
    ],
  },
];

/** The furniture rule that names this line, or null when the line is text. */
export function furnitureRule(line: string): FurnitureRule | null {
  const text = collapseSpace(line);
  if (!text || text.length > 200) return null;
  for (const rule of FURNITURE_RULES) if (rule.re.test(text)) return rule;
  return null;
}

export function isFurniture(line: string): boolean {
  return furnitureRule(line) !== null;
}
