// Paragraphs in no turn are shown where they stood: on real pages, an intro before the first label and notes
// between turns; page chrome and footers stay out.
import { describe, expect, it } from 'vitest';
import { looseByTurn } from '../../../../components/reader/loose';
import { analyzeSource, blocksFromText } from '../../../../lib/transcript/index';
import type { Transcript } from '../../../../lib/transcript/types';
import { readPage } from '../../fixture-pages';

const page = (id: string) => analyzeSource({ blocks: blocksFromText(readPage(id, 'source.txt')) });

describe('looseByTurn', () => {
  it.each([
    ['mod-20181130-kepu', -1, '国防部举行例行记者会'],
    ['hk-ceelect-20120412-sc', -1, '以下是候任行政长官梁振英'],
  ])('%s: a paragraph before the first turn is shown before it', (id, after, starts) => {
    const shown = looseByTurn(page(id)).get(after) ?? [];
    expect(shown.some((p) => p.text.includes(starts))).toBe(true);
  });

  it('keeps page order and leaves chrome and footers out', () => {
    const t: Transcript = {
      ...page('mod-20181130-kepu'),
      blocks: [
        { text: '导航' } as Transcript['blocks'][number],
        { text: '（注：以上为现场速记）' } as Transcript['blocks'][number],
        { text: '版权所有' } as Transcript['blocks'][number],
      ],
      loose: [
        { block: 0, after: -1, kind: 'chrome' },
        { block: 1, after: 2, kind: 'note' },
        { block: 2, after: 3, kind: 'footer' },
      ],
    };
    const m = looseByTurn(t);
    expect([...m.entries()]).toEqual([[2, [{ kind: 'note', text: '（注：以上为现场速记）' }]]]);
  });
});
