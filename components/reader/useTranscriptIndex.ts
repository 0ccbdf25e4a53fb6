// Lookups over a transcript that the reader's parts share, computed once per transcript.
import { useMemo } from 'preact/hooks';
import type { Transcript } from '../../lib/transcript/types';
import { collectPeople, type People, type SpeakerInfo } from './people';
import { sectionIds } from './sectionIds';

export interface TranscriptIndex {
  /** Section ids (anchors), by section index. */
  ids: readonly string[];
  people: People;
  /** Speakers by speakerKey. */
  speakers: ReadonlyMap<string, SpeakerInfo>;
  /** sectionOfTurn[turn index] = index of the section holding it. */
  sectionOfTurn: readonly number[];
}

export function useTranscriptIndex(transcript: Transcript): TranscriptIndex {
  const { turns, sections } = transcript;
  const ids = useMemo(() => sectionIds(sections), [sections]);
  const people = useMemo(() => collectPeople(turns), [turns]);
  const speakers = useMemo(() => new Map(people.speakers.map((s) => [s.key, s])), [people]);
  const sectionOfTurn = useMemo(() => {
    const out: number[] = [];
    sections.forEach((s, i) => s.turns.forEach((ti) => (out[ti] = i)));
    return out;
  }, [sections]);
  return { ids, people, speakers, sectionOfTurn };
}
