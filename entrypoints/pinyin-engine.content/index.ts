// pinyin-pro and our readings in context, injected only when a reader first turns pinyin on.
import { defineContentScript } from '#imports';
import { KNOWN_HOST_PATTERNS } from '@/lib/hosts';
import { createPinyinCache } from '@/lib/pinyin/cache';
import { registerEngine } from '../shared/engines';

export default defineContentScript({
  matches: KNOWN_HOST_PATTERNS,
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    registerEngine('pinyin', { createPinyinCache });
  },
});
