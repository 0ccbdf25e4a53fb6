// Always on, on the known government hosts only, so it must stay tiny (≤ 30 KB) and cheap (≤ 2 ms): a first look
// at the title, URL and the start of the text. A page it cannot rule out goes to the background, which injects the
// analyzer (or the reader straight away where it opens by itself); the reader and its dictionaries load only where
// the reader is used.
import { defineContentScript } from '#imports';
import { hostOf, KNOWN_HOST_PATTERNS } from '@/lib/hosts';
import { onMessage, sendMessage } from '@/lib/messages';
import { quickReject, sampleText } from '@/lib/transcript/quick';

const SAMPLE = 20000;

export default defineContentScript({
  matches: KNOWN_HOST_PATTERNS,
  runAt: 'document_idle',
  // WXT's legacy window.postMessage announcement reaches the page's own message listeners; the DOM event is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    let rejected = true;
    try {
      const text = document.body ? sampleText(document.body, SAMPLE) : '';
      rejected = quickReject({ title: document.title, url: location.href, text });
    } catch (err) {
      console.warn('[Briefing Reader] could not look at this page:', err);
    }
    if (!rejected) {
      void sendMessage('page:candidate', undefined).catch((err: unknown) =>
        console.warn('[Briefing Reader] could not have this page read:', err),
      );
      return;
    }
    const url = location.href;
    const remove = onMessage('page:status', () => ({
      url,
      host: hostOf(url),
      press: false,
      score: 0,
      reasons: ['no speaker labels or press-conference title near the start of the page'],
      title: document.title || null,
      date: null,
      questions: 0,
      readerOpen: false,
      variant: 'original',
      script: null,
      pinyin: false,
    }));
    ctx.onInvalidated(remove);
  },
});
