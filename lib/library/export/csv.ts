// The turns of a transcript as CSV, one row a turn, with the figures export's dialect and formula guard.
import { guardFormula, toCsv } from '../../export/csv';
import type { LibraryTranscript } from '../model';

export const TURN_COLUMNS = ['section', 'question', 'kind', 'label', 'speaker', 'role', 'outlet', 'text'] as const;

export function turnsCsv(t: LibraryTranscript): string {
  const rows = t.turns.map((turn) => {
    const s = t.sections[turn.section];
    return [
      String(turn.section + 1),
      s?.kind === 'exchange' ? String(s.number ?? '') : '',
      turn.kind,
      turn.label,
      turn.speaker ?? '',
      turn.role ?? '',
      turn.outlet ?? '',
      turn.text,
    ];
  });
  return toCsv([[...TURN_COLUMNS], ...rows].map((cells) => cells.map(guardFormula)));
}
