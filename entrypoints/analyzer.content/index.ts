// Injected by the background on a page the detector could not rule out where the reader does not open by itself
// (auto-open off, the site turned off) and on "always on" sites: reads the page with the
// transcript engine and reports the verdict to the background (tab status, badge, auto-open).
import { defineContentScript } from '#imports';
import { KNOWN_HOST_PATTERNS } from '@/lib/hosts';
import { sendMessage } from '@/platform/messaging';
import { statusOf } from '@/lib/page-status';
import { analyzeSource, sourceFromDocument } from '@/lib/transcript/index';
import { PAGE_VIEW, shareAnalysis } from '../shared/analysis';
import { oncePerPage } from '../shared/once';

export default defineContentScript({
  matches: KNOWN_HOST_PATTERNS,
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    oncePerPage('analyzer', ctx, analyze);
  },
});

function analyze(): void {
  try {
    const url = location.href;
    const transcript = analyzeSource(sourceFromDocument(document, url, PAGE_VIEW));
    if (transcript.press) shareAnalysis(url, transcript);
    // Either way: the background keeps the tab's status for the popup, and sets the badge from it.
    void sendMessage('page:analysed', statusOf(transcript, url)).catch((err: unknown) =>
      console.warn('[Briefing Reader] could not report this page:', err),
    );
  } catch (err) {
    // Never let the engine's failure reach the page: report and stay out of the way.
    console.warn('[Briefing Reader] could not analyse this page:', err);
  }
}
