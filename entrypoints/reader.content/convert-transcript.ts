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
  return { ...t, title: c(t.title), turns };
}
