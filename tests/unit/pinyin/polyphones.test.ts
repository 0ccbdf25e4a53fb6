// Polyphones in context, on real press-conference clauses from the fixtures. Each clause is checked as found,
// in its Simplified form and in its Traditional (Taiwan) form: the readings must not depend on the script.
import { describe, expect, it } from 'vitest';
import { readingsFor } from '../../../lib/pinyin/index';
import { getConverter } from '../../../lib/script/converters';

// [clause as in the fixture, offset of the word, the word (Simplified), expected syllables]
const CASES: ReadonlyArray<readonly [string, number, string, string]> = [
  ['作为全球性的安全政策论坛', 0, '作为', 'zuò wéi'], // neg-mfa-speech-yangjiechi-html
  ['閔行區作為一個老工業基地', 0, '闵行', 'mǐn háng'], // seed-shanghai-20180612-tc
  ['转移视线', 0, '转移', 'zhuǎn yí'], // mfa-20200428-oneline
  ['成為長三角産業一體化協同創新的重要節點', 2, '长三角', 'cháng sān jiǎo'], // seed-shanghai-20180612-tc
  ['二是突出載體功能', 4, '载体', 'zài tǐ'], // seed-shanghai-20180612-tc
  ['现已成为指导中国同发展中国家团结合作的基本政策理念', 2, '成为', 'chéng wéi'], // mfa-20221027-fmprc
  ['而且交流最為密切', 4, '最为', 'zuì wéi'], // seed-shanghai-20180612-tc
  ['欢迎参加商务部例行新闻发布会', 2, '参加', 'cān jiā'], // mofcom-20220609-bilingual
  ['技術轉移起著非常重要的作用', 4, '起着', 'qǐ zhe'], // seed-shanghai-20180612-tc
  ['我記得前年的時候', 1, '记得', 'jì de'], // seed-shanghai-20180612-tc
  ['中国军队的发展壮大是世界和平力量的发展壮大', 14, '力量', 'lì liàng'], // mod-20181130-kepu
  ['也就是说', 0, '也就是说', 'yě jiù shì shuō'], // mod-20181130-kepu
  ['在科創孵化方面一直做得不錯', 9, '做得', 'zuò de'], // seed-shanghai-20180612-tc
  ['對於老工業基地的轉型', 8, '转型', 'zhuǎn xíng'], // seed-shanghai-20180612-tc
  ['同比增长6.7%', 0, '同比增长', 'tóng bǐ zēng zhǎng'], // neg-nbs-release-20161019
  ['前三季度国民经济运行稳中有进', 8, '运行', 'yùn xíng'], // neg-nbs-release-20161019
  ['日方宣布原定于12月举行的中日韩领导人会议无法如期举行', 10, '举行', 'jǔ xíng'], // mfa-20161213-wenda
  ['我们已经发布有关消息', 4, '发布', 'fā bù'], // mfa-20161213-wenda
  ['财政司司长会见传媒谈话全文', 3, '司长', 'sī zhǎng'], // hk-fs-20160226-sc
  ['行政長官發言全文', 2, '长官', 'zhǎng guān'], // hk-ce-20120703-tc
  ['以下為政務司司長曾蔭權今日', 8, '曾荫权', 'zēng yìn quán'], // neg-hk-cs-statement-20050310-tc
  ['亦即是全社會長遠來說的財政負擔能力', 6, '长远', 'cháng yuǎn'], // hk-ce-20160621-tc
  ['的言论来批评攻击中国', 6, '攻击中国', 'gōng jī zhōng guó'], // mfa-20200428-oneline
  ['外长第二次会晤将于5月12日在陕西西安举行', 0, '外长', 'wài zhǎng'], // mfa-20210510-163html
  ['中非合作论坛第八届部长级会议成果落实协调人会议昨天以视频方式成功举行', 9, '部长级', 'bù zhǎng jí'], // mfa-20220819-bilingual
  ['中非合作论坛第八届部长级会议成果落实协调人会议昨天以视频方式成功举行', 18, '协调人', 'xié tiáo rén'], // mfa-20220819-bilingual
  ['个别国家正试图重拾纳粹主义', 7, '重拾', 'chóng shí'], // mfa-20210510-163html
  ['不管面对怎样的喧嚣嘈杂与艰难险阻', 7, '喧嚣', 'xuān xiāo'], // mod-20181130-kepu
  ['民主党参议员梅内德斯', 3, '参议员', 'cān yì yuán'], // neg-interview-jincanrong-html
  ['稳定为基调的中美关系', 3, '基调', 'jī diào'], // neg-mfa-speech-yangjiechi-html
  ['睁着眼睛说瞎话', 0, '睁着', 'zhēng zhe'], // mfa-20200428-oneline
  ['非洲各国驻华使节与会', 8, '与会', 'yù huì'], // mfa-20220819-bilingual
  ['尤其是泛民议员都可以了解这是一个受业界支持', 10, '了解', 'liǎo jiě'], // hk-fs-20160226-sc
  ['說明瞭兩岸中國人完全有能力', 0, '说明了', 'shuō míng le'], // tao-20230426-gwytb-tc
  ['標誌著兩岸關係發展邁出了歷史性的重要一步', 0, '标志着', 'biāo zhì zhe'], // tao-20230426-gwytb-tc
  ['他接著宣布', 1, '接着', 'jiē zhe'], // neg-udn-tao-news-20251016-tc
  ['两国在各个层级一直保持着密切的往来与沟通', 9, '保持着', 'bǎo chí zhe'], // mfa-20161213-wenda
  ['中国军队自力更生', 4, '自力更生', 'zì lì gēng shēng'], // mod-20181130-kepu
  ['我们奉劝美国政客还是要好好反省自身问题', 13, '反省', 'fǎn xǐng'], // mfa-20200428-oneline
  ['商务及经济发展局局长苏锦梁', 8, '局长', 'jú zhǎng'], // hk-fs-20160226-sc
  ['供应链合作', 0, '供应', 'gōng yìng'], // mofcom-20220609-bilingual
  ['對於我們今後以及社會經濟發展有著極其重要的影響', 14, '有着', 'yǒu zhe'], // seed-shanghai-20180612-tc
  ['调试以及经办人员的培训', 0, '调试', 'tiáo shì'], // shanghai-20070531
  ['主要是這幾點', 0, '主要是', 'zhǔ yào shì'], // hk-ce-20160621-tc
  ['亦对香港的经济重要的', 7, '重要', 'zhòng yào'], // hk-fs-20160226-sc
  ['WTO成员在对华开展反倾销调查时要全面停止使用', 13, '调查', 'diào chá'], // mfa-20161213-wenda
  ['还有一点特别令中国恼火', 0, '还有', 'hái yǒu'], // neg-interview-jincanrong-html
  ['商务及经济发展局局长苏锦梁', 5, '发展', 'fā zhǎn'], // hk-fs-20160226-sc
  ['处于何去何从的关键十字路口', 0, '处于', 'chǔ yú'], // neg-mfa-speech-yangjiechi-html
  ['我十分重視政府與立法會之間的關係', 3, '重视', 'zhòng shì'], // hk-ce-20120703-tc
  ['行政長官發言全文', 0, '行政', 'xíng zhèng'], // hk-ce-20120703-tc
  ['參加的都是各個地級市分管産業的市長', 15, '市长', 'shì zhǎng'], // seed-shanghai-20180612-tc
  ['县政府由县长', 4, '县长', 'xiàn zhǎng'], // neg-gov-rules-zhenba-2024
  ['同比增长6.7%', 2, '增长', 'zēng zhǎng'], // neg-nbs-release-20161019
  ['认为取消一些日用品', 0, '认为', 'rèn wéi'], // mofcom-20220609-bilingual
  ['目的只有一个', 0, '目的', 'mù dì'], // mfa-20200428-oneline
  ['我覺得這個是正常的', 1, '觉得', 'jué de'], // hk-ce-20160621-tc
  ['如果董先生的請辭獲得批准', 8, '获得', 'huò dé'], // neg-hk-cs-statement-20050310-tc
  ['同墨方就双边关系及共同关心的国际和地区问题深入交换了意见', 17, '地区', 'dì qū'], // mfa-20161213-wenda
  ['反对干涉别国内政', 2, '干涉', 'gān shè'], // neg-mfa-speech-yangjiechi-html
  ['只有中文', 0, '只有', 'zhǐ yǒu'], // hk-ce-20120703-tc
  ['我們支援大數據', 5, '数据', 'shù jù'], // seed-shanghai-20180612-tc
  ['中国将继续致力于维护世界和平', 12, '和平', 'hé píng'], // mfa-20221027-fmprc
  ['相关国际组织代表将出席会议', 0, '相关', 'xiāng guān'], // mofcom-20220609-bilingual
  ['要坚持通过对话协商以和平方式解决争议问题', 14, '解决', 'jiě jué'], // neg-mfa-speech-yangjiechi-html
  ['这个话以前应该是一些右翼学者', 5, '应该', 'yīng gāi'], // neg-interview-jincanrong-html
  ['完全都是虚构的', 2, '都是', 'dōu shì'], // mfa-20200428-oneline
  ['向立法會議員講述我的施政理念', 3, '会议', 'huì yì'], // hk-ce-20120703-tc
  ['世界比以往更加需要多边主义', 5, '更加', 'gèng jiā'], // neg-mfa-speech-yangjiechi-html
  ['这些人中间可能有一部分人是具有一定的劳动能力', 3, '中间', 'zhōng jiān'], // shanghai-20070531
  ['我十分重視政府與立法會之間的關係', 14, '关系', 'guān xì'], // hk-ce-20120703-tc
  ['覺得有這幾個方面的瓶頸', 4, '几个', 'jǐ gè'], // seed-shanghai-20180612-tc
  ['還碰到一些困難', 5, '困难', 'kùn nán'], // seed-shanghai-20180612-tc
  ['我覺得這個是正常的', 6, '正常', 'zhèng cháng'], // hk-ce-20160621-tc
  ['中非合作论坛第八届部长级会议成果落实协调人会议昨天以视频方式成功举行', 16, '落实', 'luò shí'], // mfa-20220819-bilingual
  ['我們會盡快把這些意見分析', 3, '尽快', 'jǐn kuài'], // hk-ce-20160621-tc
  ['要求其解释中方之前就澳大利亚推动开展病毒溯源和扩散国际调查作出的', 0, '要求', 'yāo qiú'], // mfa-20200428-oneline
  ['推动国际秩序朝着更加公正合理的方向发展', 6, '朝着', 'cháo zhe'], // neg-mfa-speech-yangjiechi-html
  ['有何回应', 2, '回应', 'huí yìng'], // mfa-20200428-oneline
  ['将于明年适当时期举行', 4, '适当', 'shì dàng'], // mfa-20161213-wenda
  ['有兩個問題想請問一下市教委的領導', 11, '教委', 'jiào wěi'], // seed-shanghai-20180612-tc
  ['我想再强调以下几点', 3, '强调', 'qiáng diào'], // mfa-20161213-wenda
  ['大陸對台宣傳', 4, '宣传', 'xuān chuán'], // neg-udn-tao-news-20251016-tc
  ['国务院和省委', 4, '省委', 'shěng wěi'], // neg-gov-rules-zhenba-2024
  ['西藏', 0, '西藏', 'xī zàng'], // neg-interview-jincanrong-html
  ['然後順便也要蓋', 3, '便', 'biàn'], // neg-tw-ly-interpellation-tc
  ['又會給老百姓帶來什麼樣的好處呢', 12, '好处', 'hǎo chù'], // seed-shanghai-20180612-tc
  ['台資企業在閔行發展當中作了不少貢獻', 13, '不少', 'bù shǎo'], // seed-shanghai-20180612-tc
  ['的跨越就帶來了難度', 7, '难度', 'nán dù'], // seed-shanghai-20180612-tc
  ['共同開創中華民族偉大復興未來', 10, '复兴', 'fù xīng'], // tao-20230426-gwytb-tc
  ['很高兴出席本届慕尼黑安全会议', 1, '高兴', 'gāo xìng'], // neg-mfa-speech-yangjiechi-html
  ['很快我們就要面對各種因為老年社會的出現而產生的問題', 9, '种', 'zhǒng'], // hk-ce-20160621-tc
  ['參加的都是各個地級市分管産業的市長', 10, '分管', 'fēn guǎn'], // seed-shanghai-20180612-tc
  ['特區政府進行了全港性大規模而且頻率相當頻繁的諮詢', 16, '率', 'lǜ'], // hk-ce-20160621-tc
];

// The examples of the product brief (issue 6), not taken from a fixture.
const BRIEF: ReadonlyArray<readonly [string, number, string, string]> = [
  ['銀行行長', 0, '银行行长', 'yín háng háng zhǎng'],
  ['重慶', 0, '重庆', 'chóng qìng'],
  ['長三角', 0, '长三角', 'cháng sān jiǎo'],
  ['還款', 0, '还款', 'huán kuǎn'],
  ['處長', 0, '处长', 'chù zhǎng'],
  ['率先', 0, '率先', 'shuài xiān'],
  ['量化', 0, '量化', 'liàng huà'],
];

const toHans = getConverter('t', 'cn');
const toHant = getConverter('cn', 'tw');

function syllablesAt(text: string, offset: number, length: number): string {
  return readingsFor(text)
    .slice(offset, offset + length)
    .filter((s) => s !== null)
    .join(' ');
}

describe('polyphones in context', () => {
  it('has at least 60 fixture cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  describe.each([
    ['as found', (s: string) => s],
    ['Simplified', (s: string) => toHans(s)],
    ['Traditional', (s: string) => toHant(s)],
  ] as const)('%s', (_name, toScript) => {
    it.each([...CASES, ...BRIEF])('%s: %s', (clause, offset, word, expected) => {
      const text = toScript(clause);
      expect(text.length).toBe(clause.length);
      expect(toHans(text.slice(offset, offset + word.length)).replace(/著/g, '着')).toBe(word);
      expect(syllablesAt(text, offset, word.length)).toBe(expected);
    });
  });
});
