// What a label's text says about its speaker: an ordered table of rules, tried in turn on the label (colon,
// brackets and question number already removed). The first rule that claims the label decides: it reads it, or
// (null) rules it out. Each row names the real shape it reads, with labels it reads and labels it must leave.
import {
  ANSWER_WORDS,
  COLON_CLASS,
  HOST_ROLE_RE,
  JOURNALIST_RE,
  LEGISLATOR_RE,
  NOT_LABELS,
  OUTLET_RE,
  QUESTION_WORDS,
  SPEECH_VERB_RE,
  TITLE_SUFFIX_RE,
} from './lexicon';
import { isCompoundSurnameStart, isNameLike, isSurnameStart, NAME_RE } from './names';
import { hasCjk } from './text';
import type { LabelInfo, LabelShape } from './labels';

export const MAX_LABEL = 40;

/** What the rules see: the label, and whether it holds Latin letters or digits (only outlet names do). */
export interface LabelText {
  r: string;
  latin: boolean;
}

export interface LabelRule {
  name: string;
  /** Labels this rule reads, with the shape it gives them (null: the rule rules the label out). */
  examples: readonly (readonly [label: string, shape: LabelShape | null])[];
  /** Labels this rule must not claim. */
  counter: readonly string[];
  /** The label read, null when it is no speaker label, undefined when the rule does not apply. */
  read: (t: LabelText) => LabelInfo | null | undefined;
}

const BAD_LABEL_CHARS_RE = new RegExp(`[，,。！!？?；;"“”「」『』…|<>{}=/\\\\${COLON_CLASS}]`);
const JOURNALIST_NAME_RE = /^(.{0,24}?)(?:记者|記者)(\s*)([\u4e00-\u9fff·]{2,4})$/;
const MILITARY_RANK_RE = /^([\u4e00-\u9fff]{2,3})([大上中少](?:将|將|校|尉))$/;
const REPORT_VERB_RE = /(?:報告|报告|致詞|致辞|講話|讲话|發言|发言|說明|说明)$/;
const TW_TITLE_RE =
  /^(.)((?:副)?(?:[院部局司署处處市区區县縣省行校会會社团團厅廳]|主)[长長]|主任|主席|[书書][记記])(.{0,2})$/;
const PAREN_RE = /^([\u4e00-\u9fff·]{1,12})\s*[（(]([^（）()]{2,36})[)）]$/;
const TITLE_SPACE_NAME_RE = /^(\S.{0,34}?)\s+([\u4e00-\u9fff·]{2,4})$/;
const NAME_SPACE_TITLE_RE = /^([\u4e00-\u9fff·]{2,4})\s+(\S.{0,34})$/;
// Words of a sentence, not of a title: 我想问一下外交部发言人汪文斌 is speech that ends in a colon.
const SPEECH_IN_TITLE_RE = /[我你他她们們的了吗嗎呢请請问問]/;

const anon = (shape: LabelShape, role: string | null = null): LabelInfo => ({
  shape,
  speaker: null,
  role,
  outlet: null,
});
const isTitle = (s: string) => TITLE_SUFFIX_RE.test(s) || HOST_ROLE_RE.test(s);
const officialShape = (role: string): LabelShape => (HOST_ROLE_RE.test(role) ? 'host' : 'named');

export function stripGuillemets(s: string): string {
  const m = /^《([^《》]+)》$/.exec(s);
  return m?.[1] ?? s;
}

/** The label read by the first rule that claims it, and that rule's name (the table-driven test reads both). */
export function applyLabelRules(raw: string): { info: LabelInfo | null; rule: string | null } {
  const r = raw;
  if (!r || r.length > MAX_LABEL || !hasCjk(r) || BAD_LABEL_CHARS_RE.test(r)) return { info: null, rule: null };
  const t: LabelText = { r, latin: /[A-Za-z0-9]/.test(r) };
  for (const rule of LABEL_RULES) {
    const info = rule.read(t);
    if (info !== undefined) return { info, rule: rule.name };
  }
  return { info: null, rule: null };
}

/** 問(路透社), 答(汪文斌), 張英(市經信委總工程師), 主持人(… 寿小丽): a head and what the parentheses add. */
function readParen(head: string, inner: string, latin: boolean): LabelInfo | null {
  // 问(路透社), 记者(新华社): an anonymous question with its outlet (记者 also reads as a name, so this comes first).
  if (QUESTION_WORDS.has(head) || JOURNALIST_RE.test(head)) {
    return { shape: 'journalist', speaker: null, role: null, outlet: inner.replace(JOURNALIST_RE, '') || null };
  }
  if (ANSWER_WORDS.has(head)) {
    return isNameLike(inner) ? { shape: 'named', speaker: inner, role: null, outlet: null } : anon('answer', inner);
  }
  if (isNameLike(head) && head.length <= 5 && !latin)
    return { shape: 'named', speaker: head, role: inner, outlet: null };
  if (isTitle(head) && !latin) {
    const m = /^(?:(.+?)\s+)?([\u4e00-\u9fff·]{2,4})$/.exec(inner);
    const name = m?.[2] ?? '';
    if (m && isNameLike(name) && (m[1] || isSurnameStart(name))) {
      const role = m[1] ?? head;
      const host = HOST_ROLE_RE.test(head) || HOST_ROLE_RE.test(role);
      return { shape: host ? 'host' : 'named', speaker: name, role, outlet: null };
    }
  }
  return null;
}

/** 外交部发言人汪文斌: the name is the last two or three characters (four for a compound surname) after a title. */
function titleThenName(r: string): LabelInfo | undefined {
  // 新聞辦新聞發言人 ends in a title word (發言人), not in a name (言 is a surname too).
  const suffix = TITLE_SUFFIX_RE.exec(r);
  for (const k of [3, 2, 4]) {
    if (suffix && suffix.index < r.length - k) continue;
    const title = r.slice(0, -k);
    const name = r.slice(-k);
    if (title.length < 2 || !isTitle(title) || SPEECH_IN_TITLE_RE.test(title)) continue;
    if (!isSurnameStart(name) || !isNameLike(name) || (k === 4 && !isCompoundSurnameStart(name))) continue;
    return { shape: officialShape(title), speaker: name, role: title, outlet: null };
  }
  return undefined;
}

export const LABEL_RULES: readonly LabelRule[] = [
  {
    name: 'question word', // mfa-20161213-wenda 问:, Taiwan and HK briefings 媒體提問
    examples: [
      ['问', 'question'],
      ['媒體提問', 'question'],
    ],
    counter: ['问题', '提问环节'],
    read: ({ r }) => (QUESTION_WORDS.has(r) ? anon('question') : undefined),
  },
  {
    name: 'answer word', // mfa-20161213-wenda 答:
    examples: [
      ['答', 'answer'],
      ['回答', 'answer'],
    ],
    counter: ['答复', '回答问题'],
    read: ({ r }) => (ANSWER_WORDS.has(r) ? anon('answer') : undefined),
  },
  {
    name: 'page metadata or reported speech', // 来源:, 發布時間:, 出席者: (tw-mofa-20230207-tc), 王毅表示:
    examples: [
      ['来源', null],
      ['出席者', null],
      ['王毅表示', null],
    ],
    counter: ['毛宁', '记者'],
    read: ({ r }) => (NOT_LABELS.has(r) || SPEECH_VERB_RE.test(r) ? null : undefined),
  },
  {
    // 外交部國際組織司司長吳尚年報告: an official named with the report he gives (Taiwan briefing minutes,
    // tw-mofa-20230207-tc). Only a title-and-name before the verb.
    name: 'official and report verb',
    examples: [['外交部國際組織司司長吳尚年報告', 'named']],
    counter: ['工作報告', '我報告', '年度報告'],
    read: ({ r }) => {
      const verb = REPORT_VERB_RE.exec(r);
      if (!verb || verb.index < 4) return undefined;
      const who = applyLabelRules(r.slice(0, verb.index)).info;
      return who?.shape === 'named' && who.speaker && who.role ? who : undefined;
    },
  },
  {
    // 新华社记者 张三 / 新华社记者张三: the outlet's journalist by name (MOD and NPC transcripts). Without a space
    // the name must start with a surname, so 记者招待会 stays unread.
    name: 'journalist by name',
    examples: [
      ['新华社记者 张三', 'journalist'],
      ['人民日报记者肖亮', 'journalist'],
    ],
    counter: ['记者招待会', '记者见面会'],
    read: ({ r }) => {
      const m = JOURNALIST_NAME_RE.exec(r);
      if (!m) return undefined;
      const [, outlet = '', gap = '', name = ''] = m;
      // After 记者 a name may hold a numeral (张三): the surname vouches for it.
      const person = isNameLike(name) || (NAME_RE.test(name) && isSurnameStart(name) && !NOT_LABELS.has(name));
      if (!person || !(gap || isSurnameStart(name)) || /\s/.test(outlet)) return undefined;
      return { shape: 'journalist', speaker: name, role: null, outlet: stripGuillemets(outlet) || null };
    },
  },
  {
    name: 'journalist', // 总台央视记者 (mfa-20221027-fmprc), 記者 (HK), 路透社記者 (scio-asean-20140722-tc)
    examples: [
      ['总台央视记者', 'journalist'],
      ['記者', 'journalist'],
      ['DVB電視臺記者', 'journalist'],
    ],
    counter: ['记者会', '某 报社记者', '国家统计局新闻发言人答记者问'],
    read: ({ r }) => {
      // 国防部新闻发言人答记者问 is a heading: the official answers the journalists (mod-20181130-kepu's title).
      if (!JOURNALIST_RE.test(r) || /[答回][答覆复]?[记記]者[问問]$/.test(r)) return undefined;
      const outlet = stripGuillemets(r.replace(JOURNALIST_RE, '').replace(/的$/, '').trim());
      if (outlet.length > 24 || /\s/.test(outlet)) return null;
      return { shape: 'journalist', speaker: null, role: null, outlet: outlet || null };
    },
  },
  {
    name: 'role in parentheses', // 張英(市經信委總工程師) (seed), 主持人（… 寿小丽） (gov.cn policy briefings)
    examples: [
      ['張英(市經信委總工程師)', 'named'],
      ['问(路透社)', 'journalist'],
      ['答(汪文斌)', 'named'],
    ],
    counter: ['毛宁', '行政長官'],
    read: ({ r, latin }) => {
      const m = PAREN_RE.exec(r);
      return m ? readParen(m[1] ?? '', m[2] ?? '', latin) : undefined;
    },
  },
  {
    name: 'title, space, name', // 新聞辦新聞發言人 胡凱紅 (scio-nbs-20190314-tc)
    examples: [
      ['新聞辦新聞發言人 胡凱紅', 'host'],
      ['国家统计局新闻发言人 毛盛勇', 'named'],
    ],
    counter: ['毛宁 外交部发言人', '今天 天气'],
    read: ({ r, latin }) => {
      const m = TITLE_SPACE_NAME_RE.exec(r);
      if (!m || latin) return undefined;
      const [, title = '', name = ''] = m;
      return isTitle(title) && isNameLike(name)
        ? { shape: officialShape(title), speaker: name, role: title, outlet: null }
        : undefined;
    },
  },
  {
    name: 'name, space, title', // 毛宁 外交部发言人
    examples: [['毛宁 外交部发言人', 'named']],
    counter: ['今天 外交部发言人', '新聞辦新聞發言人 胡凱紅'],
    read: ({ r, latin }) => {
      const m = NAME_SPACE_TITLE_RE.exec(r);
      if (!m || latin) return undefined;
      const [, name = '', title = ''] = m;
      return isTitle(title) && isNameLike(name) && isSurnameStart(name)
        ? { shape: officialShape(title), speaker: name, role: title, outlet: null }
        : undefined;
    },
  },
  {
    name: 'other spaced or listed words', // 今天 天气, 问题一、问题二: a phrase, not a label
    examples: [
      ['今天 天气', null],
      ['张三、李四', null],
    ],
    counter: ['毛宁', '张三'],
    read: ({ r }) => (/\s/.test(r) || r.includes('、') ? null : undefined),
  },
  {
    name: 'legislator', // 張委員宏陸 (neg-tw-ly-interpellation-tc), LegCo 劉慧卿議員
    examples: [
      ['張委員宏陸', 'legislator'],
      ['劉慧卿議員', 'legislator'],
    ],
    counter: ['委員會', '毛宁'],
    read: ({ r }) => (LEGISLATOR_RE.test(r) ? anon('legislator', r) : undefined),
  },
  {
    name: 'host', // SCIO 主持人
    examples: [['主持人', 'host']],
    counter: ['主持人员'],
    read: ({ r }) => (r === '主持人' ? anon('host', r) : undefined),
  },
  {
    name: 'surname, title, given name', // 蘇院長貞昌 (Taiwan Legislative Yuan records)
    examples: [
      ['蘇院長貞昌', 'named'],
      ['王部長', 'named'],
    ],
    counter: ['行政長官', '院長'],
    read: ({ r, latin }) => {
      const m = TW_TITLE_RE.exec(r);
      if (!m || latin || !isSurnameStart(r)) return undefined;
      const [, surname = '', title = '', given = ''] = m;
      return { shape: 'named', speaker: given ? surname + given : null, role: title, outlet: null };
    },
  },
  {
    name: 'outlet in guillemets', // 1、《新闻晨报》 (shanghai-20070531)
    examples: [['《新闻晨报》', 'outlet']],
    counter: ['新闻晨报', '《关于进一步加强和改进新形势下高校宣传思想工作的意见》'],
    read: ({ r }) => {
      const bare = stripGuillemets(r);
      if (bare === r) return undefined;
      return OUTLET_RE.test(bare) || bare.length <= 12
        ? { shape: 'outlet', speaker: null, role: null, outlet: bare }
        : null;
    },
  },
  {
    name: 'Latin letters or digits', // outside an outlet's journalist they are no label: COVID19, 5G
    examples: [['G20峰会', null]],
    counter: ['毛宁'],
    read: ({ latin }) => (latin ? null : undefined),
  },
  {
    name: 'title then name', // 外交部发言人汪文斌, 外交部发言人肖亮, 国务委员兼外长王毅
    examples: [
      ['外交部发言人汪文斌', 'named'],
      ['外交部发言人肖亮', 'named'],
      ['国务院新闻办公室新闻局局长寿小丽', 'host'],
    ],
    counter: ['我想问一下外交部发言人汪文斌', '行政長官'],
    read: ({ r }) => titleThenName(r),
  },
  {
    name: 'title alone', // 行政長官 (hk-ce-20120703-tc), 财政司司长 (hk-fs-20160226-sc), 部長 (tw-mofa-20010115-tc)
    examples: [
      ['行政長官', 'title'],
      ['部長', 'title'],
      ['新聞辦新聞發言人', 'host'],
    ],
    counter: ['毛宁', '上海日報'],
    read: ({ r }) =>
      TITLE_SUFFIX_RE.test(r) && r.length <= 14 && r.length >= 2
        ? anon(HOST_ROLE_RE.test(r) ? 'host' : 'title', r)
        : undefined,
  },
  {
    name: 'outlet', // 上海日報, 上海電視臺, 海峽之聲 (seed-shanghai-20180612-tc)
    examples: [
      ['上海日報', 'outlet'],
      ['海峽之聲', 'outlet'],
    ],
    counter: ['毛宁', '社'],
    read: ({ r }) =>
      OUTLET_RE.test(r) && r.length >= 3 && r.length <= 16
        ? { shape: 'outlet', speaker: null, role: null, outlet: r }
        : undefined,
  },
  {
    name: 'name and military rank', // 吴谦大校 (MOD transcripts): the name, the rank as role
    examples: [['吴谦大校', 'named']],
    counter: ['学校', '毛宁'],
    read: ({ r }) => {
      const m = MILITARY_RANK_RE.exec(r);
      if (!m || !isSurnameStart(r) || !isNameLike(m[1] ?? '')) return undefined;
      return { shape: 'named', speaker: m[1] ?? null, role: m[2] ?? null, outlet: null };
    },
  },
  {
    // 毛宁, 肖亮, 歐陽娜娜: a personal name. Whether it is a speaker depends on the page (a surname, the intro, a
    // label repeated or answering a question): see scan.ts.
    name: 'personal name',
    examples: [
      ['毛宁', 'name'],
      ['肖亮', 'name'],
      ['新加坡圈', 'name'],
    ],
    counter: ['主要有以下几点', '我们认为'],
    read: ({ r }) =>
      isNameLike(r) && r.length <= 4
        ? { shape: 'name', speaker: r, role: null, outlet: null, surname: isSurnameStart(r) }
        : undefined,
  },
];
