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
  '记者会',
  '記者會', // Taiwan/HK wording
  '发布会', // shanghai-20070531, mofcom-20220609-bilingual (新闻发布会)
  '發佈會', // seed-shanghai-20180612-tc, tao-20230426-gwytb-tc, scio-nbs-20190314-tc (舉行發佈會)
  '發布會',
  '通气会', // 新闻通气会
  '通氣會',
  '实录', // shanghai-20070531 (新闻发布会实录)
  '實錄',
  '辑录',
  '輯錄', // tao-20230426-gwytb-tc (新聞發佈會輯錄)
];

/** Words that mark a title line even when it is not a press title (used only to find the page title). */
export const TITLE_HINT_WORDS: readonly string[] = [
  '全文', // hk-ce-20120703-tc (行政長官發言全文)
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
 *  seed 今天發佈會提問環節到此結束). */
export const HOST_TEXT_RE = /(?:请|請)提[问問]|开始提问|開始提問|到此[结結]束|提[问問][环環]节|提[问問]環節/;

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
  '主題分類',
  '主题',
  '主题分类',
  '作者',
  '來源',
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

/**
 * Common Chinese surnames (both scripts). A two-to-four-character label starting with one reads as a personal
 * name: 毛宁 (mfa-20221027-fmprc), 焦扬 (shanghai-20070531), 吳斌/倪耀明 (seed), 束珏婷 (mofcom-20220609-bilingual).
 */
export const SURNAMES =
  '丁万上严丰乐乔习于亓付任伊伍伏何余侯俞倪傅储儲元党关冉冯冼凌刘劉包區华卓单卜卢卫危叶司吉向吕吳吴周咸唐商喬單嚴囯塗夏姚姜娄孔孙孟季孫宁安宋官宫宮寇富寧寿尚尤尹屈岑岳崔左巫巴席常干庄庞康廖张張彭徐應戚戴房扈揭文斯方时易晉晋晏景曹曾朱李杜束杨杭林柏查柯柳柴栗桂梁梅楊樂樊欧歐武段殷毕毛江汤汪沈沙洪浦涂温湯溫滕潘熊牛王甘田申白皮盛石祁祖祝秋秦程穆章童符管米紀纪罗羅翁習翟耿聂聶胡胥苏苗范茅莊莫萧葉董蒋蒙蒲蓝蔡蔣蔺蕭薛藍藺蘇虞衛袁袭裘褚襲覃許謝譚谢谭賀賈贺贾赖赵趙路車车辛连連邓邝邢邬邱邵邹郑郝郭鄒鄔鄧鄭鄺金錢鍾钟钱閆閻關闫阎陆陈陳陶陸隆隋雷霍靳韋韓韦韩項顏顧项顾颜饶馬駱马骆高魏魯鮑鲁鲍黃黄黎齊齐龍龐龔龙龚';

/** Two-character surnames. */
export const COMPOUND_SURNAMES: readonly string[] = ['上官', '司徒', '司马', '司馬', '欧阳', '歐陽', '诸葛', '諸葛'];

/** Lines that are page chrome, never turns and never part of one (seed: 不能讀取語音閱讀器, 分享按鈕). */
export const WIDGET_LINE_RE =
  /^(?:不能[读讀]取[语語]音[阅閱][读讀]器|分享(?:按[钮鈕]|到|至)?|[【[]?(?:打印|列印)(?:本[页頁]|此[页頁])?[】\]]?|[关關][闭閉](?:本)?[窗視视]口|返回[顶頂]部|[简簡][体體]版|繁[体體]版|寄[给給]朋友.*|[【[]?字[体體号號][：:].*|字[号號][:：]?.*|(?:\d+|[\u4e00-\u9fff]{1,6}) *\| *打印.*)$/;

/** Footer lines that end the transcript: 來源: (seed), (請同時參閱…) (neg-hk-cs), 完 (hk-fs-20160226-sc). */
export const FOOTER_LINE_RE =
  /^(?:[来來]源[：:]|[责責]任[编編][辑輯]|[编編][辑輯][：:]|[（(]?(?:全文)?完[)）]?$|[（(][请請]同[时時]参[阅閱]|[（(]請同時參閱)/;

/** Photo captions: "… 中國網 宗超 攝" (scio-nbs-20190314-tc). */
export const CAPTION_RE = /(?:[摄攝](?:影)?|供[图圖]|[资資]料[图圖])[)）]?$|^[图圖](?:为|為|片)?[：:]/;
