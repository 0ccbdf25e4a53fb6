import { describe, expect, it } from 'vitest';
import { analyzeSource } from '../../../lib/transcript/index';
import { blocksFromText } from '../../../lib/transcript/blocks';
import { expected, fixtureIds, loadSource } from './load';

// Nothing the page shows disappears: every block of the container is in a turn or kept as a loose block, once,
// in page order, placed after the turn it followed.
describe('every block is in a turn or kept loose', () => {
  it.each(fixtureIds().filter((id) => expected(id).press))('%s', (id) => {
    const t = analyzeSource(loadSource(id));
    const held = new Set(t.turns.flatMap((x) => x.blocks));
    const loose = t.loose ?? [];
    // A block a turn holds is loose only for the words before its label (l.text), and those are not the turn's.
    for (const l of loose.filter((x) => held.has(x.block))) {
      expect(l.text, `block ${l.block}`).toBeTruthy();
      expect(t.blocks[l.block]?.text.startsWith(l.text ?? '')).toBe(true);
      expect(t.turns.some((x) => x.text.includes(l.text ?? ''))).toBe(false);
    }
    expect(new Set([...held, ...loose.map((l) => l.block)]).size).toBe(t.blocks.length);
    expect(loose.map((l) => l.block)).toEqual([...loose.map((l) => l.block)].sort((a, b) => a - b));
    for (const l of loose) {
      const before = t.turns[l.after];
      const next = t.turns[l.after + 1];
      if (before) expect(before.blocks[0]).toBeLessThan(l.block);
      // Words before the first label stand in that label's own block.
      if (next) expect(next.blocks[0]).toBeGreaterThanOrEqual(l.text === undefined ? l.block + 1 : l.block);
    }
  });
});

describe('loose blocks keep their place and kind', () => {
  it("the intro run into the first question's paragraph is kept before the first turn (scio-asean-20140722-tc)", () => {
    const t = analyzeSource(loadSource('scio-asean-20140722-tc'));
    const first = (t.loose ?? []).find((l) => l.block === t.turns[0]?.blocks[0]);
    expect(first?.after).toBe(-1);
    expect(first?.text).toMatch(/^國務院新聞辦公室于2014年7月22日.*答記者問/);
  });
  it("datelines, times and end marks are the article's own (meta) (hk-sb-20170215-sc)", () => {
    const t = analyzeSource(loadSource('hk-sb-20170215-sc'));
    const kinds = new Map((t.loose ?? []).map((l) => [t.blocks[l.block]?.text ?? '', l.kind]));
    expect(kinds.get('完')).toBe('meta');
    expect(kinds.get('2017年2月15日(星期三)')).toBe('meta');
    expect(kinds.get('香港时间15时21分')).toBe('meta');
    expect(kinds.get('(请同时参阅谈话全文的英文部分。)')).toBe('meta');
  });
  it('the minutes metadata block of a Taiwan briefing stands before the first turn (tw-mofa-20230207-tc)', () => {
    const t = analyzeSource(loadSource('tw-mofa-20230207-tc'));
    const before = (t.loose ?? []).filter((l) => l.after === -1).map((l) => t.blocks[l.block]?.text ?? '');
    expect(before.some((x) => x.startsWith('三、主持人'))).toBe(true);
    expect(before.some((x) => x.startsWith('四、出席者'))).toBe(true);
  });
  it('a note between turns follows the turn before it, a caption is a caption', () => {
    const text = [
      '记者:请问有何评论?',
      '毛宁:我们注意到有关报道。',
      '(以下为现场图片)',
      '外交部发言人毛宁 新华社记者 张三 摄',
      '记者:还有一个问题?',
      '毛宁:谢谢。',
    ].join('\n');
    const t = analyzeSource({ blocks: blocksFromText(text) });
    expect(t.loose).toEqual([
      { block: 2, after: 1, kind: 'note' },
      { block: 3, after: 1, kind: 'caption' },
    ]);
  });
});
