// The reader script: injected by the background only where the reader is used (known hosts that auto-open, or any
// page the user asks for), so Preact, the converters and pinyin never load on pages that don't need them.
import { defineContentScript } from '#imports';
import { KNOWN_HOST_PATTERNS } from '@/lib/hosts';
import { startReader } from './controller';

const STARTED = Symbol.for('briefing-reader.started');

export default defineContentScript({
  matches: KNOWN_HOST_PATTERNS,
  registration: 'runtime',
  main(ctx) {
    // The background may inject us again (every "open reader"); one instance per page.
    const g = globalThis as { [STARTED]?: boolean };
    if (g[STARTED]) return;
    g[STARTED] = true;
    ctx.onInvalidated(() => (g[STARTED] = false));
    startReader(ctx);
  },
});
