// The one message protocol between the content scripts, the background, the popup and the side panel: every
// message, its payload and its reply. Types only, so pure code can name them; platform/messaging.ts binds the map to
// the browser's messaging (errors thrown by a handler reach the sender intact).
import type { SavedWord, WordInput } from './words/model';
import type { FigureKind } from './figures/types';
import type { ImportResult } from './quotes/exchange';
import type { Quote, QuoteInput } from './quotes/model';
import type { EngineName } from './engines';
import type { KeepResult, SaidBefore, SaidBeforeQuery } from './library/said-before';
import type { LibraryTranscript } from './library/model';
import type { Script, Variant } from './script/types';
import type { Settings, SettingsChange } from './settings';

/** What the extension knows about a tab's page. */
export interface PageStatus {
  url: string;
  host: string;
  press: boolean;
  score: number;
  reasons: string[];
  title: string | null;
  date: string | null;
  questions: number;
  /** The reader view is shown on the page. */
  readerOpen: boolean;
  /** The reader's script runs in the tab (it is the one that reported this status), open or not. */
  readerScript?: boolean;
  variant: Variant;
  script: Script | null;
  pinyin: boolean;
}

/** One row of the figures side panel. */
export interface FigureRow {
  id: number;
  /** As printed in the page, and as shown in the current script. */
  original: string;
  text: string;
  value: number;
  high?: number;
  /** For dates: the ISO form (2018-06-12, 1993-04). */
  iso?: string;
  unit: string | null;
  kind: FigureKind;
  approx: boolean;
  turn: number;
  /** 0 for the opening, n for the n-th question, -1 for the closing. */
  question: number;
  speaker: string | null;
  role: string | null;
  /** The outlet that asked the question this figure answers. */
  outlet: string | null;
  /** The sentence around the figure, in the current script, with the figure's offsets in it. */
  sentence: string;
  at: [number, number];
}

export interface FigureList {
  url: string;
  title: string | null;
  date: string | null;
  press: boolean;
  variant: Variant;
  figures: FigureRow[];
}

export type WordSaveResult = { ok: true; total: number } | { ok: false; error: string };

export type SaveResult = { ok: true; quote: Quote; total: number } | { ok: false; error: string };

/** The reply to quotes:import; defined with the import itself. */
export type { ImportResult } from './quotes/exchange';

export interface ProtocolMap {
  // detector content script -> background: this page may be a transcript; the background runs the analyzer on it,
  // or, where the reader opens by itself, the reader straight away
  'page:candidate'(): void;
  // analyzer content script -> background: a page was analysed (drives the badge)
  'page:analysed'(status: PageStatus): void;
  // reader content script -> background: the reader's status changed (started, opened, closed, switched)
  'tab:statusChanged'(status: PageStatus): void;
  // popup -> background: what is known of a tab's page (null: nothing analysed it yet)
  'tab:status'(tabId: number): PageStatus | null;
  // popup / background -> reader content script
  'reader:status'(): PageStatus;
  'reader:show'(): PageStatus;
  // background -> reader injected on a candidate page: open if the page is a transcript, answer either way
  'reader:autoOpen'(): PageStatus;
  'reader:hide'(): PageStatus;
  'reader:setVariant'(variant: Variant): PageStatus;
  'reader:setPinyin'(on: boolean): PageStatus;
  'reader:figures'(): FigureList;
  'reader:revealFigure'(id: number): boolean;
  'reader:saveSelection'(): SaveResult;
  // any page of ours / content script -> background
  'tab:openReader'(tabId?: number): PageStatus;
  /** Runs an engine script (script conversion, pinyin) in the sender's tab, the first time the reader needs it. */
  'tab:loadEngine'(name: EngineName): void;
  /** Loads the reader script without showing the reader (the side panel needs its figures). */
  'tab:ensureReader'(tabId: number): void;
  'tab:openPanel'(tabId?: number): void;
  /** The reader's UI strings in the browser's language, as templates with $1…$9 (the reader fills them). */
  'i18n:readerStrings'(): Record<string, string>;
  /** The settings' one writer: each change is applied to the value just read, one after another. */
  'settings:update'(changes: SettingsChange[]): Settings;
  'quotes:save'(input: QuoteInput): SaveResult;
  'quotes:delete'(ids: string[]): Quote[];
  'quotes:restore'(quotes: Quote[]): number;
  'quotes:clear'(): Quote[];
  'quotes:import'(json: string): ImportResult;
  /** The word list's one writer (background): adds a word from the word card; replies with the list's length. */
  'words:save'(input: WordInput): WordSaveResult;
  'words:delete'(ids: string[]): SavedWord[];
  // reader -> background: keep the open transcript in the library (unless the library is off or the site excluded)
  'library:keep'(transcript: LibraryTranscript): KeepResult;
  // reader -> background: earlier answers in the library that hold the selected phrase
  'library:saidBefore'(query: SaidBeforeQuery): SaidBefore;
  // reader content script -> side panel: the tab's figures changed (script switch, reader opened)
  'panel:changed'(url: string): void;
}
