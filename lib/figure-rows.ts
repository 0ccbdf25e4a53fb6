// The side panel's rows: each figure with who said it, which question it answers and the sentence around it,
// in the script the reader is shown in.
import type { Figure } from './figures/types';
import type { FigureRow } from './protocol';
import type { Transcript } from './transcript/types';

const SENTENCE_END = /[。！？!?；;\n]/;

/** The sentence of `text` holding [start, end). */
export function sentenceAround(text: string, start: number, end: number): { sentence: string; at: [number, number] } {
  let a = start;
  while (a > 0 && !SENTENCE_END.test(text[a - 1] ?? '')) a--;
  let b = end;
  while (b < text.length && !SENTENCE_END.test(text[b] ?? '')) b++;
  if (b < text.length && text[b] !== '\n') b++;
  const lead = text.slice(a, b).length - text.slice(a, b).trimStart().length;
  const sentence = text.slice(a, b).trim();
  return { sentence, at: [start - a - lead, end - a - lead] };
}

/** Question number of each section: 0 opening, n for the n-th exchange, -1 closing. */
function questionOfTurn(t: Transcript): number[] {
  const out: number[] = [];
  t.sections.forEach((s) => {
    const q = s.kind === 'opening' ? 0 : s.kind === 'closing' ? -1 : (s.number ?? 0);
    s.turns.forEach((i) => (out[i] = q));
  });
  return out;
}

/**
 * `convert` maps original text to the shown script; offsets are re-found in the converted sentence, since a phrase
 * conversion (網際網路 → 互联网) can change lengths.
 */
export function figureRows(t: Transcript, figures: readonly Figure[], convert: (s: string) => string): FigureRow[] {
  const q = questionOfTurn(t);
  const askedBy = new Map<number, string | null>();
  for (const s of t.sections) {
    const first = s.turns.map((i) => t.turns[i]).find((turn) => turn?.kind === 'question');
    const label = first ? (first.outlet ?? first.speaker ?? first.label) : null;
    if (s.number !== undefined) askedBy.set(s.number, label);
  }
  return figures.map((f, id) => {
    const turn = t.turns[f.turn];
    const { sentence, at } = sentenceAround(turn?.text ?? f.text, f.start, f.end);
    const shownSentence = convert(sentence);
    const shownText = convert(f.text);
    const guess = Math.round((at[0] * shownSentence.length) / Math.max(1, sentence.length));
    const found = nearestIndex(shownSentence, shownText, guess);
    const question = q[f.turn] ?? 0;
    return {
      id,
      original: f.text,
      text: shownText,
      value: f.value,
      ...(f.high !== undefined ? { high: f.high } : {}),
      ...(f.iso !== undefined ? { iso: f.iso } : {}),
      unit: f.unit === null ? null : convert(f.unit),
      kind: f.kind,
      approx: f.approx,
      turn: f.turn,
      question,
      speaker: turn?.speaker ? convert(turn.speaker) : turn ? convert(turn.label) : null,
      role: turn?.role ? convert(turn.role) : null,
      outlet: question > 0 ? convertOrNull(askedBy.get(question), convert) : null,
      sentence: shownSentence,
      at: found >= 0 ? [found, found + shownText.length] : [0, 0],
    };
  });
}

/** The occurrence of `needle` in `hay` closest to `guess`, or -1. */
export function nearestIndex(hay: string, needle: string, guess: number): number {
  if (!needle) return -1;
  let best = -1;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (best < 0 || Math.abs(i - guess) < Math.abs(best - guess)) best = i;
  }
  return best;
}

function convertOrNull(s: string | null | undefined, convert: (s: string) => string): string | null {
  return s ? convert(s) : null;
}
