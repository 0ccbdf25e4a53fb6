// The pinyin engine's warm-up steps: each does its part of the first reading's one-off work, so the reading after
// them does none of it.
import { describe, expect, it } from 'vitest';
import { createWorkMeter } from '../../../lib/pinyin/meter';
import { createPinyinCache } from '../../../lib/pinyin/index';
import { WARM_STEPS } from '../../../lib/pinyin/warm';

describe('WARM_STEPS', () => {
  it('run without a converter, and a reader after them reads as before', () => {
    expect(WARM_STEPS).toHaveLength(2);
    for (const step of WARM_STEPS) expect(step).not.toThrow();
    const meter = createWorkMeter();
    const cache = createPinyinCache({ meter });
    expect(cache.wordAt('銀行行長表示', 3)).toMatchObject({ word: '行長', syllables: ['háng', 'zhǎng'] });
    // The warm-up's sample was read by its own cache: this one starts empty.
    expect(meter.pinyinChars).toBeGreaterThan(0);
  });
});
