// Who spoke and who asked, in order of first appearance, with a colour slot per speaker so the same person is
// recognisable in every section. Colours come from a fixed palette (defined in reader.css as .br-c0…) and are
// handed out by order of first appearance, so they do not change when the user filters or switches script.
import type { Turn } from '../../lib/transcript/types';

export const PALETTE_SIZE = 8;

export interface SpeakerInfo {
  /** Identity used for colour and filtering: the speaker's name, or the label when no name was read. */
  key: string;
  name: string;
  /** First role printed for this speaker (later turns often drop it). */
  role: string | null;
  colour: number;
  /** Index of the first turn spoken. */
  first: number;
}

export interface OutletInfo {
  key: string;
  name: string;
  questions: number;
}

export interface People {
  speakers: SpeakerInfo[];
  outlets: OutletInfo[];
}

/** Identity of the person speaking in an answer or host turn. */
export function speakerKey(turn: Turn): string {
  return (turn.speaker ?? turn.label).trim();
}

/** Who asked a question: the outlet, or else the journalist's name, or else the label as printed (记者, 问). */
export function askerName(turn: Turn): string {
  const printed = turn.label.trim();
  // As the page prints it (俄新社记者, 彭博社記者), so nothing of the label is lost; a journalist's name, shown
  // beside it on its own, is left out here. The outlet alone stays the filter's key.
  if (turn.outlet && printed.includes(turn.outlet.trim())) {
    const name = turn.speaker && turn.speaker !== turn.outlet ? turn.speaker : null;
    const shown = name ? printed.replace(name, '').replace(/^[\s·•、，,]+|[\s·•、，,]+$/gu, '') : printed;
    return shown || turn.outlet.trim();
  }
  return (turn.outlet ?? turn.speaker ?? turn.label).trim();
}

export function collectPeople(turns: readonly Turn[]): People {
  const speakers = new Map<string, SpeakerInfo>();
  const outlets = new Map<string, OutletInfo>();
  turns.forEach((turn, i) => {
    if (turn.kind === 'question') {
      if (!turn.outlet) return;
      const key = turn.outlet.trim();
      const o = outlets.get(key);
      if (o) o.questions++;
      else outlets.set(key, { key, name: key, questions: 1 });
      return;
    }
    const key = speakerKey(turn);
    if (!key) return;
    const s = speakers.get(key);
    if (s) {
      if (!s.role && turn.role) s.role = turn.role;
    } else {
      speakers.set(key, { key, name: key, role: turn.role, colour: speakers.size % PALETTE_SIZE, first: i });
    }
  });
  return { speakers: [...speakers.values()], outlets: [...outlets.values()] };
}

/** The short mark shown in a speaker's colour disc: the first character (a surname for Chinese names). */
export function markOf(name: string): string {
  return Array.from(name.trim())[0] ?? '?';
}
