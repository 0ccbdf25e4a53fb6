import { describe, expect, it } from 'vitest';
import {
  DEFAULT_KINDS,
  FIGURE_KINDS,
  filterFigures,
  foldText,
  groupFigures,
  haystack,
  kindCounts,
  listedOrder,
  matchesQuery,
  sentenceParts,
  speakersOf,
} from '../../../../components/panel/model';
import type { FigureRow } from '../../../../platform/messaging';
import { fullRows, seedRows } from '../../export/seed-figures';

const rows = fullRows();
const byText = (text: string): FigureRow => rows.find((r) => r.text === text)!;

describe('groupFigures', () => {
  it('groups by question, opening first, and by speaker inside a question', () => {
    const groups = groupFigures(rows);
    expect(groups.map((g) => [g.question, g.outlet])).toEqual([
      [0, null],
      [2, '解放日報'],
      [3, '上海電視臺'],
      [4, '上海證券報'],
      [5, '上海人民廣播電臺'],
      [6, '新民晚報'],
      [7, '海峽之聲'],
    ]);
    expect(groups.map((g) => g.speakers.map((s) => `${s.speaker}:${s.figures.length}`))).toEqual([
      ['毛盛勇:4'],
      ['張全:2'],
      ['蔣紅:7'],
      ['倪耀明:2'],
      ['吳斌:4'],
      ['吳斌:2'],
      ['倪耀明:2'],
    ]);
  });

  it('puts closing remarks last and figures quoted in a question under their own heading', () => {
    const closing = {
      ...byText('55條'),
      id: 100,
      question: -1,
      speaker: '徐威',
      role: '市政府新聞發言人',
      outlet: null,
    };
    const asked = { ...byText('16年'), id: 101, speaker: null, role: null };
    const groups = groupFigures([closing, ...rows, asked]);
    expect(groups.map((g) => g.question)).toEqual([0, 2, 3, 4, 5, 6, 7, -1]);
    expect(groups.at(-1)!.speakers.map((s) => s.speaker)).toEqual(['徐威']);
    expect(groups.find((g) => g.question === 4)!.speakers.map((s) => s.speaker)).toEqual(['倪耀明', null]);
  });

  it('lists rows in group order', () => {
    const shuffled = [...rows].reverse();
    expect(listedOrder(groupFigures(shuffled)).map((r) => r.question)).toEqual(
      [...rows].sort((a, b) => a.question - b.question).map((r) => r.question),
    );
  });
});

describe('filters', () => {
  const hay = (r: FigureRow) => haystack(r, '', undefined);

  it('leaves dates out by default and every other kind in', () => {
    expect([...DEFAULT_KINDS].sort()).toEqual(FIGURE_KINDS.filter((k) => k !== 'date').sort());
    const shown = filterFigures(rows, { kinds: DEFAULT_KINDS, speaker: null, query: '' }, hay);
    expect(shown.map((r) => r.text)).not.toContain('2017年');
    expect(shown).toHaveLength(rows.length - 1);
  });

  it.each([
    [['amount'], null, '', ['159億', '45億', '100個億', '6個億']],
    [['percent', 'points'], null, '', ['7.3%', '26.5%', '7.9%', '3.1个百分点', '近30%']],
    [['rank', 'duration'], '倪耀明', '', ['16年', '第14名']],
    [FIGURE_KINDS, '倪耀明', '', ['16年', '第14名', '55條', '三個方面']],
    [FIGURE_KINDS, null, '上海證券報', ['16年', '第14名']],
    [FIGURE_KINDS, null, '總經費', ['2017年', '159億', '45億', '近30%']],
    [FIGURE_KINDS, null, '倪耀明 55', ['55條']],
    // The sentence is searched too: every figure of the sentence that holds 159億 matches.
    [FIGURE_KINDS, null, '１５９', ['2017年', '159億', '45億', '近30%']],
    [FIGURE_KINDS, null, '第１４名', ['第14名']],
    [FIGURE_KINDS, null, '巡視員 300', ['300多個']],
    [FIGURE_KINDS, null, 'nothing like this', []],
  ])('kinds %j, speaker %j, query %j', (kinds, speaker, query, expected) => {
    const shown = filterFigures(rows, { kinds: new Set(kinds as FigureRow['kind'][]), speaker, query }, hay);
    expect(shown.map((r) => r.text)).toEqual(expected);
  });

  it('searches the readable value too', () => {
    const hayWithValue = (r: FigureRow) => haystack(r, r.kind === 'amount' ? `${r.value / 1e9} billion` : '');
    const shown = filterFigures(rows, { kinds: DEFAULT_KINDS, speaker: null, query: 'BILLION' }, hayWithValue);
    expect(shown.map((r) => r.text)).toEqual(['159億', '45億', '100個億', '6個億']);
  });

  it('folds width and case, then the given script normalisation', () => {
    expect(foldText('ＡＢ１５９億')).toBe('ab159億');
    expect(foldText('159億', (s) => s.replace(/億/g, '亿'))).toBe('159亿');
    expect(
      matchesQuery(
        haystack(byText('159億'), '', (s) => s.replace(/億/g, '亿')),
        '亿',
        (s) => s,
      ),
    ).toBe(true);
  });
});

describe('speakersOf and kindCounts', () => {
  it('lists each speaker once with their role and number of figures', () => {
    expect(speakersOf(rows).map((s) => [s.name, s.role, s.count])).toEqual([
      ['毛盛勇', '國家統計局國民經濟綜合統計司司長、新聞發言人', 4],
      ['張全', '市科委主任', 2],
      ['蔣紅', '市教委巡視員', 7],
      ['倪耀明', '閔行區區長', 4],
      ['吳斌', '閔行區副區長', 6],
    ]);
  });

  it('counts every kind, zero included', () => {
    expect(kindCounts(rows)).toEqual({ amount: 4, percent: 4, points: 1, count: 10, rank: 1, duration: 2, date: 1 });
  });
});

describe('sentenceParts', () => {
  const rank = byText('第14名');
  it.each([
    ['offsets', rank, { before: '它在去年國家高新區綜合排名中排', figure: '第14名', after: '。' }],
    [
      'offsets past the end fall back to the text',
      { ...rank, at: [30, 40] as [number, number] },
      { before: '它在去年國家高新區綜合排名中排', figure: '第14名', after: '。' },
    ],
    [
      'offsets and text both missing: no mark',
      { ...rank, text: '15名', at: [-1, 2] as [number, number] },
      { before: rank.sentence, figure: '', after: '' },
    ],
  ])('%s', (_name, row, parts) => {
    expect(sentenceParts(row)).toEqual(parts);
  });

  it('cuts a long sentence around the figure, keeping the figure whole', () => {
    const seed = seedRows();
    const long = seed.find((r) => r.text === '45億')!;
    const parts = sentenceParts(long, 40);
    expect(parts.figure).toBe('45億');
    expect(parts.before.startsWith('…')).toBe(true);
    expect(parts.after.endsWith('…') || long.sentence.endsWith(parts.after)).toBe(true);
    expect(parts.before.length + parts.figure.length + parts.after.length).toBeLessThanOrEqual(42);
    expect(long.sentence).toContain(parts.before.slice(1) + parts.figure);
  });
});
