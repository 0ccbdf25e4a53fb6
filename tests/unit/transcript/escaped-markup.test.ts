import { describe, expect, it } from 'vitest';
import { classifyLabel } from '../../../lib/transcript/labels';
import { analyzeSource, blocksFromText } from '../../../lib/transcript/index';

// Labels printed with a CMS's escaped markup are still labels, and keep the printed text in every field.
describe('labels with markup printed as text', () => {
  it.each([
    ['法新<img src=x onerror=alert(1)>社记者', { shape: 'journalist', outlet: '法新<img src=x onerror=alert(1)>社' }],
    ['新华社<b>记者</b>', { shape: 'journalist', outlet: '新华社' }],
    ['汪<script>alert(2)</script>文斌', { shape: 'name', speaker: '汪<script>alert(2)</script>文斌' }],
    ['<b>毛宁</b>', { shape: 'name', speaker: '毛宁' }],
  ])('%s', (label, want) => {
    expect(classifyLabel(label)).toMatchObject(want);
  });

  it.each([['<img src=x>'], ['alert(1)<b>x</b>'], ['请问<script>x</script>对此有何评论']])(
    '%s is not a label',
    (label) => {
      expect(classifyLabel(label)).toBeNull();
    },
  );

  it('a hostile transcript is parsed with its hostile text kept verbatim', () => {
    const t = analyzeSource({
      blocks: blocksFromText(
        [
          '2024年1月5日外交部发言人汪文斌主持例行记者会',
          '法新<img src=x onerror=alert(1)>社记者:请问发言人对此有何评论?',
          '汪<script>alert(2)</script>文斌:我们注意到有关报道。<img src=x onerror=alert(3)>中方立场是一贯的。',
          '路透社记者:第二个问题,关于贸易数据。',
          '汪<script>alert(2)</script>文斌:我不掌握具体情况。',
        ].join('\n'),
      ),
    });
    expect(t.press).toBe(true);
    expect(t.turns.map((x) => x.kind)).toEqual(['question', 'answer', 'question', 'answer']);
    expect(t.turns[1]?.speaker).toBe('汪<script>alert(2)</script>文斌');
    expect(t.turns[1]?.text).toContain('<img src=x onerror=alert(3)>');
  });
});
