// Filtering by speaker or outlet: a section stays visible when one of its turns was spoken by that speaker or
// asked by that outlet. The select's value encodes the kind so a speaker and an outlet with the same name differ.
import type { Section, Turn } from '../../lib/transcript/types';
import { speakerKey } from './people';

export type FilterValue = string;

export const speakerFilter = (key: string): FilterValue => `speaker:${key}`;
export const outletFilter = (key: string): FilterValue => `outlet:${key}`;

export function sectionMatches(section: Section, turns: readonly Turn[], filter: FilterValue): boolean {
  if (!filter) return true;
  const colon = filter.indexOf(':');
  const kind = filter.slice(0, colon);
  const key = filter.slice(colon + 1);
  return section.turns.some((ti) => {
    const t = turns[ti];
    if (!t) return false;
    if (kind === 'outlet') return t.kind === 'question' && (t.outlet ?? '').trim() === key;
    return t.kind !== 'question' && speakerKey(t) === key;
  });
}
