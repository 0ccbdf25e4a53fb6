// Public surface of the word card's engine: the dictionary and the official terms behind one lookup. Importing it
// pulls in the terms table (small); the dictionary data itself arrives as data files (data-files.ts).
import { createTermIndex } from '../terms/index';
import { cardAt, type CardOptions, type WordCard } from './card';
import type { CompactDictionary } from './cedict';
import { createDictionary } from './lookup';

export type { CardOptions, CardSense, WordCard } from './card';
export type { HeadwordScript } from './lookup';

export interface WordCards {
  /** The card for the word starting at `offset` of `text`, or null. */
  cardAt(text: string, offset: number, opts: CardOptions): WordCard | null;
  /** Entries in the dictionary. */
  readonly size: number;
}

export function createWordCards(data: Pick<CompactDictionary, 'entries' | 'tradOrder'>): WordCards {
  const dict = createDictionary(data);
  const terms = createTermIndex();
  return {
    cardAt: (text, offset, opts) => cardAt(dict, terms, text, offset, opts),
    get size() {
      return dict.size;
    },
  };
}
