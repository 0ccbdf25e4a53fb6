// Public surface of the reader view for the content script.
export { ReaderView } from './ReaderView';
export type { ReaderViewProps } from './ReaderView';
export type {
  FocusRange,
  PinyinModifier,
  QuoteRequest,
  ReaderActions,
  ReaderPinyin,
  ReaderSettings,
  RubyMode,
} from './types';
export { sectionId, sectionIds, sectionIndexFromHash } from './sectionIds';
export { en, zhCN, zhTW, readerStringTables, translatorFor, substitute } from './strings';
export type { ReaderStringKey, ReaderStrings, Translate } from './strings';
export { paragraphsOf } from './text';
export { default as readerCss } from './reader.css?inline';
