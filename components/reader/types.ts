// What the reader view receives from its host (the content script): data, current settings and callbacks.
// Components never talk to the browser themselves; every effect outside the reader goes through ReaderActions.
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
}

/** A passage to bring into view and mark, e.g. a figure chosen in the figures panel. Offsets are UTF-16 code
 *  units in the turn's text (the same as Figure.start/end). Pass a new object to jump again. */
export interface FocusRange {
  turn: number;
  start: number;
  end: number;
}
