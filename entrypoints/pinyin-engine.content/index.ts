// pinyin-pro and our readings in context, injected only when a reader first turns pinyin on.
import { defineContentScript } from '#imports';
import { KNOWN_HOST_PATTERNS } from '@/lib/hosts';
import { createPinyinCache } from '@/lib/pinyin/cache';
import { runWarmSteps, WARM_STEPS } from '@/lib/pinyin/warm';
import { registerEngine } from '../shared/engines';

let warming: Promise<void> | null = null;

/** The warm-up, once, a step a task (the page gets the thread between them). */
const warm = (): Promise<void> =>
  (warming ??= runWarmSteps(
    WARM_STEPS,
    () => new Promise((next) => setTimeout(next, 0)),
    (err) => console.warn('[Briefing Reader] pinyin warm-up:', err),
  ));

export default defineContentScript({
  matches: KNOWN_HOST_PATTERNS,
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    registerEngine('pinyin', { createPinyinCache, warm });
  },
});
