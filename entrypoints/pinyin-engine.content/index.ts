// pinyin-pro and our readings in context, injected only when a reader first turns pinyin on.
import { defineContentScript } from '#imports';
import { KNOWN_HOST_PATTERNS } from '@/lib/hosts';
import { createPinyinCache } from '@/lib/pinyin/cache';
import { ensurePressDictionary } from '@/lib/pinyin/dictionary';
import { registerEngine } from '../shared/engines';

export default defineContentScript({
  matches: KNOWN_HOST_PATTERNS,
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    registerEngine('pinyin', { createPinyinCache });
    // pinyin-pro builds its word matcher when the page is next idle; our press dictionary rebuilds it with our words
    // in the idle task after that (tens of milliseconds each). Left to the first hover, both landed on it at once.
    const warm = () => ensurePressDictionary();
    if (typeof requestIdleCallback === 'function') requestIdleCallback(warm);
    else setTimeout(warm, 0);
  },
});
