// The pinyin engine's warm-up: its steps run without a converter and leave readings as they were; the runner gives
// each step a task of its own and never hangs on one that throws (pinyin would then never turn on).
import { describe, expect, it } from 'vitest';
import { createPinyinCache } from '../../../lib/pinyin/index';
import { runWarmSteps, WARM_STEPS } from '../../../lib/pinyin/warm';

describe('WARM_STEPS', () => {
  it('run without a converter, and a reading after them is as before', () => {
    expect(WARM_STEPS).toHaveLength(2);
    for (const step of WARM_STEPS) expect(step).not.toThrow();
    expect(createPinyinCache().wordAt('銀行行長表示', 3)).toMatchObject({ word: '行長', syllables: ['háng', 'zhǎng'] });
  });
});

describe('runWarmSteps', () => {
  it('lets a task pass before each step, reports a step that throws and still runs the rest', async () => {
    const log: string[] = [];
    const reported: unknown[] = [];
    const boom = new Error('no matcher');
    await runWarmSteps(
      [
        () => log.push('a'),
        () => {
          throw boom;
        },
        () => log.push('c'),
      ],
      async () => void log.push('task'),
      (err) => reported.push(err),
    );
    expect(log).toEqual(['task', 'a', 'task', 'task', 'c']);
    expect(reported).toEqual([boom]);
  });
});
