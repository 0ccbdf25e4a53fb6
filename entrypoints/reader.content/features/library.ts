// The reader's part in the library: once the reader is shown, its transcript is handed to the background, which
// keeps it unless the library is off or the site left out (done when the page is idle, after the first render).
// A selection can ask the library what was said before.
import type { SaidBeforeState } from '@/components/reader/SaidBefore';
import type { QuoteRequest } from '@/components/reader/types';
import { messageOf } from '@/lib/errors';
import { findFigures } from '@/lib/figures/index';
import { captureTranscript } from '@/lib/library/capture';
import { sendMessage } from '@/platform/messaging';
import type { ReaderCore } from '../core';

export interface LibraryFeature {
  /** Keeps the transcript, once per page. */
  keep(): void;
  saidBefore(): SaidBeforeState | null;
  actions: { onSaidBefore(q: QuoteRequest): void; onCloseSaidBefore(): void };
}

export function libraryFeature(core: ReaderCore): LibraryFeature {
  const { analysed: t, url } = core;
  let kept = false;
  let said: SaidBeforeState | null = null;

  function keep(): void {
    if (kept || t.turns.length === 0 || !/^https?:/.test(url)) return;
    kept = true;
    const run = () => {
      const entry = captureTranscript(t, {
        url,
        site: core.host,
        script: core.pageScript,
        figures: findFigures(t),
        savedAt: new Date(),
      });
      void sendMessage('library:keep', entry)
        .then((r) => {
          if (!r.kept && (r.reason === 'quota' || r.reason === 'failed')) core.toast.show(r.message, true);
        })
        .catch((err: unknown) => console.warn('[Briefing Reader] library:', err));
    };
    // When the page is idle; or as it goes away, if the reader leaves it before that (the transcript is still kept).
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      removeEventListener('pagehide', once);
      run();
    };
    addEventListener('pagehide', once);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(once, { timeout: 2000 });
    else setTimeout(once, 0);
  }

  return {
    keep,
    saidBefore: () => said,
    actions: {
      onSaidBefore: (q) => {
        const turn = t.turns[q.turnIndex];
        const speaker = turn ? (turn.speaker ?? turn.label) : null;
        void sendMessage('library:saidBefore', { text: q.text, speaker, url })
          .then((found) => {
            said = { phrase: q.text, found };
            core.rerender();
          })
          .catch((err: unknown) => core.toast.show(messageOf(err), true));
      },
      onCloseSaidBefore: () => {
        said = null;
        core.rerender();
      },
    },
  };
}
