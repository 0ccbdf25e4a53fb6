// The reader's part in the library: once the reader is shown, its transcript is handed to the background, which
// keeps it unless the library is off or the site left out. Done when the page is idle, after the first render.
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
