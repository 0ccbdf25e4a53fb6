// Public surface of the pinyin engine, with opencc-js's t→cn converter bound (standard.ts). Importing it pulls in
// pinyin-pro and the OpenCC tables, so UI code should import it dynamically, only once the reader view is in use.
export { LONG_PARAGRAPH, type PinyinCache, type PinyinCacheOptions } from './cache';
export { PRESS_DICTIONARY, ensurePressDictionary } from './dictionary';
export { formatSyllable, type NumberedReadings, type ReadingOptions } from './readings';
export { createPinyinCache, numberedReadings, readingsFor, segmentWords, simplifiedAligned } from './standard';
export { numberedToMarks, numberedToString, parseNumbered, type NumberedSyllable, type ToneStyle } from './syllable';
export { type WordReading } from './words';
export { numberedToZhuyin } from './zhuyin';
