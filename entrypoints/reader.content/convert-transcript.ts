import type { Transcript, Turn } from '@/lib/transcript/types';

/** The transcript as shown in another script: every piece of page text converted, structure untouched. */
export function convertTranscript(t: Transcript, convert: (s: string) => string): Transcript {
  const c = (s: string | null) => (s === null ? null : convert(s));
  const turns: Turn[] = t.turns.map((turn) => ({
    ...turn,
    label: convert(turn.label),
    speaker: c(turn.speaker),
    role: c(turn.role),
    outlet: c(turn.outlet),
    text: convert(turn.text),
  }));
  // Paragraphs in no turn are shown too (components/reader/loose.ts): their text follows the script as well.
  const shown = new Set((t.loose ?? []).map((l) => l.block));
  const blocks = shown.size ? t.blocks.map((b, i) => (shown.has(i) ? { ...b, text: convert(b.text) } : b)) : t.blocks;
  const loose = t.loose?.map((l) => (l.text === undefined ? l : { ...l, text: convert(l.text) }));
  return { ...t, title: c(t.title), turns, blocks, ...(loose ? { loose } : {}) };
}
