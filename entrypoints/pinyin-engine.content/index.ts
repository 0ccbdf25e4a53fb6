// pinyin-pro and our readings in context, injected only when a reader first turns pinyin on.
import { defineContentScript } from '#imports';
import { KNOWN_HOST_PATTERNS } from '@/lib/hosts';
import { createPinyinCache } from '@/lib/pinyin/cache';
import { WARM_STEPS } from '@/lib/pinyin/warm';
import { registerEngine } from '../shared/engines';

let warming: Promise<void> | null = null;

/** Runs the warm-up steps, each in a task of its own (the page gets the thread between them), once. */
function warm(): Promise<void> {
  return (warming ??= WARM_STEPS.reduce<Promise<void>>(
    (before, step) => before.then(() => new Promise<void>((done) => setTimeout(() => (step(), done()), 0))),
    Promise.resolve(),
  ));
}

export default defineContentScript({
  matches: KNOWN_HOST_PATTERNS,
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    registerEngine('pinyin', { createPinyinCache, warm });
  },
});
