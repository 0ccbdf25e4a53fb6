// Always on, on the known government hosts only, so it must stay tiny (≤ 30 KB) and cheap (≤ 2 ms): a first look
// at the title, URL and the start of the text. A page it cannot rule out goes to the background, which injects the
// analyzer (or the reader straight away where it opens by itself); the reader and its dictionaries load only where
// the reader is used.
//
// An unlisted script that wxt.config.ts lists as a content script itself: WXT's content-script wrapper reads
// `browser.runtime` while it starts, and the extension API's first use in a page costs about as much as the whole
// first look. On a page it rules out (most pages) the detector touches no extension API at all: it leaves its
// verdict in the extension's isolated world, where the popup reads it (entrypoints/shared/tabs.ts).
import { defineUnlistedScript } from '#imports';
import { sendMessage } from '@/platform/messaging';
import { DETECTOR_VERDICT } from '@/lib/page-status';
import { quickReject, sampleText } from '@/lib/transcript/quick';

const SAMPLE = 20000;

export default defineUnlistedScript(() => {
  let rejected = true;
  try {
    const text = document.body ? sampleText(document.body, SAMPLE) : '';
    rejected = quickReject({ title: document.title, url: location.href, text });
  } catch (err) {
    console.warn('[Briefing Reader] could not look at this page:', err);
  }
  (globalThis as Record<string, unknown>)[DETECTOR_VERDICT] = rejected ? 'rejected' : 'candidate';
  if (!rejected) {
    void sendMessage('page:candidate', undefined).catch((err: unknown) =>
      console.warn('[Briefing Reader] could not have this page read:', err),
    );
  }
});
