// The reader's part in the library: once the reader is shown, its transcript is handed to the background, which
// keeps it unless the library is off or the site left out. Done when the page is idle, after the first render.
// A selection can ask the library what was said before.
import type { SaidBeforeState } from '@/components/reader/SaidBefore';
import type { QuoteRequest } from '@/components/reader/types';
import { messageOf } from '@/lib/errors';
import type { Figure } from '@/lib/figures/types';
import { captureTranscript } from '@/lib/library/capture';
import type { Script } from '@/lib/script/types';
import type { Transcript } from '@/lib/transcript/types';
import { sendMessage } from '@/platform/messaging';

export function keepInLibrary(
  t: Transcript,
  where: { url: string; site: string; script: Script | null; figures: () => Figure[] },
): void {
  if (t.turns.length === 0 || !/^https?:/.test(where.url)) return;
  const run = () => {
    const entry = captureTranscript(t, {
      url: where.url,
      site: where.site,
      script: where.script ?? 'mixed',
      figures: where.figures(),
      savedAt: new Date(),
    });
    void sendMessage('library:keep', entry)
      .then((r) => {
        if (!r.kept && (r.reason === 'quota' || r.reason === 'failed')) console.warn('[Briefing Reader]', r.message);
      })
      .catch((err: unknown) => console.warn('[Briefing Reader] library:', err));
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 0);
}

/** "Said before" for the reader view: asks the library, holds the answer, and re-renders. */
export function saidBeforeFor(t: Transcript, url: string, rerender: () => void, fail: (message: string) => void) {
  const holder = {
    state: null as SaidBeforeState | null,
    actions: {
      onSaidBefore: (q: QuoteRequest) => {
        const turn = t.turns[q.turnIndex];
        const speaker = turn ? (turn.speaker ?? turn.label) : null;
        void sendMessage('library:saidBefore', { text: q.text, speaker, url })
          .then((found) => {
            holder.state = { phrase: q.text, found };
            rerender();
          })
          .catch((err: unknown) => fail(messageOf(err)));
      },
      onCloseSaidBefore: () => {
        holder.state = null;
        rerender();
      },
    },
  };
  return holder;
}
