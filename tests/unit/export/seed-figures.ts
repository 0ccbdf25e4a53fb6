// FigureRows in the shape the reader content script sends, built from the seed fixture's real text: each figure is
// looked up in page order in the turn it belongs to, and its sentence and offsets are cut from that turn.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FigureKind } from '../../../lib/figures/types';
import type { FigureList, FigureRow } from '../../../platform/messaging';

// vitest runs from the project root; happy-dom replaces import.meta.url's scheme, so it cannot locate the file.
const SEED = resolve(process.cwd(), 'tests/fixtures/pages/seed-shanghai-20180612-tc/source.txt');

interface SeedTurn {
  question: number;
  speaker: string | null;
  role: string | null;
  outlet: string | null;
  text: string;
}

const QUESTION = /^\s*(\d+)、([^:]+):(.*)$/;
const ANSWER = /^\s*([\u4e00-\u9fff]{2,4})(?:\(([^)]+)\))?:(.*)$/;

/** The seed's turns; the spokesman's words after the last question are the closing remarks. */
export function seedTurns(source = readFileSync(SEED, 'utf8')): SeedTurn[] {
  const turns: SeedTurn[] = [];
  const roles = new Map<string, string>();
  let question = 0;
  let outlet: string | null = null;
  for (const line of source.split(/\r?\n/)) {
    if (line.startsWith('來源')) break;
    const q = QUESTION.exec(line);
    const a = q ? null : ANSWER.exec(line);
    if (q) {
      question = Number(q[1]);
      outlet = q[2]!;
      turns.push({ question, speaker: null, role: null, outlet, text: q[3]!.trim() });
    } else if (a) {
      const speaker = a[1]!;
      if (a[2]) roles.set(speaker, a[2]);
      const role = roles.get(speaker) ?? null;
      const closing = role?.includes('發言人') ?? false;
      turns.push({
        question: closing ? -1 : question,
        speaker,
        role,
        outlet: closing ? null : outlet,
        text: a[3]!.trim(),
      });
    } else if (turns.length > 0 && line.trim() !== '') {
      turns[turns.length - 1]!.text += `\n${line.trim()}`;
    }
  }
  return turns;
}

interface Spec {
  text: string;
  value: number;
  unit: string | null;
  kind: FigureKind;
  approx?: boolean;
  high?: number;
}

// The seed's expected figures (values from its expected.json), plus one year as a date figure.
export const SEED_SPECS: Spec[] = [
  { text: '7個試點', value: 7, unit: '個', kind: 'count' },
  { text: '4個', value: 4, unit: '個', kind: 'count' },
  { text: '18所高校', value: 18, unit: '所', kind: 'count' },
  { text: '2017年', value: 2017, unit: '年', kind: 'date' },
  { text: '159億', value: 15900000000, unit: '元', kind: 'amount' },
  { text: '45億', value: 4500000000, unit: '元', kind: 'amount' },
  { text: '近30%', value: 30, unit: '%', kind: 'percent', approx: true },
  { text: '300多個', value: 300, unit: '個', kind: 'count', approx: true },
  { text: '16個字', value: 16, unit: '個', kind: 'count' },
  { text: '16年', value: 16, unit: '年', kind: 'duration' },
  { text: '第14名', value: 14, unit: '名', kind: 'rank' },
  { text: '100個億', value: 10000000000, unit: '元', kind: 'amount' },
  { text: '6個億', value: 600000000, unit: '元', kind: 'amount' },
  { text: '六個方面', value: 6, unit: '個', kind: 'count' },
  { text: '28項', value: 28, unit: '項', kind: 'count' },
  { text: '三個小時', value: 3, unit: '小時', kind: 'duration' },
  { text: '十家', value: 10, unit: '家', kind: 'count' },
  { text: '55條', value: 55, unit: '條', kind: 'count' },
  { text: '三個方面', value: 3, unit: '個', kind: 'count' },
];

const SENTENCE_END = /[。!?!?\n]/;

function sentenceAround(text: string, start: number, end: number): { sentence: string; at: [number, number] } {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from -= 1;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to += 1;
  if (to < text.length && text[to] !== '\n') to += 1;
  return { sentence: text.slice(from, to), at: [start - from, end - from] };
}

export function seedRows(specs: Spec[] = SEED_SPECS, turns: SeedTurn[] = seedTurns()): FigureRow[] {
  let turn = 0;
  let pos = 0;
  return specs.map((spec, id) => {
    for (;;) {
      const t = turns[turn];
      if (!t) throw new Error(`Figure not found in page order: ${spec.text}`);
      const start = t.speaker === null ? -1 : t.text.indexOf(spec.text, pos);
      if (start >= 0) {
        pos = start + spec.text.length;
        const { sentence, at } = sentenceAround(t.text, start, pos);
        return {
          id,
          original: spec.text,
          text: spec.text,
          value: spec.value,
          ...(spec.high === undefined ? {} : { high: spec.high }),
          unit: spec.unit,
          kind: spec.kind,
          approx: spec.approx ?? false,
          turn,
          question: t.question,
          speaker: t.speaker,
          role: t.role,
          outlet: t.outlet,
          sentence,
          at,
        };
      }
      turn += 1;
      pos = 0;
    }
  });
}

export function seedList(rows: FigureRow[] = seedRows()): FigureList {
  return {
    url: 'http://big5.eastday.com:82/gate/big5/shio.eastday.com/sh/xwb/n790/n792/n1038/n1054/u1ai17604.html',
    title: '2018年6月12日市政府新聞發佈會問答實錄',
    date: '2018-06-12',
    press: true,
    variant: 'original',
    figures: rows,
  };
}

/** A test stand-in for lib/figures' formatValue: enough to tell values apart in assertions. */
export function fallbackFormatValue(fig: Pick<FigureRow, 'value' | 'high' | 'unit' | 'kind'>): string {
  const scale = (n: number) =>
    n >= 1e9 ? `${+(n / 1e9).toFixed(2)} billion` : n >= 1e6 ? `${+(n / 1e6).toFixed(2)} million` : String(n);
  if (fig.kind === 'percent') return `${fig.value}%`;
  if (fig.kind === 'points') return `${fig.value} percentage points`;
  if (fig.kind === 'rank') return `No. ${fig.value}`;
  const range = fig.high === undefined ? scale(fig.value) : `${scale(fig.value)}–${scale(fig.high)}`;
  return fig.kind === 'amount' && fig.unit === '元' ? `${range} yuan` : range;
}

function readLine(page: string, line: number): string {
  const text = readFileSync(resolve(process.cwd(), `tests/fixtures/pages/${page}/source.txt`), 'utf8');
  return text.split(/\r?\n/)[line - 1] ?? '';
}

/**
 * Opening-remarks figures from the statistics bureau's briefing (Traditional) and its release (Simplified, for the
 * percentage-point kind), attributed as the bureau's spokesman's opening statement.
 */
export function openingRows(firstId: number): FigureRow[] {
  const speaker = {
    speaker: '毛盛勇',
    role: '國家統計局國民經濟綜合統計司司長、新聞發言人',
    outlet: null,
    question: 0,
  };
  const turns: SeedTurn[] = [
    { ...speaker, text: readLine('scio-nbs-20190314-tc', 30) },
    { ...speaker, text: readLine('neg-nbs-release-20161019', 9) },
  ];
  const specs: Spec[] = [
    { text: '7.3%', value: 7.3, unit: '%', kind: 'percent' },
    { text: '26.5%', value: 26.5, unit: '%', kind: 'percent' },
    { text: '7.9%', value: 7.9, unit: '%', kind: 'percent' },
    { text: '3.1个百分点', value: 3.1, unit: '个百分点', kind: 'points' },
  ];
  return seedRows(specs, turns).map((r) => ({ ...r, id: r.id + firstId, turn: r.turn + 1000 }));
}

/** The seed's figures with opening remarks before them: every group kind and every figure kind. */
export function fullRows(): FigureRow[] {
  const seed = seedRows();
  return [...openingRows(seed.length), ...seed];
}
