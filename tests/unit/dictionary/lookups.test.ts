// Word-card lookups on clauses of the real fixture pages: the longest word starting at the offset, its glosses
// (or the official English, which comes first), each clause as found and converted to the other script, so every
// row is two lookups. Pointer entries ("see X", "variant of X") are followed one level.
import { describe, expect, it } from 'vitest';
import { cardAt, type WordCard } from '../../../lib/dictionary/card';
import type { HeadwordScript } from '../../../lib/dictionary/lookup';
import { getConverter } from '../../../lib/script/converters';
import { detectScript } from '../../../lib/script/detect';
import { createTermIndex } from '../../../lib/terms/index';
import { fixtureSource, realDictionary } from './load';

const dict = realDictionary();
const terms = createTermIndex();
const toHant = getConverter('cn', 'tw');
const toHans = getConverter('tw', 'cn');

const scriptOf = (text: string): HeadwordScript => (detectScript(text) === 'hant' ? 'hant' : 'hans');
const shown = (card: WordCard) => [...card.terms.map((t) => t.english), ...card.senses.flatMap((s) => s.glosses)];
const lookup = (clause: string, offset: number) =>
  cardAt(dict, terms, clause, offset, { script: scriptOf(clause), tone: 'marks' });

// [fixture, clause as in the page, offset, the word found there, text of its first gloss or official rendering]
const WORDS: ReadonlyArray<readonly [string, string, number, string, string]> = [
  ['seed-shanghai-20180612-tc', '成為長三角産業一體化協同創新的重要節點', 2, '長三角', 'Yangtze River Delta'],
  ['mfa-20161213-wenda', '答:商务部新闻发言人已经就这个问题多次发表谈话', 7, '发言人', 'Spokesperson'],
  ['hk-ce-20160621-tc', '很快我們就要面對各種因為老年社會的出現而產生的問題', 23, '問題', 'question'],
  [
    'hk-ceelect-20120412-sc',
    '能够与立法会二十一位议员一齐畅谈大家对香港社会和经济发展的期望',
    24,
    '经济发展',
    'economic development',
  ],
  ['hk-fs-budget-20150225-tc', '與國家一起在這方面合作', 9, '合作', 'to cooperate'],
  ['hk-cs-20020628-sc', '对香港发展', 3, '发展', 'development'],
  ['hk-ce-20170228-sc', '特首和国家领导人同时', 3, '国家', 'country'],
  ['mod-20181130-kepu', '有澳媒甚至称解放军靠澳科学家赶超美国', 16, '美国', 'United States'],
  ['mod-20200827-81cn-p2', '美国在退出《中导条约》后将优先推动在日本部署中程导弹', 18, '日本', 'Japan'],
  ['neg-tw-president-news-20250113-tc', '每當臺灣遭遇災害的挑戰', 2, '臺灣', 'Taiwan'],
  ['hk-cs-20181228-tc', '一回到香港第一時間就在機場跟媒體交代整件事', 3, '香港', 'Hong Kong'],
  ['neg-macau-aamacau-20131112-tc', '澳門製造', 0, '澳門', 'Macao'],
  [
    'hk-fs-20160226-sc',
    '记者:局长的说法会不会是叫立法会主席',
    13,
    '立法会主席',
    'President of the Legislative Council',
  ],
  ['neg-hk-ce-lny-20220131-tc', '行政長官發表農曆新年賀辭(附圖/短片)', 0, '行政長官', 'Chief Executive'],
  ['neg-nbs-release-20161019', '增速分别比规模以上工业快4.6和3.1个百分点', 20, '百分点', 'percentage point'],
  ['nbs-chinadaily-20150415', '同比增长7%', 0, '同比', 'over the same period'],
  ['neg-news-scio-commentary-sc', '社会消费品零售总额同比增长3.7%', 11, '增长', 'to grow'],
  ['mofcom-20220609-bilingual', '贸易投资与可持续发展', 2, '投资', 'investment'],
  [
    'tao-20201216-taiwancn-tc',
    '福建東南衛視記者:2020兩岸企業家峰會年會日前以視頻連線的方式在臺北和廈門舉行',
    15,
    '企業家',
    'entrepreneur',
  ],
  ['hk-fs-20100327-sc', '记者:优质生活和创新的缺乏...?', 8, '创新', 'innovation'],
  ['neg-tw-ly-interpellation-tc', '然後有科技化的多元融合的一個場域', 3, '科技', 'science and technology'],
  ['hk-fs-budget-20150225-tc', '尤其是對我們現時比較有優勢的支柱產業來說', 16, '產業', 'industry'],
  ['mfa-20161213-wenda', '基础设施', 0, '基础设施', 'infrastructure'],
  ['scio-asean-20140722-tc', '[路透社記者]我的問題是中國與越南的貿易關係', 18, '貿易', '(commercial) trade'],
  ['mofcom-20220609-bilingual', '正在研究取消对华关税的问题', 8, '关税', 'customs duty'],
  ['mfa-20200428-oneline', '并从疫情全球大暴发中牟取暴利', 2, '疫情', 'epidemic situation'],
  ['neg-wikisource-mnd-pressrelease-tc', '有信心捍衛國家主權和人民安全', 12, '安全', 'safe'],
  ['neg-wikisource-mnd-pressrelease-tc', '有信心捍衛國家主權和人民安全', 7, '主權', 'sovereignty'],
  ['hk-sb-20170215-sc', '而最终整个事件亦得到和平解决', 10, '和平解决', 'peace settlement'],
  [
    'mfa-20220819-bilingual',
    '2022年8月19日外交部发言人汪文斌',
    10,
    '外交部发言人',
    'Spokesperson of the Ministry of Foreign Affairs',
  ],
  ['tw-mofa-20010115-tc', '但是大使館確有一點龜裂的現象', 2, '大使館', 'embassy'],
  ['mfa-20221027-fmprc', '总台央视记者:中方今天发布了坦桑尼亚总统哈桑将访华的消息', 18, '总统', 'President'],
  ['sg-pm-20150912-forum', '问:总理您提到您觉得国会里需要更多不同的声音', 2, '总理', 'premier'],
  ['shanghai-20070531', '这个政策已经经过市政府常务会议同意', 13, '会议', 'meeting'],
  ['seed-shanghai-20180612-tc', '最近閔行已經和十家專業機構簽訂了協議', 16, '協議', 'agreement'],
  ['mfa-20161213-wenda', '同墨方就双边关系及共同关心的国际和地区问题深入交换了意见', 4, '双边', 'bilateral'],
  ['mofcom-20220609-bilingual', '支持多边贸易体制等议题交换意见', 2, '多边', 'multilateral'],
  ['mfa-20200428-oneline', '令国际社会大跌眼镜', 1, '国际社会', 'the international community'],
  ['neg-gov-rules-zhenba-2024', '高举中国特色社会主义伟大旗帜', 6, '社会主义', 'socialism'],
  ['hk-fs-20100327-sc', '记者:新设计为何没有注入民主价值?', 12, '民主', 'democracy'],
  ['hk-sb-20170215-sc', '香港是一个法治社会', 5, '法治', 'rule of law'],
  ['hk-fs-budget-20150225-tc', '如果我們可以找到一個新的市場', 12, '市場', 'marketplace'],
  ['neg-news-scio-commentary-sc', '先来说说和每个人都有关的消费', 12, '消费', 'to consume'],
  ['scio-nbs-20190314-tc', '加大穩就業', 3, '就業', 'to get a job'],
  [
    'shanghai-20070531',
    '不知道这个消息是不是属实?能不能给我们介绍一下?再一个是房地产方面的',
    28,
    '房地产',
    'real estate',
  ],
  ['scio-nbs-20190314-tc', '穩金融', 1, '金融', 'banking'],
  ['neg-news-scio-commentary-sc', '世界银行等国际组织', 2, '银行', 'bank'],
  ['hk-ce-20160621-tc', '亦即是全社會長遠來說的財政負擔能力', 11, '財政', 'finances (public)'],
  ['hk-fs-budget-20150225-tc', '財政司司長《財政預算案》記者會答問全文(附圖/短片)', 8, '預算', 'budget'],
  ['sg-pm-20150912-forum', '房屋到医疗等方面的进步', 3, '医疗', 'medical treatment'],
  ['hk-cs-20181228-tc', '希望在教育方面', 3, '教育', 'to educate'],
  ['hk-sb-20170215-sc', '无论他们面对任何困难的环境', 11, '环境', 'environment'],
  ['tw-mofa-20230207-tc', '能源', 0, '能源', 'energy'],
  ['tw-mofa-20230207-tc', '糧食安全', 0, '糧食安全', 'food security'],
  ['neg-nbs-release-20161019', '农业生产基本稳定', 0, '农业', 'agriculture'],
  ['mod-20181130-kepu', '近期外国媒体对中国军队有一些不同形式的报道和评论', 9, '军队', 'army'],
  [
    'neg-udn-tao-news-20251016-tc',
    '今年二月大陸國防部也增加了記者會的頻率',
    6,
    '國防部',
    'the Ministry of National Defense',
  ],
  ['neg-wikisource-mnd-pressrelease-tc', '窮兵黷武增加軍事活動', 6, '軍事', 'military affairs'],
  ['tao-20230426-gwytb-tc', '臺獨', 0, '臺獨', '"Taiwan independence"'],
  ['tao-20230426-hnstb', '推进祖国和平统一进程?', 6, '统一', 'to unify'],
  ['neg-udn-tao-news-20251016-tc', '闡明祖國大陸深化兩岸交流合作', 8, '兩岸', 'the two sides of the Taiwan Strait'],
  ['tw-president-20200122-hackmd', '國人同胞', 2, '同胞', 'born of the same parents'],
  ['neg-hk-cs-statement-20050310-tc', '一國兩制', 0, '一國兩制', '"One Country, Two Systems"'],
  ['hk-ce-20170228-sc', '已经在《基本法》一百六十条里有清楚的规定', 4, '基本法', 'the Basic Law'],
  ['hk-ce-20201111-tc', '?是否根據選舉主任的決定便可以DQ', 5, '選舉', 'to elect'],
  ['hk-ce-20120703-tc', '向立法會議員講述我的施政理念', 4, '議員', 'member (of a legislative body)'],
  ['neg-hk-cs-statement-20050310-tc', '而香港特區政府亦照常運作', 3, '特區', 'special administrative region'],
  [
    'hk-cs-20181228-tc',
    '讓香港包括內地的學生進入學習',
    5,
    '內地',
    'mainland China (PRC excluding Hong Kong and Macau, but including islands such as Hainan)',
  ],
  ['hk-fs-budget-20150225-tc', '一帶一路', 0, '一帶一路', 'the Belt and Road Initiative'],
  ['mfa-20221027-fmprc', '推动构建人类命运共同体', 4, '人类命运共同体', 'a community with a shared future for mankind'],
  ['mfa-20221027-fmprc', '新华社记者:我们注意到', 0, '新华社', 'Xinhua News Agency'],
  ['mfa-20200428-oneline', '路透社记者:澳大利亚日前召见中国驻澳大使', 0, '路透社', 'Reuters'],
  ['mfa-20200428-oneline', '法新社记者:美国总统特朗普称中方隐瞒疫情导致病毒蔓延至全世界', 0, '法新社', 'AFP'],
  ['mofcom-20220609-bilingual', '【凤凰卫视记者】:美国商务部长雷蒙多近期在接受采访时称', 1, '凤凰卫视', 'Phoenix TV'],
  ['mfa-20220819-bilingual', '非盟委员会代表', 2, '委员会', 'committee'],
  ['hk-cs-20020628-sc', '政务司司长谈话全文(只有中文)', 3, '司长', 'bureau chief'],
  ['nbs-chinadaily-20150415', '数据显示', 0, '数据', 'data'],
  ['nbs-chinadaily-20150415', '国家统计局发言人就一季度经济运行情况答记者问(实录)', 2, '统计', 'statistics'],
  ['nbs-chinadaily-20150415', '国家统计局发言人就一季度经济运行情况答记者问(实录)', 10, '季度', 'quarter of a year'],
  ['seed-shanghai-20180612-tc', '在科創孵化方面一直做得不錯', 3, '孵化', 'breeding'],
  ['seed-shanghai-20180612-tc', '對於老工業基地的轉型', 8, '轉型', 'transformation'],
  ['neg-news-scio-commentary-sc', '我们的货物进出口是实现了同比增长8.6%的成绩', 5, '进出口', 'import and export'],
  ['hk-ce-20160621-tc', '行政長官於行政會議前會見傳媒談話全文(只有中文)(附短片)', 14, '談話', 'talk'],
  [
    'mfa-20220819-bilingual',
    '中非合作论坛第八届部长级会议成果落实协调人会议昨天以视频方式成功举行',
    26,
    '视频',
    'video',
  ],
  [
    'hk-ce-20120703-tc',
    '以下是行政長官梁振英今日(七月三日)晚上出席一項活動後會見傳媒的發言全文:',
    27,
    '會見傳媒',
    'media session',
  ],
  ['hk-ce-20170228-sc', '行政长官于行政会议前会见传媒谈话全文(只有中文)(附短片)', 12, '传媒', 'media'],
  ['hk-ce-20201111-tc', '行政長官會見傳媒答問內容(附圖/短片)', 8, '答問', 'to answer a question'],
  ['hk-ceelect-20120412-sc', '以下是候任行政长官梁振英昨晚(四月十二日)与传媒的谈话全文:', 27, '全文', 'entire text'],
  [
    'neg-macau-aamacau-20131112-tc',
    '特首崔世安解答傳媒提問',
    0,
    '特首',
    'chief executive of Special Administrative Region (Hong Kong or Macao)',
  ],
  ['mfa-20161213-wenda', '问:日方宣布原定于12月举行的中日韩领导人会议无法如期举行', 18, '领导人', 'leader'],
  ['hk-fs-20100327-sc', '在同一时间内可能有两个飞龙可以同时存在', 15, '同时', 'at the same time'],
  ['hk-cs-20181228-tc', '記者:其實鄭若驊上次在機場就臨時說了只有內部官員才要申請外判法律意見', 11, '機場', 'airport'],
  ['mod-20181130-kepu', '近期外国媒体对中国军队有一些不同形式的报道和评论', 4, '媒体', 'media, esp. news media'],
  ['neg-hk-ce-lny-20220131-tc', '克服種種挑戰', 4, '挑戰', 'to challenge'],
  ['neg-tw-president-news-20250113-tc', '災害防救志工朋友', 0, '災害', 'calamity'],
  ['seed-shanghai-20180612-tc', '閔行區作為一個老工業基地', 8, '工業', 'industry'],
  ['hk-ce-20160621-tc', '特區政府進行了全港性大規模而且頻率相當頻繁的諮詢', 11, '規模', 'scale'],
  ['neg-news-scio-commentary-sc', '社会消费品零售总额同比增长3.7%', 5, '零售', 'to retail'],
  ['hk-fs-budget-20150225-tc', '尤其是對我們現時比較有優勢的支柱產業來說', 14, '支柱產業', 'mainstay industry'],
  ['hk-fs-budget-20150225-tc', '尤其是對我們現時比較有優勢的支柱產業來說', 11, '優勢', 'superiority'],
  ['hk-cs-20181228-tc', '香港的優質', 3, '優質', 'excellent quality'],
  ['tw-president-20200122-hackmd', '維持正常的生活', 5, '生活', 'life'],
  ['hk-fs-20100327-sc', '记者:优质生活和创新的缺乏...?', 11, '缺乏', 'to lack'],
  ['neg-tw-ly-interpellation-tc', '但那時候做出來的規劃設計', 10, '設計', 'plan'],
  ['mod-20200827-81cn-p2', '美国防部近日公布的一份总价值为620亿美元', 12, '价值', 'value'],
  ['mfa-20221027-fmprc', '相信哈桑总统此访将为中坦关系全面深入发展注入新动力', 20, '注入', 'to pour into'],
  ['neg-gov-rules-zhenba-2024', '认真执行党的路线方针政策', 10, '政策', 'policy'],
  ['scio-nbs-20190314-tc', '堅持新發展理念', 5, '理念', 'idea'],
  ['tao-20201216-taiwancn-tc', '殷切希望峰會團結帶領兩岸企業家攜手推進兩岸關係和平發展', 6, '團結', 'to unite'],
  ['mofcom-20220609-bilingual', '商务部召开例行新闻发布会( |', 0, '商务部', 'the Ministry of Commerce'],
  [
    'mfa-20200428-oneline',
    '2020年4月28日外交部发言人耿爽主持例行记者会 |',
    20,
    '例行记者会',
    'regular press conference',
  ],
  ['tao-20230426-gwytb-tc', '朱鳳蓮:歡迎大家參加國臺辦例行發佈會', 8, '參加', 'to participate'],
  ['mod-20181130-kepu', '中国军队的发展壮大是世界和平力量的发展壮大', 14, '力量', 'power'],
  ['mod-20181130-kepu', '发展壮大', 2, '壮大', 'to expand'],
  ['mfa-20200428-oneline', '法新社记者:美国总统特朗普称中方隐瞒疫情导致病毒蔓延至全世界', 28, '世界', 'world'],
  ['seed-shanghai-20180612-tc', '科技成果轉移轉化示範區推進過程當中', 4, '轉移', 'to shift'],
  ['mfa-20200428-oneline', '转移视线', 2, '视线', 'line of sight'],
  ['mfa-20200428-oneline', '并从疫情全球大暴发中牟取暴利', 12, '暴利', 'sudden huge profits'],
  ['mfa-20200428-oneline', '并从疫情全球大暴发中牟取暴利', 10, '牟取暴利', 'to profiteer'],
  ['mod-20200827-81cn-p2', '美国在退出《中导条约》后将优先推动在日本部署中程导弹', 8, '条约', 'treaty'],
  ['scio-nbs-20190314-tc', '國務院各項決策部署', 7, '部署', 'to dispose'],
  ['mod-20200827-81cn-p2', '美国在退出《中导条约》后将优先推动在日本部署中程导弹', 24, '导弹', 'guided missile'],
  ['tw-mofa-20230207-tc', '優先領域為', 0, '優先', 'to have priority'],
  ['neg-udn-tao-news-20251016-tc', '推動兩岸關係發展', 0, '推動', 'to push (for acceptance of a plan)'],
  ['mfa-20161213-wenda', '同墨方就双边关系及共同关心的国际和地区问题深入交换了意见', 23, '交换', 'to exchange'],
  ['neg-macau-gcs-20200421-tc', '面對市民的合理批評及意見時', 10, '意見', 'idea'],
  ['tao-20230426-hnstb', '共同开创', 0, '共同', 'common'],
  ['tw-mofa-20010115-tc', '我想大家最關心的一個問題', 5, '關心', 'to be concerned about'],
  ['neg-gov-rules-zhenba-2024', '高举中国特色社会主义伟大旗帜', 12, '旗帜', 'ensign'],
  ['tao-20230426-gwytb-tc', '共同開創中華民族偉大復興未來', 8, '偉大', 'huge'],
  [
    'shanghai-20070531',
    '不知道这个消息是不是属实?能不能给我们介绍一下?再一个是房地产方面的',
    10,
    '属实',
    'to turn out to be true',
  ],
  ['hk-cs-20020628-sc', '能把香港的现时最新情况介绍给北京市民', 11, '介绍', 'to introduce (sb to sb)'],
  ['nbs-chinadaily-20150415', '刚才我们看到了就业方面的数字', 9, '方面', 'respect'],
  ['sg-pm-20150912-forum', '房屋到医疗等方面的进步', 9, '进步', 'progress'],
  ['hk-ceelect-20120412-sc', '记者∶……组班是否有困难……和候任办公室主任是否现在还没找到人?', 10, '困难', 'difficult'],
  ['hk-sb-20170215-sc', '而且面对很多挑战', 2, '面对', 'to confront'],
  ['nbs-chinadaily-20150415', '中国国内生产总值(GDP)140667亿元', 4, '生产总值', 'gross domestic production (GDP)'],
  ['neg-nbs-release-20161019', '农业生产基本稳定', 6, '稳定', 'steady'],
  ['neg-macau-aamacau-20131112-tc', '即時報道', 2, '報道', 'to report (news)'],
  ['hk-ce-20170228-sc', '所以这阶段我不作评论', 8, '评论', 'to comment on'],
  [
    'mofcom-20220609-bilingual',
    '中方将在北京以视频形式主办金砖国家第十二次经贸部长会议',
    9,
    '形式',
    'outer appearance',
  ],
  ['neg-udn-tao-news-20251016-tc', '頻率將會與我方陸委會', 0, '頻率', 'frequency'],
  ['neg-wikisource-mnd-pressrelease-tc', '窮兵黷武增加軍事活動', 4, '增加', 'to raise'],
  ['tao-20230426-hnstb', '推进祖国和平统一进程?', 8, '进程', 'process'],
  ['scio-asean-20140722-tc', '為進一步深化中國和東盟各國的經貿合作能夠提供良好的服務', 4, '深化', 'to deepen'],
  ['neg-tw-president-news-20250113-tc', '除推動學術與技術國際交流', 10, '交流', 'to exchange'],
  ['wa-state-20190418-tc', '我們已經按照緬甸政府規定的和平路線圖', 10, '規定', 'provision'],
  ['hk-fs-20160226-sc', '这个是讲清楚现在的情况', 4, '清楚', 'clear'],
  ['neg-hk-cs-statement-20050310-tc', '剛才董先生宣布了他請辭的決定', 12, '決定', 'to decide (to do something)'],
  ['hk-ce-20201111-tc', '?是否根據選舉主任的決定便可以DQ', 7, '主任', 'director'],
  ['hk-ce-20120703-tc', '向立法會議員講述我的施政理念', 6, '講述', 'to talk about'],
  ['neg-hk-cs-statement-20050310-tc', '而香港特區政府亦照常運作', 10, '運作', 'to operate'],
  ['hk-cs-20181228-tc', '讓香港包括內地的學生進入學習', 8, '學生', 'student'],
  ['neg-macau-aamacau-20131112-tc', '得到更多機會去學習知識', 7, '學習', 'to learn'],
  ['mfa-20221027-fmprc', '强调中国的发展将为世界各国带来重要机遇和重大利好', 17, '机遇', 'opportunity'],
  ['hk-cs-20181228-tc', '大灣區青年發展機遇', 3, '青年', 'youth'],
  ['mfa-20200428-oneline', '路透社记者:澳大利亚日前召见中国驻澳大使', 12, '召见', "call in (one's subordinates)"],
  ['mfa-20200428-oneline', '法新社记者:美国总统特朗普称中方隐瞒疫情导致病毒蔓延至全世界', 16, '隐瞒', 'to conceal'],
  ['mfa-20200428-oneline', '法新社记者:美国总统特朗普称中方隐瞒疫情导致病毒蔓延至全世界', 24, '蔓延', 'to extend'],
  ['wa-state-20190418-tc', '本次採訪實況文字整理', 2, '採訪', 'to interview'],
  ['mfa-20220819-bilingual', '非洲各次区域代表', 6, '代表', 'representative'],
  ['hk-fs-20160226-sc', '这个Greg(商务及经济发展局局长苏锦梁)昨日都就这件事很详细解释了', 31, '解释', 'explanation'],
  ['mfa-20221027-fmprc', '这显示了中方对东盟的重视', 1, '显示', 'to show'],
  ['neg-encyclopedic-mfa-spokesperson', '向记者宣传情况', 5, '情况', 'circumstances'],
  ['seed-shanghai-20180612-tc', '閔行區作為一個老工業基地', 10, '基地', 'base (of operations)'],
];

// The official rendering comes first, and wins over a shorter dictionary word (CC-CEDICT has 人类, 命运, 共同体 but
// not the formula); where both know the word, the card has both. [fixture, clause, offset, word, English, has glosses]
const OFFICIAL: ReadonlyArray<readonly [string, string, number, string, string, boolean]> = [
  [
    'mfa-20221027-fmprc',
    '推动构建人类命运共同体',
    2,
    '构建人类命运共同体',
    'building a community with a shared future for mankind',
    false,
  ],
  [
    'mfa-20221027-fmprc',
    '推动构建人类命运共同体',
    4,
    '人类命运共同体',
    'a community with a shared future for mankind',
    false,
  ],
  ['neg-hk-ce-lny-20220131-tc', '行政長官發表農曆新年賀辭(附圖/短片)', 0, '行政長官', 'Chief Executive', true],
  ['neg-hk-cs-statement-20050310-tc', '一國兩制', 0, '一國兩制', '"One Country, Two Systems"', true],
  ['mfa-20200428-oneline', '法新社记者:美国总统特朗普称中方隐瞒疫情导致病毒蔓延至全世界', 0, '法新社', 'AFP', true],
  [
    'mofcom-20220609-bilingual',
    '【凤凰卫视记者】:美国商务部长雷蒙多近期在接受采访时称',
    1,
    '凤凰卫视',
    'Phoenix TV',
    false,
  ],
  ['mfa-20221027-fmprc', '总台央视记者:中方今天发布了坦桑尼亚总统哈桑将访华的消息', 0, '总台央视', 'CCTV', false],
  [
    'mfa-20220819-bilingual',
    '2022年8月19日外交部发言人汪文斌',
    10,
    '外交部发言人',
    'Spokesperson of the Ministry of Foreign Affairs',
    false,
  ],
  ['mfa-20220819-bilingual', '2022年8月19日外交部发言人汪文斌', 16, '汪文斌', 'Wang Wenbin', false],
  ['neg-udn-tao-news-20251016-tc', '頻率將會與我方陸委會', 7, '陸委會', 'the MAC', true],
  [
    'hk-fs-20160226-sc',
    '记者:局长的说法会不会是叫立法会主席',
    13,
    '立法会主席',
    'President of the Legislative Council',
    false,
  ],
];

// [fixture, clause, offset, word, its pointer gloss, a gloss of the word pointed to]
const POINTERS: ReadonlyArray<readonly [string, string, number, string, string, string]> = [
  ['hk-ce-20160621-tc', '我們會盡快把這些意見分', 3, '盡快', 'see 儘快|尽快[jin3 kuai4]', 'as soon as possible'],
  [
    'hk-ce-20170228-sc',
    '行政长官:我看两件事情没有关系',
    11,
    '没有关系',
    'see 沒關係|没关系[mei2 guan1 xi5]',
    "it doesn't matter",
  ],
  [
    'neg-hk-ce-speech-20180316-sc',
    '为什么过去十年都没有机会为花展开幕做主礼嘉宾',
    17,
    '做主',
    'see 作主[zuo4 zhu3]',
    'to decide',
  ],
  ['neg-tw-ly-interpellation-tc', '主席:請行政院蘇院長答復', 10, '答復', 'variant of 答覆|答复[da2 fu4]', 'to answer'],
  ['neg-tw-ly-interpellation-tc', '大家都侷限於如果要採取', 3, '侷限', 'variant of 局限[ju2 xian4]', 'to limit'],
  [
    'neg-tw-president-news-20250113-tc',
    '每一位投身消防領域的夥伴',
    10,
    '夥伴',
    'variant of 伙伴[huo3 ban4]',
    'partner',
  ],
  ['scio-asean-20140722-tc', '具體來説就是最近在南海', 3, '説', 'variant of 說|说[shuo1]', 'to say'],
  ['scio-nbs-20190314-tc', '全國服務業生産指數同比增長7', 6, '産', 'Japanese variant of 產|产', 'to give birth'],
  [
    'seed-shanghai-20180612-tc',
    '眾所週知',
    0,
    '眾所週知',
    'see 眾所周知|众所周知[zhong4 suo3 zhou1 zhi1]',
    'as everyone knows (idiom)',
  ],
  ['seed-shanghai-20180612-tc', '第三個,有一些台灣企業', 7, '台灣', 'variant of 臺灣|台湾[Tai2 wan1]', 'Taiwan'],
  ['tao-20201216-taiwancn-tc', '內容紮實', 2, '紮實', 'see 扎實|扎实[zha1 shi5]', 'solid'],
];

describe('official terms first', () => {
  it.each(OFFICIAL)('%s: %s @%i → %s', (id, clause, offset, word, english, hasGlosses) => {
    expect(fixtureSource(id)).toContain(clause);
    const card = lookup(clause, offset);
    expect(card?.word).toBe(word);
    expect(card?.terms[0]?.english).toBe(english);
    expect(card!.senses.length > 0).toBe(hasGlosses);
  });
});

describe('pointer entries followed one level', () => {
  it.each(POINTERS)('%s: %s @%i → %s', (id, clause, offset, word, pointer, target) => {
    expect(fixtureSource(id)).toContain(clause);
    const card = lookup(clause, offset);
    expect(card?.word).toBe(word);
    const sense = card!.senses.find((s) => s.glosses.includes(pointer));
    expect(sense?.followed.map((f) => f.gloss)).toContain(pointer);
    expect(sense!.followed.flatMap((f) => f.glosses)).toContain(target);
    // One level: what is shown from the target is its own glosses, never another pointer.
    expect(sense!.followed.flatMap((f) => f.glosses).some((g) => /^see |variant of /.test(g))).toBe(false);
  });
});

describe('longest match with glosses, as found and in the other script', () => {
  it.each(WORDS)('%s: %s @%i → %s', (id, clause, offset, word, gloss) => {
    expect(fixtureSource(id)).toContain(clause);
    const found = lookup(clause, offset);
    expect(found?.word).toBe(word);
    expect(shown(found!)).toContain(gloss);
    const other = scriptOf(clause) === 'hant' ? toHans(clause) : toHant(clause);
    const otherWord = scriptOf(clause) === 'hant' ? toHans(word) : toHant(word);
    const converted = lookup(other, offset);
    expect(converted?.word).toBe(otherWord);
    expect(shown(converted!)).toContain(gloss);
  });

  it('covers at least 200 lookups', () => {
    expect(WORDS.length * 2).toBeGreaterThanOrEqual(200);
  });
});
