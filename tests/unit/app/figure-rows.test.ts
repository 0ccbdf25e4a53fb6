import { describe, expect, it } from 'vitest';
import { figureRows, nearestIndex, sentenceAround } from '../../../lib/figure-rows';
import { findFigures } from '../../../lib/figures/index';
import { getConverter } from '../../../lib/script/converters';
import { analyzeSource, blocksFromText } from '../../../lib/transcript/index';
import { readPage } from '../fixture-pages';

const seed = readPage('seed-shanghai-20180612-tc', 'source.txt');
const transcript = analyzeSource({ blocks: blocksFromText(seed) });
const figures = findFigures(transcript);

describe('figure rows for the side panel', () => {
  it.each([
    [
      '這次科技部先期試點,批復了7個試點地區和城市,其中上海閔行。下一句。',
      '7個',
      '這次科技部先期試點,批復了7個試點地區和城市,其中上海閔行。',
    ],
    ['第一句。近30%的企業\n第二段', '近30%', '近30%的企業'],
    ['只有一句,沒有句號 159億', '159億', '只有一句,沒有句號 159億'],
  ])('sentenceAround %#', (text, fig, sentence) => {
    const start = text.indexOf(fig);
    const r = sentenceAround(text, start, start + fig.length);
    expect(r.sentence).toBe(sentence);
    expect(r.sentence.slice(r.at[0], r.at[1])).toBe(fig);
  });

  it.each([
    ['ab ab ab', 'ab', 4, 3],
    ['ab ab ab', 'ab', 0, 0],
    ['abc', 'x', 1, -1],
    ['abc', '', 1, -1],
  ])('nearestIndex(%s, %s, %i) = %i', (hay, needle, guess, want) => {
    expect(nearestIndex(hay, needle, guess)).toBe(want);
  });

  it('every seed figure is attributed to its speaker and the outlet that asked', () => {
    const rows = figureRows(transcript, figures, (s) => s);
    expect(rows.length).toBe(figures.length);
    for (const row of rows) {
      const turn = transcript.turns[row.turn]!;
      expect(row.sentence.slice(row.at[0], row.at[1])).toBe(row.text);
      if (turn.kind === 'answer') expect(row.speaker).toBe(turn.speaker);
      expect(row.question).toBeGreaterThanOrEqual(-1);
    }
    const q4 = rows.filter((r) => r.question === 4);
    expect(q4.length).toBeGreaterThan(0);
    expect(new Set(q4.map((r) => r.outlet))).toEqual(new Set(['上海證券報']));
  });

  it('in 简体 the figure is found again in the converted sentence, even where phrases change length', () => {
    const convert = getConverter('twp', 'cn');
    const rows = figureRows(transcript, figures, convert);
    for (const row of rows) {
      expect(row.text).toBe(convert(row.original));
      expect(row.sentence.slice(row.at[0], row.at[1])).toBe(row.text);
    }
  });
});
