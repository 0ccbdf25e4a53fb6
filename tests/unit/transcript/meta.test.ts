import { describe, expect, it } from 'vitest';
import { nameAfter, roleAfter, roleBefore } from '../../../lib/transcript/context';
import { isNameLike, isSurnameStart } from '../../../lib/transcript/labels';
import { cleanTitle, parseDate } from '../../../lib/transcript/meta';

describe('parseDate', () => {
  it.each([
    ['2018年6月12日市政府新聞發佈會問答實錄', '2018-06-12'],
    ['國臺辦新聞發佈會輯錄(2023-04-26)', '2023-04-26'],
    ['2012年7月3日(星期二)', '2012-07-03'],
    ['國務院新聞辦公室于2014年7月22日上午10時舉行新聞發佈會', '2014-07-22'],
    ['11月30日下午,国防部举行例行记者会', null],
    ['2020-13-45', null],
    ['编号20221027123', null],
    // Dates as the new real pages print them, and their counter-examples.
    ['二○○二年六月二十八日(星期五)', '2002-06-28'], // hk-cs-20020628-sc footer
    ['二〇二〇年十一月十一日', '2020-11-11'],
    ['時間:90/01/15', '2001-01-15'], // tw-mofa-20010115-tc: ROC calendar
    ['民國112年2月7日', '2023-02-07'],
    ['# 20200122 蔡英文針對武漢肺炎防疫措施發表敞廳談話 逐字稿', '2020-01-22'], // tw-president-20200122-hackmd
    ['发表于 12-9-2015 12:54:12', '2015-09-12'], // sg-pm-20150912-forum: day first
    ['第90/01/15号文件', null], // an ROC-looking number that is no 時間: field
    ['2020012233', null],
  ])('%s', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });
});

describe('cleanTitle', () => {
  it.each([
    ['上海市政府新闻发布会实录(2007年5月31日) 2007-05-31', '上海市政府新闻发布会实录(2007年5月31日)'],
    ['商务部召开例行新闻发布会( |', '商务部召开例行新闻发布会'],
    ['2020年4月28日外交部发言人耿爽主持例行记者会 |', '2020年4月28日外交部发言人耿爽主持例行记者会'],
    ['首页 > 图片聚焦 > 国台办新闻发布会辑录(2023-04-26)', '国台办新闻发布会辑录(2023-04-26)'], // tao-20230426-hnstb
    ['# 20200122 談話 逐字稿', '20200122 談話 逐字稿'],
    ['中國—東盟博覽會 > 新聞', '中國—東盟博覽會 > 新聞'], // one ">" is no breadcrumb trail
  ])('%s', (raw, title) => {
    expect(cleanTitle(raw)).toBe(title);
  });
});

describe('roles stated before a name in the title or intro', () => {
  it.each([
    ['2022年10月27日外交部发言人毛宁主持例行记者会', '毛宁', '外交部发言人'],
    [
      '11月30日下午,国防部举行例行记者会,国防部新闻局局长、国防部新闻发言人吴谦大校答记者问。',
      '吴谦',
      '国防部新闻局局长、国防部新闻发言人',
    ],
    ['請商務部亞洲司司長陳洲、中國貿促會副會長王錦珍、廣西壯族自治區副主席張曉欽介紹', '陳洲', '商務部亞洲司司長'],
    ['請商務部亞洲司司長陳洲、中國貿促會副會長王錦珍、廣西壯族自治區副主席張曉欽介紹', '王錦珍', '中國貿促會副會長'],
    [
      '4月26日上午10時,國臺辦在新聞發佈廳舉行例行新聞發佈會。發言人朱鳳蓮就近期兩岸熱點問題回答了記者提問。',
      '朱鳳蓮',
      '發言人',
    ],
    ['商务部召开例行新闻发布会', '束珏婷', null],
    // The fullest statement wins (tao-20201216-taiwancn-tc), and 由…主持 starts the role after 由.
    [
      '國臺辦發言人朱鳳蓮回答記者提問。本次新聞發佈會由國臺辦新聞局副局長、新聞發言人朱鳳蓮主持。',
      '朱鳳蓮',
      '國臺辦新聞局副局長、新聞發言人',
    ],
  ])('%s: %s', (context, name, role) => {
    expect(roleBefore(context, name)).toBe(role);
  });
});

describe('names stated after a title', () => {
  const isName = (s: string) => isNameLike(s) && isSurnameStart(s);
  it.each([
    ['行政長官發言全文\n以下是行政長官梁振英今日(七月三日)晚上出席一項活動後會見傳媒的發言全文:', '行政長官', '梁振英'],
    ['以下是财政司司长曾俊华今日(二月二十六日)上午出席电台节目后会见传媒的谈话全文:', '财政司司长', '曾俊华'],
    ['以下是政務司司長曾蔭權今日', '政務司司長', '曾蔭權'],
    ['主席:報告院會', '主席', null],
    ['以下是行政長官林鄭月娥今日(十一月十一日)', '行政長官', '林鄭月娥'], // hk-ce-20201111-tc: never 林鄭月
    ['政务司司长谈话全文\n以下为政务司司长曾荫权今日(六月二十八日)', '政务司司长', '曾荫权'], // hk-cs-20020628-sc
    ['行政长官于行政会议前会见传媒\n以下是行政长官梁振英今日', '行政长官', '梁振英'], // hk-ce-20170228-sc
  ])('%s', (context, title, name) => {
    expect(nameAfter(context, title, isName)).toBe(name);
  });
});

describe('titles printed right after a name', () => {
  it.each([
    ['蔡英文總統針對武漢肺炎防疫措施發表談話', '蔡英文', '總統'], // tw-president-20200122-hackmd
    ['王毅部長表示', '王毅', '部長'],
    ['蔡英文總統府發布新聞稿', '蔡英文', null], // an office's name, not a title
    ['蔡英文針對疫情發表談話', '蔡英文', null],
  ])('%s', (context, name, role) => {
    expect(roleAfter(context, name)).toBe(role);
  });
});
