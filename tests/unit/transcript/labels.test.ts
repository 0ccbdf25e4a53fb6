import { describe, expect, it } from 'vitest';
import { inlineLabelStarts, readLabelAt } from '../../../lib/transcript/labels';

type Row = [
  line: string,
  label: string,
  shape: string,
  speaker: string | null,
  role: string | null,
  outlet: string | null,
  rest: string,
];

// Paragraph starts as printed on the fixture pages.
const LABELS: Row[] = [
  ['1、上海日報:有一個問題想問張總工程師', '上海日報', 'outlet', null, null, '上海日報', '有一個問題'], // seed
  ['5、上海人民廣播電臺:想請問一下吳斌副區長', '上海人民廣播電臺', 'outlet', null, null, '上海人民廣播電臺', '想請問'], // seed
  ['7、海峽之聲:在惠臺政策方面', '海峽之聲', 'outlet', null, null, '海峽之聲', '在惠臺'], // seed
  ['張英(市經信委總工程師):首先非常感謝', '張英(市經信委總工程師)', 'named', '張英', '市經信委總工程師', null, '首先'], // seed
  ['徐威(市政府新聞發言人):時間關係', '徐威(市政府新聞發言人)', 'named', '徐威', '市政府新聞發言人', null, '時間'], // seed
  ['吳斌:你談的問題', '吳斌', 'name', '吳斌', null, null, '你談'], // seed
  ['1、《新闻晨报》:谢谢发言人', '新闻晨报', 'outlet', null, null, '新闻晨报', '谢谢'], // shanghai-20070531
  ['总台央视记者:中方今天发布了', '总台央视记者', 'journalist', null, null, '总台央视', '中方'], // mfa-20221027-fmprc
  ['毛宁:坦桑尼亚是东部非洲重要国家', '毛宁', 'name', '毛宁', null, null, '坦桑尼亚'], // mfa-20221027-fmprc
  ['问:中国国务委员杨洁篪', '问', 'question', null, null, null, '中国'], // mfa-20161213-wenda
  ['答:杨洁篪国务委员于12月11日', '答', 'answer', null, null, null, '杨洁篪'], // mfa-20161213-wenda
  ['記者:CY,你會否在答問大會', '記者', 'journalist', null, null, null, 'CY'], // hk-ce-20120703-tc
  ['行政長官:我十分重視', '行政長官', 'title', null, '行政長官', null, '我十分'], // hk-ce-20120703-tc
  ['記者︰剛才你讀的是否', '記者', 'journalist', null, null, null, '剛才'], // hk-ce-20160621-tc (U+FE30)
  ['财政司司长∶我想他没有什么暗示', '财政司司长', 'title', null, '财政司司长', null, '我想'], // hk-fs-20160226-sc (U+2236)
  ['【束珏婷】:各位记者朋友:大家下午好', '束珏婷', 'name', '束珏婷', null, null, '各位记者朋友:'], // mofcom
  ['【中国国际电视台记者】:据悉,2022年', '中国国际电视台记者', 'journalist', null, null, '中国国际电视台', '据悉'], // mofcom
  ['[路透社記者]我的問題是', '路透社記者', 'journalist', null, null, '路透社', '我的'], // scio-asean-20140722-tc
  ['[陳洲]從目前來看', '陳洲', 'name', '陳洲', null, null, '從目前'], // scio-asean-20140722-tc
  ['新聞辦新聞發言人 胡凱紅:', '新聞辦新聞發言人 胡凱紅', 'host', '胡凱紅', '新聞辦新聞發言人', null, ''], // scio-nbs
  [
    '國家統計局國民經濟綜合統計司司長、新聞發言人 毛盛勇:',
    '國家統計局國民經濟綜合統計司司長、新聞發言人 毛盛勇',
    'named',
    '毛盛勇',
    '國家統計局國民經濟綜合統計司司長、新聞發言人',
    null,
    '',
  ], // scio-nbs
  [
    '中央廣播電視總臺央視海峽兩岸記者:1993年4月',
    '中央廣播電視總臺央視海峽兩岸記者',
    'journalist',
    null,
    null,
    '中央廣播電視總臺央視海峽兩岸',
    '1993',
  ], // tao
  ['深圳卫视记者：5月9日', '深圳卫视记者', 'journalist', null, null, '深圳卫视', '5月9日'], // mfa-20210510-163html
  ['观察者网：《2021年战略竞争法案》', '观察者网', 'outlet', null, null, '观察者网', '《2021'], // neg-interview-jincanrong-html
  ['張委員宏陸:(14時34分)謝謝', '張委員宏陸', 'legislator', null, '張委員宏陸', null, '(14時34分)'], // neg-tw-ly
  ['蘇院長貞昌:(14時34分)委員你好。', '蘇院長貞昌', 'named', '蘇貞昌', '院長', null, '(14時34分)'], // neg-tw-ly
  // gov.cn policy-briefing style: role, then the person in parentheses; an anonymous question with its outlet.
  [
    '主持人（国务院新闻办新闻局副局长、新闻发言人 寿小丽）：各位媒体朋友',
    '主持人（国务院新闻办新闻局副局长、新闻发言人 寿小丽）',
    'host',
    '寿小丽',
    '国务院新闻办新闻局副局长、新闻发言人',
    null,
    '各位',
  ],
  ['问（路透社）：请问', '问（路透社）', 'journalist', null, null, '路透社', '请问'],
  // The journalist by name after the outlet (MOD / NPC press conferences), with or without a space.
  ['新华社记者 刘军：请问发言人', '新华社记者 刘军', 'journalist', '刘军', null, '新华社', '请问'],
  ['中国日报记者王小明：近日有报道', '中国日报记者王小明', 'journalist', '王小明', null, '中国日报', '近日'],
  ['路透社記者 李四：有報道稱', '路透社記者 李四', 'journalist', '李四', null, '路透社', '有報道'],
  ['记者 张三：我的问题是', '记者 张三', 'journalist', '张三', null, null, '我的'],
  // A name with the military rank after it (MOD spokespeople).
  ['吴谦大校：各位记者朋友', '吴谦大校', 'named', '吴谦', '大校', null, '各位'],
  ['張曉剛上校：關於這個問題', '張曉剛上校', 'named', '張曉剛', '上校', null, '關於'],
  // Question numbers past 999 (a long session), and numbers in Chinese numerals or parentheses.
  ['1024、新华社记者：请问', '新华社记者', 'journalist', null, null, '新华社', '请问'],
  ['（一）新华社记者：请问', '新华社记者', 'journalist', null, null, '新华社', '请问'],
  ['三、路透社记者：请问', '路透社记者', 'journalist', null, null, '路透社', '请问'],
  // A title and then a name with no space; a name and then its title; 记者 with the outlet in parentheses.
  ['外交部发言人汪文斌：今天', '外交部发言人汪文斌', 'named', '汪文斌', '外交部发言人', null, '今天'],
  ['国务委员兼外长王毅：中方', '国务委员兼外长王毅', 'named', '王毅', '国务委员兼外长', null, '中方'],
  ['國台辦發言人朱鳳蓮：兩岸', '國台辦發言人朱鳳蓮', 'named', '朱鳳蓮', '國台辦發言人', null, '兩岸'],
  ['毛宁 外交部发言人：今天', '毛宁 外交部发言人', 'named', '毛宁', '外交部发言人', null, '今天'],
  ['记者（新华社）：请问', '记者（新华社）', 'journalist', null, null, '新华社', '请问'],
  ['新华社记者提问：请问', '新华社记者提问', 'journalist', null, null, '新华社', '请问'],
  ['答（汪文斌）：我们注意到', '答（汪文斌）', 'named', '汪文斌', null, null, '我们'],
  ['媒體提問：請問部長', '媒體提問', 'question', null, null, null, '請問'],
  ['答（外交部发言人）：我们注意到', '答（外交部发言人）', 'answer', null, '外交部发言人', null, '我们'],
  // Markdown and bullets around a label (tw-president-20200122-hackmd, wa-state-20190418-tc).
  ['### 丁允恭: 今天會就武漢肺炎', '丁允恭', 'name', '丁允恭', null, null, '今天'],
  ['**记者**：请问', '记者', 'journalist', null, null, null, '请问'],
  ['**毛宁：** 坦桑尼亚', '毛宁', 'name', '毛宁', null, null, '坦桑尼亚'],
  ['▲DVB電視臺記者:我是DVB臺記者', 'DVB電視臺記者', 'journalist', null, null, 'DVB電視臺', '我是'],
  // Surnames the short list missed (肖, 许, 葛): the complete table reads them.
  ['外交部发言人肖亮：今天', '外交部发言人肖亮', 'named', '肖亮', '外交部发言人', null, '今天'],
  ['许德明：我们', '许德明', 'name', '许德明', null, null, '我们'],
  ['歐陽娜娜︰多謝', '歐陽娜娜', 'name', '歐陽娜娜', null, null, '多謝'],
  // Taiwan minutes: an official with the report he gives; a role alone on its line (tw-mofa-*).
  [
    '外交部國際組織司司長吳尚年報告:',
    '外交部國際組織司司長吳尚年報告',
    'named',
    '吳尚年',
    '外交部國際組織司司長',
    null,
    '',
  ],
  ['部長:', '部長', 'title', null, '部長', null, ''],
  ['新聞辦新聞發言人：各位', '新聞辦新聞發言人', 'host', null, '新聞辦新聞發言人', null, '各位'],
];

describe('readLabelAt: labels as printed on real pages', () => {
  it.each(LABELS)('%s', (line, label, shape, speaker, role, outlet, rest) => {
    const hit = readLabelAt(line);
    expect(hit).not.toBeNull();
    expect({
      label: hit?.label,
      shape: hit?.shape,
      speaker: hit?.speaker,
      role: hit?.role,
      outlet: hit?.outlet,
    }).toEqual({
      label,
      shape,
      speaker,
      role,
      outlet,
    });
    expect(line.slice(hit?.end).startsWith(rest)).toBe(true);
  });
});

// Paragraph starts that look like labels but are not (metadata, speech, chrome).
const NOT_LABELS: string[] = [
  '• 索引号:', // neg-gov-rules-zhenba-2024
  '• 发文字号:', // neg-gov-rules-zhenba-2024
  '來源:上海市人民政府新聞辦公室', // seed footer
  '2023-04-26 16:59 來源:中共中央臺辦、國務院臺辦', // tao
  '2022-10-27 20:08', // mfa-20221027-fmprc
  '字號:默認 超大 | 打印 |', // scio-nbs
  '以下是行政長官梁振英今日(七月三日)晚上出席一項活動後會見傳媒的發言全文:', // hk-ce-20120703-tc
  '我想再强调以下几点:', // mfa-20161213-wenda (speech)
  '关于本市重残人员的一些基本情况是这样的:上海的重残人员', // shanghai-20070531 (speech)
  '各位记者朋友:大家下午好', // mofcom (speech)
  '[字体：大 中 小]', // neg-mfa-speech-yangjiechi-html
  '(1)受理科技成果研發資訊披露報告;(2)分析科技成果應用價值', // seed (list in speech)
  '王毅表示:中方愿同各方一道', // news-story reported speech
  'Wang Wenbin: Yesterday State Councilor', // mfa-20220819-bilingual (English half)
  '國家統計局國民經濟綜合統計司司長、新聞發言人毛盛勇 中國網 宗超 攝', // scio-nbs photo caption
  '记者招待会：今天下午三点举行', // an event, not a journalist by name
  '出席记者会的有：外交部发言人', // speech
  '我想问一下外交部发言人汪文斌：关于', // speech that addresses the spokesperson
  '一、关于经济形势：今年以来', // a numbered heading, not a question label
  '[記者會](https://example.org/a):今天', // a Markdown link, not a bracket label
  '三、主持人:外交部發言人兼公眾外交協調會執行長劉永健', // tw-mofa-20230207-tc minutes metadata
  '四、出席者:外交部國際組織司司長吳尚年', // tw-mofa-20230207-tc minutes metadata
  '• 資料來源:公眾外交協調會', // tw-mofa-20230207-tc header
  '查看: 1957|回复: 0', // forum chrome (sg-pm-20150912-forum)
  '## 逐字稿:', // a Markdown heading over the transcript
];

describe('readLabelAt: not labels', () => {
  it.each(NOT_LABELS)('%s', (line) => {
    expect(readLabelAt(line)).toBeNull();
  });
});

describe('labels inside a paragraph', () => {
  it.each([
    // mfa-20200428-oneline: turns collapsed into one line, separated by spaces.
    ['中方对此有何评论? 耿爽:纳瓦罗一贯谎话连篇。 法新社记者:美国总统', ['耿爽', '法新社记者']],
    // scio-asean-20140722-tc: bracket labels after the intro sentence.
    ['並答記者問。 [路透社記者]我的問題是…謝謝。 [陳洲]從目前來看', ['路透社記者', '陳洲']],
    // colons inside speech are not labels.
    ['这是事实。 我们注意到:美方', []],
    // A Markdown note whose newlines were collapsed: the heading marks start the labels.
    ['媒體提問。 ### 丁允恭: 今天會就武漢肺炎。 ### 蔡英文: 各位媒體朋友', ['丁允恭', '蔡英文']],
  ])('%s', (text, labels) => {
    const found = inlineLabelStarts(text)
      .map((p) => readLabelAt(text, p))
      .filter((h) => h !== null)
      .map((h) => h.label);
    expect(found).toEqual(labels);
  });
});

describe('bold leading run without a colon', () => {
  it.each([
    ['毛宁 坦桑尼亚是东部非洲重要国家。', '毛宁', '毛宁'],
    ['总台央视记者 中方今天发布了坦桑尼亚总统哈桑将访华的消息', '总台央视记者', '总台央视记者'],
  ])('%s', (text, emphasis, label) => {
    expect(readLabelAt(text, 0, emphasis)?.label).toBe(label);
    expect(readLabelAt(text, 0)).toBeNull();
  });
});
