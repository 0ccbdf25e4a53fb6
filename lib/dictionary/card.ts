// What the word card shows for the character under the pointer: the longest word starting there that either the
// official terms or CC-CEDICT know (the terms win a tie and come first), with the dictionary entries for it, their
// pointers followed, and readings in the reader's tone style.
import type { ToneStyle } from '../pinyin/syllable';
import type { Term, TermIndex } from '../terms/index';
import type { Dictionary, HeadwordScript } from './lookup';
import { resolveEntry, type Followed } from './pointers';
import { formatReading, sameReading } from './reading';

export interface CardSense {
  /** The entry's reading in the requested tone style. */
  reading: string;
  /** Whether it is the reading the text has here (the engine's reading in context). */
  inContext: boolean;
  glosses: string[];
  followed: Followed[];
  simplified: string;
  traditional: string;
}

export interface WordCard {
  word: string;
  start: number;
  end: number;
  terms: Term[];
  senses: CardSense[];
}

export interface CardOptions {
  script: HeadwordScript;
  tone: ToneStyle;
  /** The reading in context of text[start, end) in the same tone style, if known: entries with it come first. */
  readingOf?: (start: number, end: number) => string | null;
}

/** The card for offset `offset` of `text`, or null when neither source knows a word starting there. */
export function cardAt(
  dict: Dictionary,
  terms: TermIndex,
  text: string,
  offset: number,
  opts: CardOptions,
): WordCard | null {
  const fromDict = dict.longestAt(text, offset, opts.script);
  const fromTerms = terms.longestAt(text, offset);
  if (!fromDict && !fromTerms) return null;
  const useTerm = fromTerms !== null && (fromDict === null || fromTerms.end >= fromDict.end);
  const span = useTerm ? fromTerms : fromDict!;
  const entries = useTerm ? dict.entries(span.word, opts.script) : fromDict!.entries;
  const context = opts.readingOf?.(span.start, span.end) ?? null;
  const senses = entries.map((entry): CardSense => {
    const resolved = resolveEntry(dict, entry, opts.script);
    const reading = formatReading(entry.pinyin, opts.tone);
    return {
      reading,
      inContext: context !== null && sameReading(reading, context),
      glosses: entry.glosses,
      followed: resolved.followed,
      simplified: entry.simplified,
      traditional: entry.traditional,
    };
  });
  // Stable: CC-CEDICT's order within each group.
  senses.sort((a, b) => Number(b.inContext) - Number(a.inContext));
  return {
    word: span.word,
    start: span.start,
    end: span.end,
    terms: useTerm ? fromTerms.terms : terms.exact(span.word),
    senses,
  };
}
