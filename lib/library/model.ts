// What the library keeps of a conference: the structured transcript (no DOM, no blocks) with where and when it was
// read, and the summary the list and the search filters read without opening the transcript.
import type { FigureKind } from '../figures/types';
import type { Script } from '../script/types';
import type { SectionKind, Turn, TurnKind } from '../transcript/types';

/** A turn as the engine reads it, without the page blocks it came from. */
export type LibraryTurn = Omit<Turn, 'blocks'>;

export interface LibrarySection {
  kind: SectionKind;
  turns: number[];
  number?: number;
}

/** A figure as `npm run analyze -- --json` prints it. */
export interface LibraryFigure {
  text: string;
  value: number;
  unit: string | null;
  kind: FigureKind;
  approx: boolean;
  turn: number;
}

/** One stored conference, as read in the reader. */
export interface LibraryTranscript {
  url: string;
  site: string;
  title: string | null;
  /** ISO yyyy-mm-dd as the page states it. */
  date: string | null;
  script: Script;
  press: boolean;
  score: number;
  reasons: string[];
  turns: LibraryTurn[];
  sections: LibrarySection[];
  figures: LibraryFigure[];
  /** ISO time it was first kept. */
  savedAt: string;
}

/** Per turn: who speaks and, for the exchange it is in, the outlet that asked. */
export interface TurnInfo {
  kind: TurnKind;
  who: string | null;
  outlet: string | null;
  section: number;
}

export interface ConferenceSummary {
  /** The database key; numbers rise with each conference kept. */
  no: number;
  url: string;
  site: string;
  title: string | null;
  date: string | null;
  /** The date, or the day it was kept when the page states none: what the list is sorted by. */
  day: string;
  script: Script;
  savedAt: string;
  /** The host's name (主持人), when a host turn names one. */
  host: string | null;
  speakers: string[];
  outlets: string[];
  questions: number;
  chars: number;
  turns: TurnInfo[];
}

/** Who a turn is by: the speaker's name, else the label as printed (记者, 发言人). */
export function whoOf(turn: Pick<LibraryTurn, 'speaker' | 'label'>): string | null {
  return turn.speaker ?? (turn.label || null);
}

function distinct(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}

export function summarise(t: LibraryTranscript, no: number): ConferenceSummary {
  const outletOfSection = t.sections.map((s) => {
    const q = s.turns.map((i) => t.turns[i]).find((turn) => turn?.kind === 'question');
    return q ? (q.outlet ?? null) : null;
  });
  const hostTurn = t.turns.find((turn) => turn.kind === 'host');
  return {
    no,
    url: t.url,
    site: t.site,
    title: t.title,
    date: t.date,
    day: t.date ?? t.savedAt.slice(0, 10),
    script: t.script,
    savedAt: t.savedAt,
    host: hostTurn ? whoOf(hostTurn) : null,
    speakers: distinct(t.turns.filter((turn) => turn.kind === 'answer').map(whoOf)),
    outlets: distinct(t.turns.filter((turn) => turn.kind === 'question').map((turn) => turn.outlet)),
    questions: t.sections.filter((s) => s.kind === 'exchange').length,
    chars: t.turns.reduce((n, turn) => n + turn.text.length, 0),
    turns: t.turns.map((turn) => ({
      kind: turn.kind,
      who: whoOf(turn),
      outlet: outletOfSection[turn.section] ?? null,
      section: turn.section,
    })),
  };
}

/** The stored fields of a turn, section and figure, and nothing else (a page's object may carry more). */
export const pickTurn = ({ kind, label, speaker, role, outlet, text, section }: LibraryTurn): LibraryTurn => ({
  kind,
  label,
  speaker,
  role,
  outlet,
  text,
  section,
});

export const pickSection = ({ kind, turns, number }: LibrarySection): LibrarySection =>
  number === undefined ? { kind, turns: [...turns] } : { kind, turns: [...turns], number };

export const pickFigure = ({ text, value, unit, kind, approx, turn }: LibraryFigure): LibraryFigure => ({
  text,
  value,
  unit,
  kind,
  approx,
  turn,
});
