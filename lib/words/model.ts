// A word saved from the word card: the word as read, its reading in context, its meanings (the official English
// first when there is one) and the sentence it was met in, with where that sentence comes from.

export interface WordSource {
  speaker: string | null;
  role: string | null;
  conferenceTitle: string | null;
  /** ISO date (YYYY-MM-DD) of the conference, if known. */
  conferenceDate: string | null;
  url: string;
}

export interface SavedWord extends WordSource {
  id: string;
  word: string;
  /** The reading in context, in the tone style of the card. */
  reading: string;
  /** The word in the other script, or null. */
  other: string | null;
  /** Official English rendering (and whose), if the terms file has one. */
  official: string | null;
  glosses: string[];
  sentence: string;
  savedAt: string;
}

export type WordInput = Omit<SavedWord, 'id' | 'savedAt'>;

export const WORD_LIST_VERSION = 1;

export function createSavedWord(input: WordInput, now: Date, id: string): SavedWord {
  return { ...input, id, savedAt: now.toISOString() };
}

const str = (v: unknown): v is string => typeof v === 'string';
const strOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** A stored entry as a SavedWord, or null when it is not one (kept in storage, never listed). */
export function readSavedWord(raw: unknown): SavedWord | null {
  if (!raw || typeof raw !== 'object') return null;
  const w = raw as Record<string, unknown>;
  const ok =
    str(w.id) &&
    str(w.word) &&
    str(w.reading) &&
    strOrNull(w.other) &&
    strOrNull(w.official) &&
    Array.isArray(w.glosses) &&
    w.glosses.every(str) &&
    str(w.sentence) &&
    strOrNull(w.speaker) &&
    strOrNull(w.role) &&
    strOrNull(w.conferenceTitle) &&
    strOrNull(w.conferenceDate) &&
    str(w.url) &&
    str(w.savedAt);
  return ok ? (w as unknown as SavedWord) : null;
}

/** The list with `word` added; the same word from the same sentence replaces its earlier copy. */
export function addWord(list: readonly SavedWord[], word: SavedWord): SavedWord[] {
  const rest = list.filter((w) => !(w.word === word.word && w.sentence === word.sentence));
  return [...rest, word];
}
