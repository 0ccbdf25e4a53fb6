import { describe, expect, it } from 'vitest';
import { analyzeSource } from '../../../lib/transcript/index';
import { parseTurns } from '../../../lib/transcript/turns';
import { blocksFromText } from '../../../lib/transcript/blocks';
import { expected, fixtureIds, loadSource, norm } from './load';

const pressIds = fixtureIds().filter((id) => expected(id).press);

describe('turns of every press fixture match the hand-made answers', () => {
  it.each(pressIds)('%s', (id) => {
    const want = expected(id).turns;
    const got = parseTurns(loadSource(id));
    expect(got.length).toBe(want.length);
    want.forEach((w, i) => {
      const g = got[i];
      expect(g, `turn ${i}`).toBeDefined();
      if (!g) return;
      expect({ kind: g.kind, label: g.label, speaker: g.speaker, role: g.role, outlet: g.outlet }, `turn ${i}`).toEqual(
        {
          kind: w.kind,
          label: w.label,
          speaker: w.speaker,
          role: w.role,
          outlet: w.outlet,
        },
      );
      expect(norm(g.text).startsWith(norm(w.starts)), `turn ${i} starts with ${w.starts}`).toBe(true);
    });
  });
});

describe('title and date of every press fixture', () => {
  it.each(pressIds)('%s', (id) => {
    const t = analyzeSource(loadSource(id));
    expect({ title: t.title, date: t.date }).toEqual({ title: expected(id).title, date: expected(id).date });
  });
});

describe('the seed page (issue 2 acceptance)', () => {
  const t = analyzeSource(loadSource('seed-shanghai-20180612-tc'));
  const questions = t.turns.filter((x) => x.kind === 'question');
  const answers = t.turns.filter((x) => x.kind === 'answer');

  it('is a press conference of 2018-06-12 with 7 questions from the listed outlets', () => {
    expect(t.press).toBe(true);
    expect(t.date).toBe('2018-06-12');
    expect(questions.map((q) => q.outlet)).toEqual([
      '上海日報',
      '解放日報',
      '上海電視臺',
      '上海證券報',
      '上海人民廣播電臺',
      '新民晚報',
      '海峽之聲',
    ]);
  });
  it('answers carry their speakers and roles, also when the label is the bare name', () => {
    expect(answers.map((a) => [a.speaker, a.role])).toEqual([
      ['張英', '市經信委總工程師'],
      ['張全', '市科委主任'],
      ['蔣紅', '市教委巡視員'],
      ['倪耀明', '閔行區區長'],
      ['吳斌', '閔行區副區長'],
      ['吳斌', '閔行區副區長'],
      ['倪耀明', '閔行區區長'],
    ]);
  });
  it('ends with the closing host turn by 徐威', () => {
    const last = t.turns[t.turns.length - 1];
    expect([last?.kind, last?.speaker, last?.role]).toEqual(['host', '徐威', '市政府新聞發言人']);
    expect(t.sections.map((s) => s.kind)).toEqual([...Array(7).fill('exchange'), 'closing']);
    expect(t.sections.filter((s) => s.kind === 'exchange').map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
  // The speech itself says 來源於 (蔣紅's answer): the footer line is what must stay out.
  it.each(['不能讀取語音閱讀器', '分享按鈕', '來源:', '上海市人民政府新聞辦公室'])('no turn contains %s', (chrome) => {
    expect(t.turns.some((x) => x.text.includes(chrome))).toBe(false);
  });
  it('multi-paragraph answers keep their paragraphs, joined by newlines', () => {
    const first = answers[0];
    expect(first?.text.split('\n')).toHaveLength(5);
    expect(first?.blocks).toHaveLength(5);
  });
});

describe('sections', () => {
  it.each([
    ['tao-20230426-gwytb-tc', ['opening', 'exchange']],
    ['scio-nbs-20190314-tc', ['opening']],
    ['mofcom-20220609-bilingual', ['opening', 'exchange', 'exchange']],
    ['mfa-20161213-wenda', ['exchange', 'exchange', 'exchange']],
  ])('%s', (id, kinds) => {
    const t = analyzeSource(loadSource(id));
    expect(t.sections.map((s) => s.kind)).toEqual(kinds);
    t.sections.forEach((s, k) => s.turns.forEach((i) => expect(t.turns[i]?.section).toBe(k)));
  });
});

describe('lines that are not turns and not part of one', () => {
  it.each([
    ['不能讀取語音閱讀器', '記者:請問?', '行政長官:好。', '分享按鈕'],
    ['記者:請問?', '行政長官:好。', '來源:上海市人民政府新聞辦公室', '中共中央臺辦'],
    ['記者:請問?', '行政長官:好。', '完', '2016年2月26日(星期五)', '香港时间10时25分'],
    ['記者:請問?', '行政長官:好。', '國務院新聞辦 中國網 宗超 攝', '中國政府網', '微博、微信'],
    ['記者:請問?', '行政長官:好。', '字號:默認 超大 | 打印 |'],
  ])('%s …', (...lines) => {
    const turns = parseTurns({ blocks: blocksFromText(lines.join('\n')) });
    expect(turns.map((t) => t.text)).toEqual(['請問?', '好。']);
  });

  it.each([
    ['答:商务部新闻发言人已经就这个问题多次发表谈话。我想再强调以下几点:', '我想再强调以下几点'],
    ['【束珏婷】:各位记者朋友:大家下午好,欢迎参加商务部例行新闻发布会。', '各位记者朋友:大家下午好'],
  ])('a colon inside speech is not a label: %s', (line, inside) => {
    const turns = parseTurns({ blocks: blocksFromText(`记者:请问?\n${line}`) });
    expect(turns).toHaveLength(2);
    expect(turns[1]?.text).toContain(inside);
  });

  it('English paragraphs of a bilingual page are not in the turn: they stay loose, shown after it', () => {
    const text =
      '澎湃新闻记者:你可否介绍会议情况?\nThe Paper: Can you share with us the details?\n汪文斌:昨天,王毅主持会议。\nWang Wenbin: Yesterday Wang Yi chaired the meeting.\n会议取得成功。';
    const t = analyzeSource({ blocks: blocksFromText(text) });
    expect(t.turns.map((x) => [x.label, x.text, x.blocks])).toEqual([
      ['澎湃新闻记者', '你可否介绍会议情况?', [0]],
      ['汪文斌', '昨天,王毅主持会议。\n会议取得成功。', [2, 4]],
    ]);
    expect(t.loose).toEqual([
      { block: 1, after: 0, kind: 'foreign' },
      { block: 3, after: 1, kind: 'foreign' },
    ]);
  });
});

// Consecutive paragraphs under the same label are one turn; questions and a line opening the floor stay apart.
describe('the same label repeated on every paragraph of one answer', () => {
  const turnsOf = (lines: string[]) => parseTurns({ blocks: blocksFromText(lines.join('\n')) });
  it.each<[string[], string[]]>([
    [
      ['记者：请问有何评论？', '吴谦：第一段。', '吴谦：第二段。', '记者：还有呢？', '吴谦：谢谢。'],
      ['记者', '吴谦', '记者', '吴谦'],
    ],
    [
      ['记者：第一个问题？', '记者：第二个问题？', '吴谦：谢谢。'],
      ['记者', '记者', '吴谦'],
    ],
    [
      ['朱鳳蓮：今天首先發佈一條消息。', '朱鳳蓮：接下來開始提問。', '記者：請問？', '朱鳳蓮：謝謝。'],
      ['朱鳳蓮', '朱鳳蓮', '記者', '朱鳳蓮'],
    ],
  ])('%j', (lines, labels) => {
    expect(turnsOf(lines).map((t) => t.label)).toEqual(labels);
  });
  it('keeps both paragraphs in the merged turn', () => {
    const [, answer] = turnsOf(['记者：请问有何评论？', '吴谦：第一段。', '吴谦：第二段。']);
    expect(answer?.text).toBe('第一段。\n第二段。');
    expect(answer?.blocks).toEqual([1, 2]);
  });
});

// Minutes whose numbered metadata block names the host: the 主持人: label speaks as that person.
describe('the host named in a record metadata block', () => {
  it.each<[string[], string | null, string | null]>([
    [
      [
        '例行新聞說明會紀要',
        '三、主持人:外交部發言人兼公眾外交協調會執行長劉永健',
        '主持人:各位媒體朋友大家好。',
        '記者:請問?',
      ],
      '劉永健',
      '外交部發言人兼公眾外交協調會執行長',
    ],
    [['例行新聞說明會紀要', '主持人:各位媒體朋友大家好。', '記者:請問?'], null, '主持人'],
  ])('%j', (lines, speaker, role) => {
    const [host] = parseTurns({ blocks: blocksFromText(lines.join('\n')) });
    expect([host?.kind, host?.speaker, host?.role]).toEqual(['host', speaker, role]);
  });
});
