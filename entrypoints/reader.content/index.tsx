// The reader script: injected by the background only where the reader is used (known hosts that auto-open, or any
// page the user asks for), so Preact, the converters and pinyin never load on pages that don't need them.
import { defineContentScript } from '#imports';
import { KNOWN_HOST_PATTERNS } from '@/lib/hosts';
import { oncePerPage } from '../shared/once';
import { startReader } from './controller';

export default defineContentScript({
  matches: KNOWN_HOST_PATTERNS,
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    oncePerPage('reader', ctx, () => startReader(ctx));
  },
});
