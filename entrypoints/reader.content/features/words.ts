// The word card's dictionary: loaded (with its data files) the first time a word is hovered with the card on, so
// readers who never hover pay nothing, and the reader's first paint never waits for it.
import type { WordCards } from '@/lib/dictionary/index';
import { loadEngine } from '../../shared/engines';
import type { ReaderCore } from '../core';

export interface WordsFeature {
  /** The card's lookups, or undefined while the user has the card turned off. */
  loader(): (() => Promise<WordCards>) | undefined;
}

export function wordsFeature(core: ReaderCore): WordsFeature {
  let cards: Promise<WordCards> | null = null;
  const load = (): Promise<WordCards> => {
    cards ??= loadEngine('dictionary').then((engine) => engine.wordCards());
    cards.catch(() => (cards = null));
    return cards;
  };
  return { loader: () => (core.state.settings.wordCard ? load : undefined) };
}
