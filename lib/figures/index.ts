// The figures engine: every figure the speakers cite, resolved and attributed to its turn.
import type { Transcript } from '../transcript/types';
import type { Figure } from './types';
import { scanText } from './scan';

export { formatValue } from './format';
export { parseNumeral, parseChineseNumeral } from './numerals';
export type { Figure, FigureKind } from './types';

/** Figures of all turns, in turn order and then text order. */
export function findFigures(transcript: {
  readonly turns: readonly Pick<Transcript['turns'][number], 'text'>[];
}): Figure[] {
  const out: Figure[] = [];
  transcript.turns.forEach((turn, i) => scanText(turn.text, i, out));
  return out;
}

/** Figures of a single text, attributed to `turn` (the panel rescans one turn after a script switch). */
export function findFiguresInText(text: string, turn = 0): Figure[] {
  const out: Figure[] = [];
  scanText(text, turn, out);
  return out;
}
