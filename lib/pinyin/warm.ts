// What the first reading in a tab pays once, as separate steps the pinyin engine runs in separate tasks: the
// press dictionary rebuilds pinyin-pro's word matcher (~60 ms), then the first segmentation and reading warm ICU's
// word breaker and pinyin-pro's lookups (~30 ms). Left to the first hover, they all landed on its task; the reader
// turns pinyin on once they are done.
import { createPinyinCache } from './cache';
import { ensurePressDictionary } from './dictionary';

/** The sample is Simplified, so no converter is needed to read it. */
const SAMPLE = '发言人表示，中方愿同各方一道努力。';

export const WARM_STEPS: readonly (() => void)[] = [
  ensurePressDictionary,
  () => void createPinyinCache({ toSimplified: (s) => s }).wordAt(SAMPLE, 0),
];

/** Runs `steps`, each after `later` has let a task pass. A step that throws is reported and skipped (the first
 *  reading then pays for it); the promise always resolves, so pinyin still turns on. */
export async function runWarmSteps(
  steps: readonly (() => void)[],
  later: () => Promise<void>,
  report: (err: unknown) => void,
): Promise<void> {
  for (const step of steps) {
    await later();
    try {
      step();
    } catch (err) {
      report(err);
    }
  }
}
