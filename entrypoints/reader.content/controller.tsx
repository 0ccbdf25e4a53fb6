// Composes the reader for one page from its features (./features/*), each started from the shared core and
// stopped through one AbortSignal when the content script's context ends. Everything the page sees from us is
// either inside our shadow root or undone by the view's `hide()`.
import type { ContentScriptContext } from '#imports';
import { messageOf } from '@/lib/errors';
import { analyzeSource } from '@/lib/transcript/index';
import { sourceFromDocument } from '@/lib/transcript/blocks';
import { onMessage, sendMessage } from '@/platform/messaging';
import { takeAnalysis } from '../shared/analysis';
import { createCore } from './core';
import { withinContainer } from './original';
import { figuresFeature } from './features/figures';
import { libraryFeature } from './features/library';
import { pinyinFeature } from './features/pinyin';
import { quotesFeature } from './features/quotes';
import { scriptFeature } from './features/script';
import { viewFeature, type ViewFeature } from './features/view';
import { wordsFeature } from './features/words';

export function startReader(ctx: ContentScriptContext): void {
  const url = location.href;
  const analysed = withinContainer(takeAnalysis(url) ?? analyzeSource(sourceFromDocument(document, url)));
  const stop = new AbortController();
  const signal = stop.signal;
  let view: ViewFeature | null = null;
  const core = createCore(url, analysed, document, () => view?.render(), signal);

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
  const { hide } = view;
  const showView = view.show;
  // Every transcript shown is kept in the library (the background decides whether the library is on).
  const show = (force?: boolean) => showView(force).then((s) => (s.readerOpen && library.keep(), s));
  figuresFeature(core, script, show, signal);

  const offs = [
    onMessage('reader:status', () => core.status()),
    onMessage('reader:show', () => show()),
    onMessage('reader:autoOpen', () => (analysed.press ? show() : core.status())),
    onMessage('reader:hide', () => hide()),
  ];
  signal.addEventListener('abort', () => offs.forEach((off) => off()));
  // The verdict first: the badge and the popup know the page before the reader's UI is built.
  core.announce();
  ctx.onInvalidated(() => {
    stop.abort();
    hide();
    core.toast.dispose();
  });
}
