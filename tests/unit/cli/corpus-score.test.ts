import { describe, expect, it } from 'vitest';
import {
  failedCase,
  norm,
  scoreCase,
  scoreFigures,
  scoreTurns,
  shortfalls,
  summarize,
  type Expected,
} from '../../../scripts/cli/corpus-score';

const turn = (kind: string, label: string, text: string) => ({ kind, label, text });

describe('turn matching rules', () => {
  it.each([
    ['same label, text starts with the gold start', turn('answer', '毛宁', '关于这个问题，我们注意到'), true],
    ['predicted label inside the gold label', turn('answer', '張英', '首先非常感謝'), true],
    ['gold label inside the predicted label', turn('answer', '張英(市經信委總工程師)', '首先非常感謝'), true],
    ['host and answer are not told apart', turn('host', '毛宁', '关于这个问题，我们注意到'), true],
    ['full-width and spaces do not count', turn('answer', '毛 宁', '关于这个问题, 我们 注意到'), true],
    ['a question is not an answer', turn('question', '毛宁', '关于这个问题，我们注意到'), false],
    ['text must start with the gold start', turn('answer', '毛宁', '我们注意到关于这个问题'), false],
    ['unrelated label', turn('answer', '汪文斌', '关于这个问题，我们注意到'), false],
  ])('%s', (_name, pred, found) => {
    const golds = [
      { kind: 'answer', label: '毛宁', starts: '关于这个问题，我们' },
      { kind: 'answer', label: '張英(市經信委總工程師)', starts: '首先非常' },
    ];
    const gold = golds.filter((g) => norm(pred.text).startsWith(norm(g.starts)));
    const s = scoreTurns(gold.length ? gold : golds.slice(0, 1), [pred]);
    expect(s.tp).toBe(found ? 1 : 0);
    expect(s.extra.length).toBe(found ? 0 : 1);
  });

  it('uses each predicted turn once', () => {
    const gold = [
      { kind: 'question', label: '记者', starts: '请问' },
      { kind: 'question', label: '记者', starts: '请问' },
    ];
    const s = scoreTurns(gold, [turn('question', '记者', '请问一下')]);
    expect(s).toMatchObject({ tp: 1, gold: 2, pred: 1 });
    expect(s.missed).toEqual(['question 记者: 请问']);
  });
});

describe('figure matching rules', () => {
  const exp: Expected = {
    press: true,
    figures: [
      { text: '159億', value: 15_900_000_000 },
      { text: '近30%', value: 30 },
    ],
    figures_optional: ['第14名'],
    not_figures: ['長三角'],
  };
  it.each([
    ['overlapping text and equal value', { text: '159億元', value: 15_900_000_000 }, 'good'],
    ['value off by more than a millionth', { text: '159億', value: 15_000_000_000 }, 'wrong'],
    ['gold text inside the predicted text', { text: '近30%左右', value: 30 }, 'good'],
    ['optional text counts as good, not found', { text: '14名', value: 14 }, 'optional'],
    ['banned text is wrong even when optional overlaps', { text: '三', value: 3 }, 'wrong'],
    ['text elsewhere is wrong', { text: '5G', value: 5 }, 'wrong'],
  ])('%s', (_name, pred, want) => {
    const s = scoreFigures(exp, [pred]);
    expect(s.good).toBe(want === 'wrong' ? 0 : 1);
    expect(s.found).toBe(want === 'good' ? 1 : 0);
    expect(s.wrong.length).toBe(want === 'wrong' ? 1 : 0);
  });
});

describe('cases and summary', () => {
  const press: Expected = {
    press: true,
    turns: [{ kind: 'question', label: '记者', starts: '请问' }],
    figures: [{ text: '3%', value: 3 }],
  };
  const negative: Expected = { press: false };

  it('scores no turns on a page whose answer is not a transcript', () => {
    const r = scoreCase('neg', negative, { press: true, turns: [turn('question', '记者', '请问')], figures: [] });
    expect(r.turns).toMatchObject({ tp: 0, gold: 0, pred: 0 });
    expect(summarize([r]).detected).toBe(0);
  });

  it('counts a page the command could not read as a wrong detection with every answer missed', () => {
    const r = failedCase('broken', press, 'cannot read');
    const s = summarize([r]);
    expect(s).toMatchObject({ detected: 0, turnR: 0, figR: 0 });
  });

  it('names each threshold it falls short of', () => {
    const good = scoreCase('p', press, {
      press: true,
      turns: [turn('question', '记者', '请问')],
      figures: [{ text: '3%', value: 3 }],
    });
    const bad = scoreCase('n', negative, { press: true, turns: [], figures: [] });
    const s = summarize([good, bad]);
    expect(s).toMatchObject({ cases: 2, detected: 1, turnF1: 1, figP: 1, figR: 1 });
    expect(shortfalls(s, { detect: 1, turnF1: 0.97, figP: 0.95, figR: 0.95 })).toEqual(['detection 0.500 < 1']);
    expect(shortfalls(s, { detect: 0.5, turnF1: 1, figP: 1, figR: 1 })).toEqual([]);
  });
});
