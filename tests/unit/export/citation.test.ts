import { describe, expect, it } from 'vitest';
import { figureCitation, type CitationContext } from '../../../lib/export/citation';
import { exportFilename } from '../../../lib/export/filename';
import type { FigureRow } from '../../../platform/messaging';
import { fullRows } from './seed-figures';

const rows = fullRows();
const byText = (text: string): FigureRow => rows.find((r) => r.text === text)!;
const TITLE = '2018年6月12日市政府新聞發佈會問答實錄';
const page: CitationContext = { title: TITLE, date: '2018-06-12' };

describe('figureCitation', () => {
  it.each([
    [
      'an answer, with the readable value',
      byText('159億'),
      { ...page, readable: '15.9 billion yuan' },
      `159億 (15.9 billion yuan) — 蔣紅, 市教委巡視員, answering 上海電視臺; ${TITLE}, 2018-06-12`,
    ],
    [
      'a readable value that adds nothing is left out',
      byText('第14名'),
      { ...page, readable: '第14名' },
      `第14名 — 倪耀明, 閔行區區長, answering 上海證券報; ${TITLE}, 2018-06-12`,
    ],
    [
      'opening remarks',
      byText('7.3%'),
      { title: null, date: '2019-03-14', readable: '7.3%' },
      '7.3% — 毛盛勇, 國家統計局國民經濟綜合統計司司長、新聞發言人, opening remarks; 2019-03-14',
    ],
    [
      'closing remarks',
      { ...byText('55條'), speaker: '徐威', role: '市政府新聞發言人', outlet: null, question: -1 },
      page,
      `55條 — 徐威, 市政府新聞發言人, closing remarks; ${TITLE}, 2018-06-12`,
    ],
    [
      'a figure in the question itself',
      { ...byText('16年'), speaker: null, role: null },
      { ...page, url: 'http://example.gov.cn/a.html' },
      `16年 — question from 上海證券報; ${TITLE}, 2018-06-12, http://example.gov.cn/a.html`,
    ],
    [
      'no outlet, no page details',
      { ...byText('16年'), outlet: null },
      { title: null, date: null },
      '16年 — 倪耀明, 閔行區區長, answering question 4',
    ],
    [
      'translated words, nothing known but the page',
      { ...byText('十家'), speaker: null, role: null, outlet: null },
      {
        ...page,
        words: {
          answering: '回答$1',
          answeringQuestion: '回答第$1問',
          askedBy: '$1提問',
          opening: '開場',
          closing: '結束',
        },
      },
      `十家 — ${TITLE}, 2018-06-12`,
    ],
    [
      'line breaks in page text',
      { ...byText('十家'), role: '閔行區\n副區長' },
      { title: `${TITLE}\n`, date: null },
      `十家 — 吳斌, 閔行區 副區長, answering 新民晚報; ${TITLE}`,
    ],
  ] as [string, FigureRow, CitationContext, string][])('%s', (_name, fig, ctx, citation) => {
    expect(figureCitation(fig, ctx)).toBe(citation);
  });
});

describe('exportFilename', () => {
  it.each([
    [TITLE, '2018-06-12', 'csv', `figures-2018-06-12-${TITLE}.csv`],
    [null, '2018-06-12', '.md', 'figures-2018-06-12.md'],
    [null, null, 'csv', 'figures.csv'],
    ['a/b\\c:d*e?f"g<h>i|j', null, 'csv', 'figures-a-b-c-d-e-f-g-h-i-j.csv'],
    ['  外交部發言人\t答記者問 ..', null, 'md', 'figures-外交部發言人-答記者問.md'],
    ['問'.repeat(200), null, 'csv', `figures-${'問'.repeat(72)}.csv`],
  ])('%j %j %j', (title, date, ext, name) => {
    expect(exportFilename(title, date, ext)).toBe(name);
  });
});
