export { normalise } from './normalise';
export { conferenceGrams, queryTerms } from './grams';
export { findMatches, type HitSource, type MatchSet } from './search';
export { MemoryIndex } from './memory-index';
export { summarise, whoOf, type ConferenceSummary, type LibraryTranscript, type LibraryTurn } from './model';
export { rankResults } from './rank';
export { exchangeOf, type Excerpt, type Facets, type Filters, type ResultRef } from './results';
export { validateTranscript } from './validate';
export { libraryJson, parseLibrary, type LibraryFault } from './exchange';
