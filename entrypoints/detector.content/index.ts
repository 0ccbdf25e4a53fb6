// Always-on, on the known government hosts only: decide cheaply whether the page is a transcript and tell the
// background (badge, auto-open). Everything heavy lives in the reader script, injected only when it is used.
import { defineContentScript } from '#imports';
import { KNOWN_HOST_PATTERNS } from '@/lib/hosts';
import { onMessage, sendMessage, type PageStatus } from '@/lib/messages';
import { analyzePage } from '@/lib/page-status';

export default defineContentScript({
  matches: KNOWN_HOST_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    let status: PageStatus | null = null;
    const read = (): PageStatus => {
      status ??= analyzePage(document, location.href);
      return status;
    };
    const remove = onMessage('page:status', () => read());
    ctx.onInvalidated(remove);
    try {
      const s = read();
      if (s.press) void sendMessage('page:analysed', s).catch(() => {});
    } catch (err) {
      // Never let the engine's failure reach the page: report and stay out of the way.
      console.warn('[Briefing Reader] could not analyse this page:', err);
    }
  },
});
