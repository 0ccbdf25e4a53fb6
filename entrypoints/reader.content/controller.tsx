// Composes the reader for one page from its features (./features/*), each started from the shared core and
// stopped through one AbortSignal when the content script's context ends. Everything the page sees from us is
// either inside our shadow root or undone by the view's `hide()`.
//
// The page is not on our side: it can dispatch events at our UI, remove our host, or replace `document.body`
// (and with it the nodes the reading points at). So input is trusted input only (components/reader/trust.ts), a
// removed host closes the reader properly (the original comes back), and asking again after the page replaced its
// body reads the page again: one `ReaderInstance` per reading, replaced when its nodes have left the document.
import type { ContentScriptContext } from '#imports';
import { guardTrustedInput, headedFor, trustOnly } from '@/components/reader/trust';
import { messageOf } from '@/lib/errors';
import type { PageStatus } from '@/lib/protocol';
import { analyzeSource } from '@/lib/transcript/index';
import { sourceFromDocument } from '@/lib/transcript/blocks';
import type { Transcript } from '@/lib/transcript/types';
import { onMessage, sendMessage } from '@/platform/messaging';
import { PAGE_VIEW, takeAnalysis } from '../shared/analysis';
import { createCore } from './core';
import { claimHostTag } from './host';
import { containerOf, withinContainer } from './original';
import { saveScroll, type SavedScroll } from './scroll';
import { figuresFeature } from './features/figures';
import { libraryFeature } from './features/library';
import { pinyinFeature } from './features/pinyin';
import { quotesFeature } from './features/quotes';
import { scriptFeature } from './features/script';
import { viewFeature, type ViewFeature } from './features/view';
import { wordsFeature } from './features/words';

interface ReaderInstance {
  readonly analysed: Transcript;
  show(force?: boolean): Promise<PageStatus>;
  hide(): PageStatus;
  status(): PageStatus;
  /** Tells the background this reading's status (badge, popup). */
  announce(): void;
  host(): Element | null;
  /** The page has replaced the nodes this reading points at (a new body, the transcript's container gone). */
  stale(): boolean;
  stop(): void;
}

/** Ends the reader when its host leaves the document while open: the page's original comes back, the badge knows. */
function watchHost(view: ViewFeature, isOpen: () => boolean, signal: AbortSignal): () => void {
  const watcher = new MutationObserver(() => {
    if (!isOpen()) return watcher.disconnect();
    const host = view.shadow()?.host;
    if (host && !host.isConnected) {
      watcher.disconnect();
      view.hide();
    }
  });
  signal.addEventListener('abort', () => watcher.disconnect());
  return () => watcher.observe(document, { childList: true, subtree: true });
}

function startInstance(
  ctx: ContentScriptContext,
  analysed: Transcript,
  showCurrent: (force?: boolean) => Promise<PageStatus>,
): ReaderInstance {
  const url = location.href;
  const body = document.body;
  const stop = new AbortController();
  const signal = stop.signal;
  let view: ViewFeature | null = null;
  let scroll: SavedScroll | null = null;
  const guarded = new WeakSet<ShadowRoot>();
  const core = createCore(
    url,
    analysed,
    document,
    () => view?.render(),
    signal,
    () => {
      // Closed (by its button, the popup, or a removed host): the page is back where the user left it.
      if (!core.state.open && scroll) {
        scroll.restore();
        scroll = null;
      }
    },
  );

  const script = scriptFeature(core, signal);
  const pinyin = pinyinFeature(core, script, signal, wordsFeature(core));
  const quotes = quotesFeature(core, script, () => view?.shadow() ?? null, signal);
  const library = libraryFeature(core);
  view = viewFeature(ctx, core, {
    script,
    pinyin,
    saidBefore: library.saidBefore,
    actions: {
      // Where the browser will not open the panel for a click in the page (Firefox), the background's error says
      // how to open it.
      onFigures: () =>
        void sendMessage('tab:openPanel', undefined).catch((err: unknown) => core.toast.show(messageOf(err), true)),
      onSaveQuote: (q) => void quotes.saveQuote(q),
    },
  });
  const shown = view;
  const watch = watchHost(shown, () => core.state.open, signal);
  figuresFeature(core, script, showCurrent, signal);

  const show = async (force?: boolean): Promise<PageStatus> => {
    if (!core.state.open) {
      scroll = saveScroll(window);
      claimHostTag(document);
    }
    const s = await shown.show(force);
    const shadow = shown.shadow();
    // Events the page dispatches inside the root itself (not composed) never reach the window's guard.
    if (shadow && !guarded.has(shadow)) {
      guarded.add(shadow);
      guardTrustedInput(shadow);
    }
    if (s.readerOpen) {
      watch();
      // Every transcript shown is kept in the library (the background decides whether the library is on).
      library.keep();
    }
    return s;
  };
  return {
    analysed,
    show,
    hide: () => shown.hide(),
    status: () => core.status(),
    announce: () => core.announce(),
    host: () => shown.shadow()?.host ?? null,
    stale: () => document.body !== body || !containerOf(analysed).isConnected,
    stop() {
      stop.abort();
      if (core.state.open) shown.hide();
      core.toast.dispose();
    },
  };
}

export function startReader(ctx: ContentScriptContext): void {
  // Inside the reader, only the user's own input acts: the page shares our document and can dispatch anything.
  const untrust = trustOnly();
  const url = location.href;
  const first = withinContainer(takeAnalysis(url) ?? analyzeSource(sourceFromDocument(document, url, PAGE_VIEW)));
  const show = (force?: boolean) => current().show(force);
  let reader = startInstance(ctx, first, show);
  // The page's page-script `.click()` on a button of ours is composed: it crosses our shadow root's boundary, and a
  // guard on the window stops it before it gets there (and works for a closed root too).
  const unguard = guardTrustedInput(
    window,
    headedFor(() => reader.host()),
  );

  function current(): ReaderInstance {
    if (reader.stale()) {
      reader.stop();
      reader = startInstance(
        ctx,
        withinContainer(analyzeSource(sourceFromDocument(document, location.href, PAGE_VIEW))),
        show,
      );
      reader.announce();
    }
    return reader;
  }

  const offs = [
    onMessage('reader:status', () => reader.status()),
    onMessage('reader:show', () => show()),
    onMessage('reader:autoOpen', () => (current().analysed.press ? show() : reader.status())),
    onMessage('reader:hide', () => reader.hide()),
  ];
  // The verdict first: the badge and the popup know the page before the reader's UI is built.
  reader.announce();
  ctx.onInvalidated(() => {
    offs.forEach((off) => off());
    unguard();
    untrust();
    reader.stop();
  });
}
