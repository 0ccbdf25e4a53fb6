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
    expect(loose.map((l) => l.block).filter((b) => held.has(b))).toEqual([]);
    expect(new Set([...held, ...loose.map((l) => l.block)]).size).toBe(t.blocks.length);
    expect(loose.map((l) => l.block)).toEqual([...loose.map((l) => l.block)].sort((a, b) => a - b));
    for (const l of loose) {
      const before = t.turns[l.after];
      const next = t.turns[l.after + 1];
      if (before) expect(before.blocks[0]).toBeLessThan(l.block);
      if (next) expect(next.blocks[0]).toBeGreaterThan(l.block);
    }
  });
});

describe('loose blocks keep their place and kind', () => {
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
