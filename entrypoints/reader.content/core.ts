// What every reader feature shares for one page: the page's reading, the reader's state, and a way to ask for a
// new render. Features (./features/*) each start from it and clean up through the same AbortSignal.
import type { ReaderStrings, Translate } from '@/components/reader/strings';
import type { FocusRange, RubyMode } from '@/components/reader/types';
import { hostOf } from '@/lib/hosts';
import { statusOf } from '@/lib/page-status';
import type { PageStatus } from '@/lib/protocol';
import { detectScript } from '@/lib/script/detect';
import type { Script, Variant } from '@/lib/script/types';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import type { Transcript } from '@/lib/transcript/types';
import { sendMessage } from '@/platform/messaging';
import { Toast } from './toast';
import { readerStrings } from './strings';

export interface ReaderState {
  variant: Variant;
  pinyin: boolean;
  ruby: RubyMode;
  focus: FocusRange | null;
  settings: Settings;
  /** The transcript as shown: the analysed one, or its conversion to the current variant. */
  shown: Transcript;
  strings: ReaderStrings | Translate;
  open: boolean;
}

export interface ReaderCore {
  readonly url: string;
  readonly host: string;
  readonly analysed: Transcript;
  /** The transcript's own words, and their script: what conversion and pinyin start from. */
  readonly pageText: string;
  readonly pageScript: Script;
  readonly state: ReaderState;
  readonly toast: Toast;
  /** Asks the view to render the current state again (a no-op while the reader is closed). */
  rerender(): void;
  status(): PageStatus;
  /** Tells the background the reader's status changed: it keeps each tab's status and sets the badge from it. */
  announce(): void;
}

export function createCore(
  url: string,
  analysed: Transcript,
  doc: Document,
  rerender: () => void,
  signal: AbortSignal,
  /** Called on every status change, before the background hears of it (the controller restores the scroll). */
  changed: () => void = () => {},
): ReaderCore {
  const pageText = analysed.turns.map((t) => t.text).join('\n');
  const pageScript = detectScript(pageText);
  const state: ReaderState = {
    variant: 'original',
    pinyin: false,
    ruby: 'off',
    focus: null,
    settings: DEFAULT_SETTINGS,
    shown: analysed,
    strings: readerStrings,
    open: false,
  };
  const status = (): PageStatus => ({
    ...statusOf(analysed, url),
    readerOpen: state.open,
    readerScript: true,
    variant: state.variant,
    script: pageScript,
    pinyin: state.pinyin,
  });
  return {
    url,
    host: hostOf(url),
    analysed,
    pageText,
    pageScript,
    state,
    toast: new Toast(doc),
    rerender,
    status,
    // Once the context has ended there is nobody to tell.
    announce: () => {
      changed();
      if (!signal.aborted) void sendMessage('tab:statusChanged', status()).catch(report('tab status'));
    },
  };
}

export function report(what: string) {
  return (err: unknown) => console.warn(`[Briefing Reader] ${what}:`, err);
}
