// The word card's dictionary, injected only when a reader first hovers a word with the card on. The data files
// (lib/dictionary/data-files.ts) run just before this script and leave their parts under a global symbol.
import { defineContentScript } from '#imports';
import { DATA_SYMBOL, joinParts, type DataParts } from '@/lib/dictionary/data-files';
import { createWordCards, type WordCards } from '@/lib/dictionary/index';
import { KNOWN_HOST_PATTERNS } from '@/lib/hosts';
import { registerEngine } from '../shared/engines';

export default defineContentScript({
  matches: KNOWN_HOST_PATTERNS,
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    const scope = globalThis as Record<symbol, DataParts | undefined>;
    const data = joinParts(scope[Symbol.for(DATA_SYMBOL)]);
    if (!data) throw new Error('The dictionary data files did not run before the dictionary engine.');
    // The parts are joined now: drop them so the text is held once.
    delete scope[Symbol.for(DATA_SYMBOL)];
    let cards: WordCards | null = null;
    registerEngine('dictionary', { wordCards: () => (cards ??= createWordCards(data)) });
  },
});
