import { describe, expect, it } from 'vitest';
import {
  BOM,
  figuresFromCsv,
  figuresToCsv,
  guardFormula,
  parseCsv,
  toCsv,
  unguardFormula,
} from '../../../lib/export/csv';
import { exportedFigure, FIGURE_COLUMNS } from '../../../lib/export/table';
import type { FigureRow } from '../../../platform/messaging';
import { fullRows, seedRows } from './seed-figures';

function hostile(base: FigureRow, patch: Partial<FigureRow>): FigureRow {
  return { ...base, ...patch };
}

describe('toCsv', () => {
  it.each([
    ['plain', [['a', '159億']], 'a,159億\r\n'],
    ['comma', [['上海,閔行']], '"上海,閔行"\r\n'],
    ['quote', [['所謂"抱團作戰"']], '"所謂""抱團作戰"""\r\n'],
    ['newline', [['一\n二']], '"一\n二"\r\n'],
    ['CR', [['一\r二']], '"一\r二"\r\n'],
    ['outer space kept by quoting', [[' 近30% ']], '" 近30% "\r\n'],
    ['empty cells', [['', 'x', '']], ',x,\r\n'],
    ['two rows', [['a'], ['b']], 'a\r\nb\r\n'],
  ])('%s', (_name, table, body) => {
    expect(toCsv(table)).toBe(BOM + body);
    expect(toCsv(table, { bom: false })).toBe(body);
  });
});

describe('parseCsv', () => {
  it.each([
    [
      'BOM and CRLF',
      `${BOM}a,b\r\nc,d\r\n`,
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'LF line ends',
      'a,b\nc,d\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'lone CR line ends',
      'a,b\rc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['no final newline', 'a,159億', [['a', '159億']]],
    ['quoted comma and quote', '"上海,閔行","說""好"""\r\n', [['上海,閔行', '說"好"']]],
    ['embedded CRLF kept', '"一\r\n二",x\r\n', [['一\r\n二', 'x']]],
    ['empty quoted cell last', 'a,""', [['a', '']]],
    ['empty cells', ',,\r\n', [['', '', '']]],
    ['blank line is one empty cell', 'a\r\n\r\nb\r\n', [['a'], [''], ['b']]],
    ['quote inside an unquoted cell', 'a"b,c', [['a"b', 'c']]],
    ['nothing', '', []],
  ])('%s', (_name, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it('rejects a quoted field that never ends', () => {
    expect(() => parseCsv('"159億,\r\n')).toThrow(/quoted/);
  });

  it('reads back any table toCsv writes', () => {
    const table = [
      ['第14名', ' lead', 'trail ', '"', '""', ',', '\r\n', '\n\n', ''],
      ['', '近30%', '倪耀明(閔行區區長)', 'a,"b"\nc', '\u2028', '=1+1', '\t', 'x', 'y'],
    ];
    expect(parseCsv(toCsv(table))).toEqual(table);
  });
});

describe('formula guard', () => {
  it.each([
    ['=HYPERLINK("http://x","159億")', `'=HYPERLINK("http://x","159億")`],
    ['+1+cmd|x', "'+1+cmd|x"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['＝1+1', "'＝1+1"],
    ['\tx', "'\tx"],
    ["'quoted", "''quoted"],
    ['-0.3', '-0.3'],
    ['+5%', '+5%'],
    ['159億', '159億'],
    ['', ''],
  ])('%j → %j and back', (cell, guarded) => {
    expect(guardFormula(cell)).toBe(guarded);
    expect(unguardFormula(guardFormula(cell))).toBe(cell);
  });
});

describe('figures CSV', () => {
  it('starts with the BOM and the header row, one CRLF line per figure', () => {
    const rows = seedRows();
    const csv = figuresToCsv(rows);
    expect(csv.startsWith(`${BOM}${FIGURE_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(rows.length + 2);
  });

  it.each([
    ['159億', '3,上海電視臺,蔣紅,市教委巡視員,159億,15900000000,,元,amount,no,"目前,'],
    ['近30%', 'percent,yes,'],
    ['第14名', '4,上海證券報,倪耀明,閔行區區長,第14名,14,,名,rank,no,它在去年國家高新區綜合排名中排第14名。'],
  ])('writes %s as a spreadsheet row', (figure, fragment) => {
    const line = figuresToCsv(seedRows())
      .split('\r\n')
      .find((l) => l.includes(`,${figure},`));
    expect(line).toContain(fragment);
  });

  const base = seedRows()[4]!;
  const cases: [string, FigureRow[]][] = [
    ['the seed page and opening remarks', fullRows()],
    [
      'commas, quotes and newlines',
      [
        hostile(base, { sentence: '他說:"159億,就是\n所謂的""總經費""。"\r\n完', at: [4, 8], text: '159億' }),
        hostile(base, { speaker: '倪耀明,Jr.', role: '區長"代"', outlet: '上海\n證券報' }),
      ],
    ],
    [
      'formula starts and empty fields',
      [
        hostile(base, { sentence: '=HYPERLINK("http://evil","點擊")', speaker: '@x', role: null, outlet: null }),
        hostile(base, { text: "'159億", unit: null, high: 200, question: -1 }),
        hostile(base, { text: '-0.3个百分点', value: -0.3, kind: 'points', unit: '个百分点', question: 0 }),
      ],
    ],
  ];
  it.each(cases)('round-trips %s', (_name, rows) => {
    expect(figuresFromCsv(figuresToCsv(rows))).toEqual(rows.map(exportedFigure));
  });

  it('reads a file re-saved with LF line ends and no BOM', () => {
    const rows = seedRows();
    const resaved = figuresToCsv(rows).slice(1).replace(/\r\n/g, '\n');
    expect(figuresFromCsv(resaved)).toEqual(rows.map(exportedFigure));
  });

  it.each([
    ['a missing column', 'question,outlet\r\n1,x\r\n', /Missing columns/],
    ['a bad kind', figuresToCsv(seedRows().slice(0, 1)).replace(',count,', ',money,'), /kind/],
    ['a bad value', figuresToCsv(seedRows().slice(0, 1)).replace(',7,', ',seven,'), /value/],
  ])('rejects %s', (_name, text, message) => {
    expect(() => figuresFromCsv(text)).toThrow(message);
  });
});
