// What the reader view receives from its host (the content script): data, current settings and callbacks.
// Components never talk to the browser themselves; every effect outside the reader goes through ReaderActions.
import type { WordCard, WordCards } from '../../lib/dictionary/index';
import type { PinyinCache } from '../../lib/pinyin/cache';
import type { ToneStyle } from '../../lib/pinyin/syllable';
import type { Variant } from '../../lib/script/types';

export interface QuoteRequest {
  /** The selected text, trimmed, as shown in the reader (i.e. in the current script variant). */
  text: string;
  /** Index in Transcript.turns of the turn where the selection starts. */
  turnIndex: number;
  /** Paragraph index within that turn (the `data-block` of the paragraph the selection starts in), if known. */
  block?: number;
}

export interface ReaderActions {
  /** The user picked a script variant; the host converts the transcript and re-renders. */
  onScript(variant: Variant): void;
  /** Pinyin tooltips on/off (the next state). */
  onPinyin(on: boolean): void;
  /** Open/close the figures panel. */
  onFigures(): void;
  /** Back to the original page. */
  onClose(): void;
  onSaveQuote(quote: QuoteRequest): void;
  /** A section was opened from the outline, a section link or j/k: lets the host mirror it in the URL hash.
   *  `id` is sectionId(...) of that section, or null when none applies. */
  onSection?(id: string | null): void;
  /** The toolbar's "Pinyin above" toggle for the whole transcript (the next mode). */
  onRuby?(mode: RubyMode): void;
}

/** Pinyin above the characters: off, or over the whole transcript (single sections are toggled locally). */
export type RubyMode = 'off' | 'all';

/** Key that must be held for hover tooltips to show ('none': plain hover). */
export type PinyinModifier = 'none' | 'Alt' | 'Shift';

/** What the reader needs from the pinyin engine; passed only while pinyin is on, so the engine (pinyin-pro) is
 *  loaded by the host on demand and never imported by the components. */
export interface ReaderPinyin {
  source: Pick<PinyinCache, 'wordAt' | 'words' | 'chunks' | 'wordsIn'> & Partial<Pick<PinyinCache, 'readings'>>;
  tone: ToneStyle;
  modifier: PinyinModifier;
  /** The word in the other script (Simplified ↔ Traditional), shown in the tooltip. */
  convertOther?: (word: string) => string;
  /** Whether the readings show the tone sandhi of 一 and 不 (the word card says which). */
  sandhi?: boolean;
  /** Loads the word card's lookups on first hover; absent when the card is off. */
  wordCards?: () => Promise<WordCards>;
  /** Adds the word on the card to the word list; called on a trusted key press only. */
  onSaveWord?: (pick: WordPick) => void;
}

/** A word chosen on the card, with where it stands, for the host to save with its sentence and citation. */
export interface WordPick {
  card: WordCard;
  /** The reading in context shown on the card. */
  reading: string;
  other: string | null;
  /** The paragraph's text as shown, and the word's turn (`data-turn`) and paragraph (`data-block`). */
  paragraph: string;
  turnIndex: number | null;
  block: number | null;
}

export interface ReaderSettings {
  variant: Variant;
  pinyin: boolean;
  /** Whether the figures panel is open (drives the button's pressed state). */
  figuresOpen?: boolean;
  /** BCP 47 language of the page as published (e.g. "zh-Hant"), used for the 原文 variant's `lang`. */
  pageLang?: string | null;
  /** Section id from the URL hash (e.g. "br-q-3") to open and scroll to on first render. */
  initialSection?: string | null;
  /** Start with every section collapsed (default: all open). */
  startCollapsed?: boolean;
  /** Pinyin above the characters (needs the `pinyin` prop of ReaderView). Default 'off'. */
  ruby?: RubyMode;
}

/** A passage to bring into view and mark, e.g. a figure chosen in the figures panel. Offsets are UTF-16 code
 *  units in the turn's text (the same as Figure.start/end). Pass a new object to jump again. */
export interface FocusRange {
  turn: number;
  start: number;
  end: number;
}
