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
