// Injected by the background on a page the detector could not rule out where the reader does not open by itself
// (auto-open off, the site turned off) and on "always on" sites: reads the page with the
// transcript engine and reports the verdict (badge, auto-open). Answers the popup's page:status from then on.
import { defineContentScript, type ContentScriptContext } from '#imports';
import { KNOWN_HOST_PATTERNS } from '@/lib/hosts';
import { onMessage, sendMessage, type PageStatus } from '@/platform/messaging';
import { statusOf } from '@/lib/page-status';
import { analyzeSource, sourceFromDocument } from '@/lib/transcript/index';
import { shareAnalysis } from '../shared/analysis';
import { oncePerPage } from '../shared/once';

export default defineContentScript({
  matches: KNOWN_HOST_PATTERNS,
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    oncePerPage('analyzer', ctx, () => analyze(ctx));
  },
});

function analyze(ctx: ContentScriptContext): void {
  let status: PageStatus | null = null;
  const read = (): PageStatus => {
    if (!status) {
      const url = location.href;
      const transcript = analyzeSource(sourceFromDocument(document, url));
      if (transcript.press) shareAnalysis(url, transcript);
      status = statusOf(transcript, url);
    }
    return status;
  };
  ctx.onInvalidated(onMessage('page:status', () => read()));
  try {
    const s = read();
    if (s.press) {
      void sendMessage('page:analysed', s).catch((err: unknown) =>
        console.warn('[Briefing Reader] could not report this transcript:', err),
      );
    }
  } catch (err) {
    // Never let the engine's failure reach the page: report and stay out of the way.
    console.warn('[Briefing Reader] could not analyse this page:', err);
  }
}
