import { describe, expect, it } from 'vitest';
import { findFigures, findFiguresInText, formatValue } from '../../../lib/figures/index';
import type { Figure, FigureKind } from '../../../lib/figures/types';
import * as lexicon from '../../../lib/figures/lexicon';
import { getConverter } from '../../../lib/script/converters';
import { loadPages, scoreFigures } from './corpus';

type Row = [sentence: string, text: string, value: number, unit: string | null, kind: FigureKind, approx: boolean];

// Sentences from the fixture pages (and the forms the brief lists), with the figure each must yield.
const FIGURES: Row[] = [
  ['2017年,上海整個高校科研總經費159億,其中', '159億', 15_900_000_000, null, 'amount', false],
  ['來源於企事業單位的科研經費達到45億,佔到總經費的近30%。', '近30%', 30, '%', 'percent', true],
  ['各類研發基地和試驗基地超過300多個。', '超過300多個', 300, '個', 'count', true],
  ['歸納起來就是16個字——優勢互補', '16個', 16, '個', 'count', false],
  ['閔行紫竹高新園區成立到現在16年時間', '16年', 16, '年', 'duration', false],
  ['它在去年國家高新區綜合排名中排第14名。', '第14名', 14, '名', 'rank', false],
  ['國家級軍民融合基金,首期100個億,閔行拿出6個億。', '100個億', 10_000_000_000, null, 'amount', false],
  ['國家級軍民融合基金,首期100個億,閔行拿出6個億。', '6個億', 600_000_000, null, 'amount', false],
  ['2018年從六個方面、28項工作內容進行細化推動。', '六個', 6, '個', 'count', false],
  ['2018年從六個方面、28項工作內容進行細化推動。', '28項', 28, '項', 'count', false],
  ['2018年從六個方面、28項工作內容進行細化推動。', '2018年', 2018, '年', 'date', false],
  ['通過三個小時的討論以後,最後沒有形成統一固化的模式。', '三個小時', 3, '小時', 'duration', false],
  ['最近閔行已經和十家專業機構簽訂了協議', '十家', 10, '家', 'count', false],
  ['市政府發佈了55條對臺政策以後', '55條', 55, '條', 'count', false],
  ['批復了7個試點地區和城市,其中上海閔行、浙江、江蘇蘇南、寧波4個都在長三角區域。', '4個', 4, '個', 'count', false],
  ['目前,全市高校中已有18所高校成立了相關機構', '18所', 18, '所', 'count', false],
  ['亦即是在未來的兩個星期,會去立法會的答問大會', '兩個星期', 2, '星期', 'duration', false],
  ['這個函件已經發了出去,內容主要有四個方面', '四個', 4, '個', 'count', false],
  ['今年是中国“入世”15周年,但最近个别西方国家称', '15周年', 15, '周年', 'duration', false],
  ['1-2月份,全國服務業生産指數同比增長7.3%,增速與上年12月份持平', '7.3%', 7.3, '%', 'percent', false],
  ['同比分別增長26.5%和7.9%', '7.9%', 7.9, '%', 'percent', false],
  ['增速分别比规模以上工业快4.6和3.1个百分点', '3.1个百分点', 3.1, '个百分点', 'points', false],
  ['增速分别比规模以上工业快4.6和3.1个百分点', '4.6', 4.6, '个百分点', 'points', false],
  ['民政等五个部门根据市政府提出的要求', '五个', 5, '个', 'count', false],
  ['上海的重残人员我刚才介绍了大概有3.5万', '大概有3.5万', 35_000, null, 'amount', true],
  ['30年來,兩岸關係發展跌宕起伏。', '30年', 30, '年', 'duration', false],
  ['1993年4月,在“九二共識”基礎上', '1993年4月', 1993, '年', 'date', false],
  ['今年是中国人民抗日战争胜利76周年', '76周年', 76, '周年', 'duration', false],
  // forms from the brief, in running text
  ['全年投入一百四十萬元', '一百四十萬元', 1_400_000, '元', 'amount', false],
  ['總額達1.5萬億元', '1.5萬億元', 1_500_000_000_000, '元', 'amount', false],
  ['新增就業3,000人', '3,000人', 3000, '人', 'count', false],
  ['佔比３０％', '３０％', 30, '％', 'percent', false],
  ['二○一四年開始實施', '二○一四年', 2014, '年', 'date', false],
  ['約有百分之三十的企業', '約有百分之三十', 30, '%', 'percent', true],
  ['三成企業表示', '三成', 30, '成', 'percent', false],
  ['增長了0.3个百分点', '0.3个百分点', 0.3, '个百分点', 'points', false],
  ['有數百家企業參與', '數百家', 200, '家', 'count', true],
  ['吸引了上千家企業', '上千家', 1000, '家', 'count', true],
  ['經費約5000萬元', '約5000萬元', 50_000_000, '元', 'amount', true],
  ['增長6.5%左右', '6.5%左右', 6.5, '%', 'percent', true],
  ['佔20%以上', '20%以上', 20, '%', 'percent', true],
  ['共1000余家', '1000余家', 1000, '家', 'count', true],
  ['共1000餘家', '1000餘家', 1000, '家', 'count', true],
  ['佔三分之一', '三分之一', 1 / 3, null, 'amount', false],
  ['為期三至五年', '三至五年', 3, '年', 'duration', false],
  ['提高3-5%', '3-5%', 3, '%', 'percent', false],
  ['每次3到5个', '3到5个', 3, '个', 'count', false],
  ['新台幣300億元', '新台幣300億元', 30_000_000_000, '新台幣', 'amount', false],
  ['廿三日晚上', '廿三日', 23, '日', 'date', false],
  ['裝機500兆瓦', '500兆瓦', 500, '兆瓦', 'amount', false],
  ['政府債務達3兆元', '3兆元', 3_000_000_000_000, '元', 'amount', false],
  ['十幾個部門', '十幾個', 11, '個', 'count', true],
  ['已經三年多', '三年多', 3, '年', 'duration', true],
  ['法案文本共283页,原本民主党文本282页', '283页', 283, '页', 'count', false],
];

describe('findFigures: figures in fixture sentences', () => {
  it.each(FIGURES)('%s → %s', (sentence, text, value, unit, kind, approx) => {
    const figs = findFiguresInText(sentence);
    const f = figs.find((x) => x.text === text);
    expect(f, JSON.stringify(figs.map((x) => x.text))).toBeDefined();
    expect(f!.value).toBeCloseTo(value, 9);
    expect(f!.unit).toBe(unit);
    expect(f!.kind).toBe(kind);
    expect(f!.approx).toBe(approx);
    expect(sentence.slice(f!.start, f!.end)).toBe(text);
  });
});

describe('ranges keep both bounds', () => {
  it.each<[string, number, number]>([
    ['為期三至五年', 3, 5],
    ['提高3-5%', 3, 5],
    ['有數百家企業參與', 200, 900],
    ['三四个问题', 3, 4],
    ['七八成的企业', 70, 80],
    ['3万至5万元', 30_000, 50_000],
    ['1-2月份', 1, 2],
    ['数十万人', 200_000, 900_000],
    ['在過去七、八個月期間', 7, 8], // tw-mofa-20010115-tc
    ['三、四天', 3, 4],
  ])('%s → %d to %d', (sentence, low, high) => {
    const [f] = findFiguresInText(sentence);
    expect(f?.value).toBe(low);
    expect(f?.high).toBe(high);
  });
});

// Sentences from the fixtures whose numerals are idioms, names, list markers or articles: the listed substring
// must not be reported (no reported figure may overlap it).
const EXCLUSIONS: Array<[string, string]> = [
  ['1、上海日報:有一個問題想問張總工程師', '1、'],
  ['1、上海日報:有一個問題想問張總工程師', '一個'],
  ['按照市委、市政府全力打響四大品牌', '四大品牌'],
  ['上海制定發佈了《全力打響“上海製造”品牌加快邁向全球卓越製造基地三年行動計劃》。', '三年'],
  ['圍繞“三年行動計劃”,將發展戰略性新興産業', '三年'],
  ['打造一批“名品、名企、名家、名園”製造業匯聚地', '一批'],
  ['成為長三角産業一體化協同創新的重要節點', '三角'],
  ['二是突出載體功能,打造先進製造業集群集聚區', '二是'],
  ['第三,加速軍民技術雙向轉移轉化', '第三'],
  ['加快推進紫竹、零號灣等雙創基地建設', '零號'],
  ['閔行擁有像航太八院在內的一批軍工單位', '八院'],
  ['我們提出了“一體多翼一基地”的載體建設', '一基地'],
  ['我們一直説科技成果轉移轉化最後一公里怎麼達到', '一公里'],
  ['你要跨過這個“死亡谷”必須要有一股力量', '一股'],
  ['其主要作用主要為(1)受理科技成果研發資訊披露報告;(2)分析科技成果應用價值', '(1)'],
  ['參加了由國家工信部在國家行政學院舉辦的中國製造2025的培訓班', '2025'],
  ['這僅僅是成功的第一步', '第一步'],
  ['首先,第一個問題。', '第一個'],
  ['我們講了三大特色,其中一大特色就是軍民融合。', '三大'],
  ['我十分重視政府與立法會之間的關係', '十分'],
  ['所以我在上任後第一個工作天', '第一個'],
  ['最後一點是事件的處理有否影響「一國兩制」和《基本法》', '一點'],
  ['最後一點是事件的處理有否影響「一國兩制」和《基本法》', '兩制'],
  ['以下是行政長官梁振英今日晚上出席一項活動後會見傳媒的發言全文', '一項'],
  ['中墨两国都对特朗普的有关言论感到不满', '两国'],
  ['一些人试图把两者加以混淆', '两者'],
  ['第一,所谓“市场经济国家”与世贸组织成员履行', '第一'],
  ['这些人中间可能有一部分人是具有一定的劳动能力', '一部分'],
  ['再一个是房地产方面的,上周也有消息说,二手房的交易征税政策有一些调整', '二手'],
  ['彰顯了“九二共識”作為兩岸協商基礎的重要地位', '九二'],
  ['標誌著兩岸關係發展邁出了歷史性的重要一步', '一步'],
  ['一、服務業平穩增長,現代服務業發展較快', '一、'],
  ['推动5G网络建设', '5G'],
  ['中亚五国外长', '五国'],
  ['在第二次世界大战中', '第二次'],
  ['千家萬戶都受益', '萬戶'],
  ['三番五次提出', '五次'],
  ['成千上萬人參加', '上萬'],
  ['落实四个全面战略布局', '四个'],
  ['十四五时期', '十四五'],
  ['这是两码事', '两码'],
  ['实施第十四个五年规划', '五年'],
  ['千萬不要放鬆', '千萬'],
  ['百年未有之大變局', '百年'],
  ['党的十九届四中全会', '十九届'],
  ['来自四面八方的客人', '八方'],
  // "those three points" repeats the figure cited before it (hk-cs-20181228-tc)
  ['我想重申三點,第一點就是這樣。就着那三點,我希望大家', '那三點'],
];

describe('neighbouring digits in a list are a range, other lists are not', () => {
  it.each<[string, string[]]>([
    ['在過去七、八個月期間', ['七、八個月']],
    ['三、五個部門', ['五個']],
    ['八、七個部門', ['七個']],
  ])('%s', (sentence, texts) => {
    expect(findFiguresInText(sentence).map((f) => f.text)).toEqual(texts);
  });
});

describe('a demonstrative repeats a figure only when the turn cited it', () => {
  it.each<[string, string[]]>([
    ['我想重申三點,就着那三點,我希望', ['三點']],
    ['這三個月的數據', ['三個月']],
  ])('%s', (sentence, texts) => {
    expect(findFiguresInText(sentence).map((f) => f.text)).toEqual(texts);
  });
});

describe('findFigures: exclusions', () => {
  it.each(EXCLUSIONS)('%s: not %s', (sentence, banned) => {
    const at = sentence.indexOf(banned);
    expect(at).toBeGreaterThanOrEqual(0);
    const overlapping = findFiguresInText(sentence).filter((f) => f.start < at + banned.length && f.end > at);
    expect(overlapping.map((f) => f.text)).toEqual([]);
  });
});

describe('malformed numerals in text', () => {
  it.each([
    '一百百個',
    '1..5億元',
    '99999999999999999999億',
    '1.2.3.4萬',
    '萬萬人',
    '１．．５％',
    '9'.repeat(400) + '億',
  ])('%s: no exception, only finite values', (sentence) => {
    const figs = findFiguresInText(sentence);
    for (const f of figs) {
      expect(Number.isFinite(f.value)).toBe(true);
      if (f.high !== undefined) expect(Number.isFinite(f.high)).toBe(true);
    }
    expect(figs.filter((f) => f.value > 1e21)).toEqual([]);
  });
});

const pages = loadPages();

describe('fixture pages', () => {
  it('score like the corpus eval tool: precision and recall ≥ 0.95', () => {
    let good = 0;
    let pred = 0;
    let found = 0;
    let gold = 0;
    for (const page of pages) {
      if (!page.expected.press || !(page.expected.figures?.length ?? 0)) continue;
      const s = scoreFigures(page.expected, findFigures({ turns: page.lines.map((text) => ({ text })) } as never));
      good += s.good;
      pred += s.pred;
      found += s.found;
      gold += s.gold;
    }
    expect(gold).toBeGreaterThan(20);
    expect(good / pred).toBeGreaterThanOrEqual(0.95);
    expect(found / gold).toBeGreaterThanOrEqual(0.95);
  });

  it.each(pages.map((p) => [p.id, p] as const))('%s: no not_figures entry reported', (_id, page) => {
    const s = scoreFigures(page.expected, findFiguresInText(page.lines.join('\n')));
    // a gold figure may contain a banned substring (三個方面 vs 第三個,): only count figures that are not gold
    const goldTexts = (page.expected.figures ?? []).map((g) => g.text);
    expect(s.banned.filter((b) => !goldTexts.some((g) => g.includes(b.split('=')[0]!)))).toEqual([]);
  });

  it.each(pages.map((p) => [p.id, p] as const))('%s: offsets point at the figure text', (_id, page) => {
    const turns = page.lines.map((text) => ({ text }));
    for (const f of findFigures({ turns } as never)) {
      expect(turns[f.turn]!.text.slice(f.start, f.end)).toBe(f.text);
    }
  });
});

describe('Simplified and Traditional text yield the same figures', () => {
  const toCn = getConverter('t', 'cn');
  const toTw = getConverter('cn', 'tw');
  const sig = (figs: Figure[]): string[] =>
    figs.map((f) => `${f.start}-${f.end} ${f.value} ${f.high ?? ''} ${f.kind} ${f.approx}`);
  it.each(pages.map((p) => [p.id, p.lines.join('\n')] as const))('%s', (_id, text) => {
    const base = sig(findFiguresInText(text));
    expect(sig(findFiguresInText(toCn(text)))).toEqual(base);
    expect(sig(findFiguresInText(toTw(text)))).toEqual(base);
  });
  it.each(FIGURES.map((r) => r[0]))('%s', (sentence) => {
    const base = sig(findFiguresInText(sentence));
    expect(sig(findFiguresInText(toCn(sentence)))).toEqual(base);
    expect(sig(findFiguresInText(toTw(sentence)))).toEqual(base);
  });
});

describe('attribution', () => {
  it('gives each figure its turn index', () => {
    const figs = findFigures({ turns: [{ text: '沒有數字。' }, { text: '超過300多個' }, { text: '近30%' }] } as never);
    expect(figs.map((f) => [f.turn, f.text])).toEqual([
      [1, '超過300多個'],
      [2, '近30%'],
    ]);
  });
});

describe('lexicon', () => {
  const lists = Object.entries(lexicon).filter(([, v]) => Array.isArray(v) || typeof v === 'string');
  it.each(lists)('%s is sorted and has no duplicates', (_name, list) => {
    const items =
      typeof list === 'string'
        ? [...list]
        : (list as Array<string | readonly [string, string]>).map((x) => (typeof x === 'string' ? x : x[0]));
    const sorted = [...new Set(items)].sort();
    expect(items).toEqual(sorted);
  });
});

describe('formatValue', () => {
  const one = (sentence: string): Figure => findFiguresInText(sentence)[0]!;
  it.each<[string, 'en' | 'zh', string]>([
    ['159億', 'en', '15.9 billion'],
    ['159億', 'zh', '159亿'],
    ['近30%', 'en', '~30%'],
    ['近30%', 'zh', '约30%'],
    ['0.3个百分点', 'en', '0.3 pp'],
    ['0.3个百分点', 'zh', '0.3个百分点'],
    ['1.5萬億元', 'en', '1.5 trillion yuan'],
    ['大概有3.5万', 'zh', '约3.5万'],
    ['第14名', 'en', '#14'],
    ['三至五年', 'en', '3–5 years'],
    ['2018年6月12日', 'en', '2018-06-12'],
    ['6個億', 'en', '600 million'],
  ])('%s (%s) → %s', (sentence, locale, out) => {
    expect(formatValue(one(sentence), locale)).toBe(out);
  });
});
