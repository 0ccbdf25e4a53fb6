import { describe, expect, it } from 'vitest';
import { normalise } from '../../../lib/library/normalise';

describe('normalise', () => {
  it.each([
    ['臺灣', '台湾'],
    ['台灣', '台湾'],
    ['台湾', '台湾'],
    ['國臺辦新聞發佈會', '国台办新闻发布会'],
    ['外交部發言人', '外交部发言人'],
    ['裡面', '里面'],
    ['ＷＴＯ　規則', 'wto 规则'],
    ['GDP增長', 'gdp增长'],
  ])('%s → %s', (input, out) => expect(normalise(input)).toBe(out));

  it('keeps every offset: a long transcript maps unit for unit', () => {
    const text = '國臺辦發言人朱鳳蓮表示，'.repeat(2000);
    const out = normalise(text);
    expect(out.length).toBe(text.length);
    expect(out.slice(12 * 1500, 12 * 1500 + 6)).toBe('国台办发言人');
  });
});
