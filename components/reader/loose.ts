// Paragraphs of the transcript's container that no turn holds (an intro, editorial notes, a table, captions): the
// reader shows each where it stood, after the turn it followed, so nothing the page shows disappears; so are the
// article's datelines, sources and end marks. Only furniture named by a rule (lib/transcript/furniture.ts: the
// site's tools, navigation and footer) stays out.
import type { LooseKind, Transcript, Turn } from '../../lib/transcript/types';

const SHOWN: ReadonlySet<LooseKind> = new Set<LooseKind>(['text', 'note', 'foreign', 'caption', 'meta']);

export interface LooseParagraph {
  kind: LooseKind | 'label';
  text: string;
}

/** The shown paragraphs by the turn they follow (-1: before the first turn). */
export function looseByTurn(t: Transcript): ReadonlyMap<number, LooseParagraph[]> {
  const out = new Map<number, LooseParagraph[]>();
  const add = (after: number, p: LooseParagraph) => {
    const list = out.get(after) ?? [];
    list.push(p);
    out.set(after, list);
  };
  const labels: { turn: number; text: string }[] = [];
  t.turns.forEach((turn, i) => {
    const line = labelLine(t, turn);
    if (line !== null) labels.push({ turn: i, text: line });
  });
  let next = 0;
  // A label line goes before its turn, after the paragraphs that stood before that turn.
  const labelsUpTo = (turn: number) => {
    for (let p = labels[next]; p && p.turn <= turn; p = labels[++next])
      add(p.turn - 1, { kind: 'label', text: p.text });
  };
  for (const l of t.loose ?? []) {
    labelsUpTo(l.after);
    const text = (l.text ?? t.blocks[l.block]?.text)?.trim();
    if (!text || !SHOWN.has(l.kind)) continue;
    add(l.after, { kind: l.kind, text });
  }
  labelsUpTo(Infinity);
  return out;
}

/**
 * A label alone on its line that says more than who speaks: 外交部國際組織司司長吳尚年報告: (the agenda heading of a
 * Taiwan briefing's minutes, tw-mofa-20230207-tc). The turn's own label shows the name and the role only, so the
 * line is shown as printed before the turn. A label that is only a name, a role or an outlet is not repeated.
 */
function labelLine(t: Transcript, turn: Turn): string | null {
  if (turn.kind === 'question' || !turn.speaker) return null;
  const line = t.blocks[turn.blocks[0] ?? -1]?.text.trim();
  if (!line) return null;
  const bare = (s: string) => s.replace(/[\s:：︰∶【】[\]]/g, '');
  if (bare(line) !== bare(turn.label)) return null;
  let rest = bare(turn.label);
  for (const w of [turn.speaker, turn.role]) if (w) rest = rest.replace(bare(w), '');
  return rest ? line : null;
}
