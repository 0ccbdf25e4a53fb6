// pinyin-pro and our readings in context, injected only when a reader first turns pinyin on.
import { defineContentScript } from '#imports';
import { KNOWN_HOST_PATTERNS } from '@/lib/hosts';
import { createPinyinCache } from '@/lib/pinyin/cache';
import { WARM_STEPS } from '@/lib/pinyin/warm';
import { registerEngine } from '../shared/engines';

/** Runs the steps one per idle task (pinyin-pro builds its own matcher in the first one it gets). */
function whenIdle(steps: readonly (() => void)[]): void {
  const [step, ...rest] = steps;
  if (!step) return;
  const run = () => {
    step();
    whenIdle(rest);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run);
  else setTimeout(run, 0);
}

export default defineContentScript({
  matches: KNOWN_HOST_PATTERNS,
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    registerEngine('pinyin', { createPinyinCache });
    whenIdle(WARM_STEPS);
  },
});
