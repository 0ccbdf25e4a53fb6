// Word lists the transcript engine reads pages with. Each row names the real page (fixture id under
// fixtures/pages/, or the page family) that made it necessary. Keep each list sorted.

/** Colons seen after speaker labels: ASCII, full-width, U+2236 RATIO (hk-fs-20160226-sc, live info.gov.hk),
 *  U+FE30 PRESENTATION FORM TWO DOT LEADER (hk-ce-20160621-tc), U+FE55 small colon. */
export const COLON_CLASS = ':：∶︰﹕';

/**
 * Title words of press-conference transcripts (evidence when they appear in the title or the intro). Both
 * scripts. Most specific first: the first match is the one reported as a reason.
 */
export const PRESS_TITLE_WORDS: readonly string[] = [
  '例行记者会', // mfa-20221027-fmprc, mfa-20200428-oneline, mfa-20210510-163html (image alt)
  '例行記者會', // Traditional rendering of MFA titles
  '問答實錄', // seed-shanghai-20180612-tc
  '问答实录',
  '答记者问', // mod-20181130-kepu intro
  '答記者問', // scio-asean-20140722-tc, scio-nbs-20190314-tc intros (並答記者問)
  '答问内容', // info.gov.hk Q&A transcripts (答問內容)
  '答問內容',
  '谈话全文', // info.gov.hk media sessions: 政务司司长谈话全文 (hk-cs-20020628-sc), 会见传媒的谈话全文
  '談話全文',
  '会见传媒', // hk-fs-20160226-sc
  '會見傳媒', // hk-ce-20120703-tc, hk-ce-20160621-tc
  '吹风会', // State Council policy briefings (国务院政策例行吹风会)
  '吹風會',
  '记者见面会', // 两会 中外记者见面会
  '記者見面會',
  '记者提问', // 回答中外记者提问 (NPC press conferences); tao intro 回答了記者提問
  '記者提問',
  '记者招待会',
  '記者招待會',
  '例行新聞說明會', // Taiwan MOFA briefings (tw-mofa-20230207-tc: 例行新聞說明會紀要)
  '新聞說明會',
  '新闻说明会',
  '记者会',
  '記者會', // Taiwan/HK wording
  '院會後記者會', // Taiwan Executive Yuan
  '媒體聯訪', // Taiwan officials' doorstep Q&A (聯訪)
  '媒体联访',
  '聯訪',
  '联访',
  '发布会', // shanghai-20070531, mofcom-20220609-bilingual (新闻发布会)
  '發佈會', // seed-shanghai-20180612-tc, tao-20230426-gwytb-tc, scio-nbs-20190314-tc (舉行發佈會)
  '發布會',
  '通气会', // 新闻通气会
  '通氣會',
];

/** Labels of a court hearing (审判长: … 被告人: …): questions there are no journalist's (point 7 of issue 15). */
export const COURT_LABEL_RE =
  /^(?:审判长|審判長|审判员|審判員|人民陪审员|人民陪審員|被告人?|原告人?|公诉人|公訴人|辩护人|辯護人|书记员|書記員|证人|證人|检察员|檢察員|上诉人|上訴人|被上诉人|被上訴人)$/;

/** Titles announcing a conference still to come (新闻发布会预告, 关于召开…新闻发布会的通知): no transcript yet. */
export const NOTICE_WORDS: readonly string[] = [
  '预告',
  '預告',
  '通知',
  '邀请函',
  '邀請函',
  '将举行',
  '將舉行',
  '即将召开',
  '即將召開',
];

/** Words that make a press title the title of its record (紀要, 談話紀錄, 實錄): with such a title an official's
 *  opening statement is the conference even where the stored page ends before the questions
 *  (tw-mofa-20010115-tc 記者會談話紀錄, tw-mofa-20230207-tc 新聞說明會紀要). Counter-example: a news story's
 *  title 國台辦改每周開記者會 names a press conference but is no record of one. */
export const RECORD_WORDS: readonly string[] = [
  '全文',
  '实录',
  '實錄',
  '纪要',
  '紀要',
  '纪录',
  '紀錄',
  '记录',
  '記錄',
  '辑录',
  '輯錄',
  '逐字稿',
];

/** Words that mark a title line even when it is not a press title (used only to find the page title). */
export const TITLE_HINT_WORDS: readonly string[] = [
  '全文', // hk-ce-20120703-tc (行政長官發言全文)
  '逐字稿', // tw-president-20200122-hackmd (…敞廳談話 逐字稿)
  // A record of anything (访谈实录, 庭审实录, 论坛实录): a title word, no press evidence on its own; with a press
  // word it is (新闻发布会实录, shanghai-20070531; 新聞發佈會輯錄, tao-20230426-gwytb-tc).
  '实录',
  '實錄',
  '辑录',
  '輯錄',
];

/** Title/intro words of media interviews (采访约在下午两点, 独家专访): formatted like Q&A but not press conferences
 *  (neg-interview-jincanrong-html is a 观察者网 interview). */
export const INTERVIEW_WORDS: readonly string[] = ['专访', '專訪', '采访', '採訪', '访谈', '訪談', '对话', '對話'];

/** Title/intro words of written Q&A explainers (政策问答, 答疑): their anonymous 问/答 pairs are not journalists'
 *  questions unless a press word is there too (mfa-20161213-wenda has no title at all and stays a transcript). */
export const FAQ_WORDS: readonly string[] = [
  '常見問題',
  '常见问题',
  '政策問答',
  '政策问答',
  '答疑',
  '解讀',
  '解读',
  '知識問答',
  '知识问答',
];

/** Journalist words at the end of a question label: 总台央视记者 (mfa-20221027-fmprc), 路透社記者 (scio-asean),
 *  新华社记者提问. */
export const JOURNALIST_RE = /(?:记者|記者)(?:提?[问問])?$/;

/**
 * A question number before a question label: 1、 (seed), up to four digits (a long session, the generated 2 M page),
 * also (1), （一） and 一、. The detector's first look and the label reader both strip it.
 */
export const QUESTION_NUMBER_RE =
  /^(?:\d{1,4}\s*[、.．]|[（(](?:\d{1,4}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、)\s*/;

/** Anonymous question / answer labels: 问/答 (mfa-20161213-wenda); 媒体提问 (Taiwan and HK briefings). */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  '问',
  '問',
  '提问',
  '提問',
  '记者问',
  '記者問',
  '媒体提问',
  '媒體提問',
]);
export const ANSWER_WORDS: ReadonlySet<string> = new Set(['答', '回答']);

/**
 * Endings of news-outlet names used alone as question labels: 上海日報, 上海電視臺, 海峽之聲
 * (seed-shanghai-20180612-tc), 《新闻晨报》 (shanghai-20070531), 观察者网 (neg-interview-jincanrong-html).
 */
export const OUTLET_RE =
  /(?:之声|之聲|卫视|衛視|周刊|週刊|杂志|雜誌|频道|頻道|财经|財經|新闻|新聞|电台|電臺|電台|广播|廣播|[报報台臺社网網])$/;

/**
 * Endings of official titles used as labels or roles: 行政長官 (hk-ce-20120703-tc), 财政司司长 (hk-fs-20160226-sc),
 * 市經信委總工程師 / 市教委巡視員 (seed-shanghai-20180612-tc), 新聞發言人 (scio-nbs-20190314-tc).
 */
export const TITLE_SUFFIX_RE =
  /(?:[长長官]|[发發]言人|[发發][布佈]人|主持人|[负負]责人|[负負]責人|主任|[书書]记|[书書]記|[总總]理|主席|委[员員]|大使|参赞|參贊|秘[书書]|[巡视視]+[员員]|[师師]|[总總][监監]|[专專][员員]|[顾顧]问|[顾顧]問|司令|政委|董事|理事|院士|教授|研究[员員]|代表|[总總][裁]|督察|[专專]家|[员員])$/;

/** Roles of people who run the conference rather than answer: 市政府新聞發言人 徐威 (seed closing),
 *  新聞辦新聞發言人 胡凱紅 (scio-nbs-20190314-tc), SCIO 主持人. */
export const HOST_ROLE_RE = /主持人|新[闻聞](?:办|辦)|政府新[闻聞][发發]言人/;

/** Procedural lines that open or close the floor (tao-20230426-gwytb-tc 接下來開始提問; mofcom 下面请提问;
 *  seed 今天發佈會提問環節到此結束; the conference announced, 我們記者會即將開始 in tw-president-20200122-hackmd). */
export const HOST_TEXT_RE =
  /(?:请|請)提[问問]|开始提问|開始提問|到此[结結]束|提[问問][环環]节|提[问問]環節|(?:记者会|記者會|发布会|發佈會|發布會)即[将將]开?開?始/;

/** A first turn that only greets or opens the floor, before any question: the official acts as host (早晨。 in
 *  hk-ce-20170228-sc; 看看大家有甚麼問題? in hk-cs-20181228-tc). Counter-example: 早晨。今日我想講三點… is a
 *  statement. */
export const FLOOR_OPENING_RE =
  /^(?:(?:[各诸諸]位)?(?:早晨|早上好|大家好|午安|下午好|晚上好|你好|你們好|你们好)[。！!，,]?\s*)*(?:(?:看看|請問|请问)?(?:大家|各位)?有(?:甚麼|什麼|什么|甚么|沒有|没有)?(?:問題|问题)(?:嗎|吗)?[？?。]?)?$/;

/** Parliamentary labels (neg-tw-ly-interpellation-tc: 張委員宏陸 = surname + 委員 + given name; LegCo 劉慧卿議員). */
export const LEGISLATOR_RE = /^[\u4e00-\u9fff]{0,4}(?:委[员員](?![会會])|[议議][员員]|立委)[\u4e00-\u9fff]{0,2}$/;

/** Verbs that end reported speech ("王毅表示:"), so the text before the colon is not a label (news stories). */
export const SPEECH_VERB_RE =
  /(?:表示|强调|強調|指出|称|稱|说|說|认为|認為|介绍|介紹|回答|答道|问道|問道|透露|宣布|坦言|告诉|告訴|补充|補充|提到|写道|寫道)$/;

/**
 * Labels that are page metadata, not speakers (neg-gov-rules-zhenba-2024 metadata table; seed 來源; gov.cn
 * article headers 标题/时间/索引号).
 */
export const NOT_LABELS: ReadonlySet<string> = new Set([
  '主題',
  '出席者', // tw-mofa-20230207-tc minutes: 四、出席者: (metadata, not a speaker)
  '列席者',
  '主題分類',
  '主题',
  '主题分类',
  '作者',
  '來源',
  '資料來源', // tw-mofa-20230207-tc header bullet: • 資料來源:公眾外交協調會
  '资料来源',
  '備注',
  '備註',
  '傳真',
  '內容概述',
  '关键词',
  '内容概述',
  '分享',
  '分享到',
  '分类',
  '分類',
  '发布日期',
  '发布时间',
  '发布机构',
  '发文字号',
  '发文日期',
  '发文机构',
  '地址',
  '地点',
  '地點',
  '备注',
  '字号',
  '字號',
  '審核',
  '录入',
  '成文日期',
  '摘要',
  '文号',
  '文號',
  '日期',
  '时间',
  '查看', // Discuz forum chrome: 查看: 1957|回复: 0 (sg-pm-20150912-forum)
  '回复',
  '回覆',
  '時間',
  '有效性',
  '来源',
  '标题',
  '標題',
  '注',
  '电话',
  '發佈日期',
  '發佈時間',
  '發布日期',
  '發布時間',
  '發文字號',
  '發文日期',
  '發文機構',
  '索引号',
  '索引號',
  '網址',
  '編輯',
  '编辑',
  '网址',
  '說明',
  '说明',
  '逐字稿', // ## 逐字稿: heads the transcript of a Markdown note (tw-president-20200122-hackmd)
  '逐字紀錄',
  '逐字记录',
  '責任編輯',
  '责任编辑',
  '邮箱',
  '邮编',
  '郵箱',
  '郵編',
  '關鍵詞',
  '附件',
  '電話',
]);

/** Characters that never occur in a personal-name label but do in speech ("主要有以下几点:"). */
export const NOT_NAME_CHARS_RE =
  /[的是在了和与與有这這那我你他她们們个個等要以下主方面问問题題几幾点點关關于於如一二三四五六七八九十第]/;

/** The article's own closing and metadata lines, which end a turn and are shown as they stand: 來源: (seed), (請同時參閱…)
 *  (neg-hk-cs), 完 (hk-fs-20160226-sc). Page furniture is ./furniture.ts. */
export const FOOTER_LINE_RE =
  /^(?:[来來]源[：:]|[责責]任[编編][辑輯]|[编編][辑輯][：:]|[（(]?(?:全文)?完[)）]?$|[（(][请請]同[时時]参[阅閱]|[（(]請同時參閱)/;

/** Photo captions: "… 中國網 宗超 攝" (scio-nbs-20190314-tc). */
export const CAPTION_RE = /(?:[摄攝](?:影)?|供[图圖]|[资資]料[图圖])[)）]?$|^[图圖](?:为|為|片)?[：:]/;
