import { describe, expect, it } from 'vitest';
import {
  escapeMarkdownCell,
  figuresToMarkdown,
  sentenceWithFigure,
  toMarkdownTable,
} from '../../../lib/export/markdown';
import { FIGURE_COLUMNS } from '../../../lib/export/table';
import type { FigureRow } from '../../../platform/messaging';
import { fullRows, seedRows } from './seed-figures';

/** Cell delimiters of a GFM table row: pipes not escaped by an odd run of backslashes. */
function delimiters(line: string): number {
  return [...line.matchAll(/(\\*)\|/g)].filter((m) => m[1]!.length % 2 === 0).length;
}

describe('escapeMarkdownCell', () => {
  it.each([
    ['159億', '159億'],
    ['a|b', 'a\\|b'],
    ['a\\|b', 'a\\\\\\|b'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['[link](javascript:x)', '\\[link\\](javascript:x)'],
    ['*粗*_斜_`碼`', '\\*粗\\*\\_斜\\_\\`碼\\`'],
    ['一\n二\r\n三', '一 二 三'],
    ['&lt;', '\\&lt;'],
    ['  近30%  ', '近30%'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeMarkdownCell(text)).toBe(escaped);
  });
});

describe('sentenceWithFigure', () => {
  it.each([
    ['它在去年國家高新區綜合排名中排第14名。', [15, 19], '它在去年國家高新區綜合排名中排**第14名**。'],
    ['a|159億|b', [2, 6], 'a\\|**159億**\\|b'],
    ['159億', [0, 4], '**159億**'],
    ['offsets past the end', [18, 30], 'offsets past the end'],
    ['empty figure', [3, 3], 'empty figure'],
  ] as [string, [number, number], string][])('%j', (sentence, at, md) => {
    expect(sentenceWithFigure(sentence, at)).toBe(md);
  });
});

describe('figuresToMarkdown', () => {
  const rows = fullRows();
  const hostile: FigureRow = {
    ...seedRows()[4]!,
    speaker: '蔣|紅',
    role: '<b>巡視員</b>',
    sentence: '總經費\n159億 | 其中\\|45億',
    at: [4, 8],
  };

  it.each([
    ['the seed page', rows],
    ['pipes, newlines and markup', [...rows, hostile]],
  ])('is a table with one row per figure and the same number of cells on every line: %s', (_name, list) => {
    const lines = figuresToMarkdown(list).trimEnd().split('\n');
    expect(lines).toHaveLength(list.length + 2);
    expect(lines[0]).toBe(`| ${FIGURE_COLUMNS.join(' | ')} |`);
    for (const line of lines) expect(delimiters(line)).toBe(FIGURE_COLUMNS.length + 1);
  });

  it('bolds the figure in its sentence and keeps Chinese text intact', () => {
    const md = figuresToMarkdown(seedRows());
    expect(md).toContain(
      '| 4 | 上海證券報 | 倪耀明 | 閔行區區長 | 第14名 | 14 |  | 名 | rank | no | 它在去年國家高新區綜合排名中排**第14名**。 |',
    );
    expect(md).toContain('| 3 | 上海電視臺 | 蔣紅 | 市教委巡視員 | 近30% | 30 |  | % | percent | yes |');
  });

  it('escapes hostile text instead of passing markup through', () => {
    const md = figuresToMarkdown([hostile]);
    expect(md).toContain('蔣\\|紅');
    expect(md).toContain('\\<b\\>巡視員\\</b\\>');
    expect(md).not.toMatch(/(^|[^\\])<b>/);
  });

  it('puts an optional heading above the table', () => {
    expect(figuresToMarkdown(seedRows().slice(0, 1), '2018年6月12日市政府新聞發佈會問答實錄').split('\n')[0]).toBe(
      '## 2018年6月12日市政府新聞發佈會問答實錄',
    );
  });
});

describe('toMarkdownTable', () => {
  it('pads short rows and escapes every cell', () => {
    expect(toMarkdownTable(['a|b', 'c'], [['x'], ['1', '2|3']])).toBe(
      '| a\\|b | c |\n| --- | --- |\n| x |  |\n| 1 | 2\\|3 |\n',
    );
  });
});
