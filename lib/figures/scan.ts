// One left-to-right pass over a turn's text: at each numeral, read the figure around it (read.ts: approximator,
// numeral, magnitude, range, unit, trailing approximator), then decide whether it is data or a set phrase. Every
// look around a numeral is bounded, so the pass is linear in the text length.
import type { Draft, Read } from './draft';
import { isNumeralStartAt } from './numerals';
import { readFigure } from './read';
import type { Figure, FigureKind } from './types';
import { inQuotedName, oneOf } from './words';

/** Connectors of coordinated figures sharing one unit: 4.6和3.1个百分点, 10、20人. */
const COORDINATORS = '、及和或與与';
/** Characters that end a clause: a number right after one followed by 、 is a list marker (1、), not data. */
const CLAUSE_ENDS = '\n !(),.:;?。！（），：；？）';

function toFigure(draft: Draft, text: string, turn: number): Figure {
  const fig: Figure = {
    text: text.slice(draft.start, draft.end),
    value: draft.value,
    unit: draft.unit,
    kind: draft.kind,
    approx: draft.approx,
    turn,
    start: draft.start,
    end: draft.end,
  };
  if (draft.high !== undefined && Number.isFinite(draft.high)) fig.high = draft.high;
  if (draft.iso !== undefined) fig.iso = draft.iso;
  return fig;
}

const SHARED_UNIT_KINDS: readonly FigureKind[] = ['amount', 'count', 'percent', 'points'];
/** Demonstratives before a figure that point back at one already cited. */
const DEMONSTRATIVES = '那這这此該该';

/** 我想重申三點 … 就着那三點: "those three points" repeats the turn's figure, it cites none (hk-cs-20181228-tc).
 *  這三個月 with no 三個月 before it is a figure. */
function refersBack(text: string, draft: Draft, out: readonly Figure[], turn: number): boolean {
  if (!oneOf(DEMONSTRATIVES, text[draft.start - 1])) return false;
  const printed = text.slice(draft.start, draft.end);
  for (let k = out.length - 1; k >= 0 && out[k]?.turn === turn; k--) if (out[k]?.text === printed) return true;
  return false;
}

/** Appends to `out` the figures of one turn's text. */
export function scanText(text: string, turn: number, out: Figure[]): void {
  let i = 0;
  const n = text.length;
  let pending: Read['bare'] | undefined;
  while (i < n) {
    if (!isNumeralStartAt(text, i)) {
      i++;
      continue;
    }
    const { next, draft, bare } = readFigure(text, i);
    // titles and short quoted names (《2021年战略竞争法案》, “三年行動計劃”) hold no cited figures
    if (
      draft !== null &&
      Number.isFinite(draft.value) &&
      !inQuotedName(text, draft.start, draft.end) &&
      !refersBack(text, draft, out, turn)
    ) {
      if (
        pending !== undefined &&
        draft.start === pending.end + 1 &&
        oneOf(COORDINATORS, text[pending.end]) &&
        SHARED_UNIT_KINDS.includes(draft.kind) &&
        draft.unit !== null &&
        draft.high === undefined &&
        !(text[pending.end] === '、' && (pending.start === 0 || oneOf(CLAUSE_ENDS, text[pending.start - 1])))
      ) {
        out.push(toFigure({ ...pending, unit: draft.unit, kind: draft.kind, approx: false }, text, turn));
      }
      out.push(toFigure(draft, text, turn));
    }
    pending = bare;
    i = Math.max(next, i + 1);
  }
}
