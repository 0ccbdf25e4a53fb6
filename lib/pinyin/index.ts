// Public surface of the pinyin engine. Importing it pulls in pinyin-pro and the OpenCC t→cn tables, so UI code
// should import it dynamically, only once the reader view is in use.
export { createPinyinCache, type PinyinCache, type PinyinCacheOptions } from './cache';
export { PRESS_DICTIONARY, ensurePressDictionary } from './dictionary';
export { formatSyllable, numberedReadings, readingsFor, type NumberedReadings, type ReadingOptions } from './readings';
export { simplifiedAligned } from './simplified';
export { numberedToMarks, numberedToString, parseNumbered, type NumberedSyllable, type ToneStyle } from './syllable';
export { segmentWords, type WordReading } from './words';
export { numberedToZhuyin } from './zhuyin';
