// The reader script: injected by the background only where the reader is used (known hosts that auto-open, or any
// page the user asks for), so Preact, the converters and pinyin never load on pages that don't need them.
import { defineContentScript } from '#imports';
import { KNOWN_HOST_PATTERNS } from '@/lib/hosts';
import { oncePerPage } from '../shared/once';
import { startReader } from './controller';
import { takeOver } from './lifecycle';

export default defineContentScript({
  matches: KNOWN_HOST_PATTERNS,
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Before anything else: from here on the page cannot end this context, and an older copy of ours is ended.
    takeOver(ctx);
    oncePerPage('reader', ctx, () => {
      try {
        startReader(ctx);
      } catch (err) {
        // The reader now also stands in for the analyzer on auto-open hosts: as there, an engine failure is reported
        // and the page is left as it was.
        console.warn('[Briefing Reader] could not read this page:', err);
      }
    });
  },
});
