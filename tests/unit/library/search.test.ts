import { describe, expect, it } from 'vitest';
import { conferenceGrams, offsetOf, turnOf } from '../../../lib/library/grams';
import { MemoryIndex } from '../../../lib/library/memory-index';
import { normalise } from '../../../lib/library/normalise';
import { findMatches, phraseStarts } from '../../../lib/library/search';
import { fixtureTranscript, IDS } from './load';

const library = IDS.map((id) => fixtureTranscript(id));
const index = new MemoryIndex();
library.forEach((t, i) =>
  index.add(
    i + 1,
    t.turns.map((x) => x.text),
  ),
);

/** Occurrences of a phrase as printed: conference:turn:offset. */
function scan(phrase: string): string[] {
  const out: string[] = [];
  library.forEach((t, i) =>
    t.turns.forEach((turn, j) => {
      let at = -1;
      while ((at = turn.text.indexOf(phrase, at + 1)) >= 0) out.push(`${i + 1}:${j}:${at}`);
    }),
  );
  return out;
}

/** The same question answered by a scan of every normalised turn; a turn counts when it holds every term. */
function normalisedScan(query: string): string[] {
  const terms = normalise(query).split(' ');
  return library.flatMap((t, i) =>
    t.turns.flatMap((turn, j) => {
      const text = normalise(turn.text);
      if (!terms.every((term) => text.includes(term))) return [];
      return terms.flatMap((term) => {
        const out: string[] = [];
        for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) out.push(`${i + 1}:${j}:${at}`);
        return out;
      });
    }),
  );
}

async function found(query: string): Promise<string[]> {
  return (await findMatches(index, query)).map((m) => `${m.conf}:${turnOf(m.position)}:${offsetOf(m.position)}`);
}

describe('findMatches', () => {
  it('finds a phrase in either script: 台湾, 臺灣 and 台灣 find the same places in both TAO pages', async () => {
    const simplified = await found('台湾');
    const confs = new Set(simplified.map((k) => k.split(':')[0]));
    expect(confs.has('3') && confs.has('4')).toBe(true);
    expect(await found('臺灣')).toEqual(simplified);
    expect(await found('台灣')).toEqual(simplified);
    // Every hit is a real occurrence in the text as printed.
    expect([...scan('台湾'), ...scan('臺灣'), ...scan('台灣')].sort()).toEqual([...simplified].sort());
  });

  it.each(['外交', '国务委员', '共同發展', '國臺辦', '两岸', '发展', '湾', '台湾 同胞'])(
    'finds %s (inside longer words too) exactly where a scan of the normalised texts does',
    async (q) => {
      const expected = normalisedScan(q);
      expect(expected.length).toBeGreaterThan(0);
      expect((await found(q)).sort()).toEqual(expected.sort());
    },
  );

  it('finds nothing for a phrase that is not there, and nothing for an empty query', async () => {
    expect(await found('月球背面')).toEqual([]);
    expect(await found('   ')).toEqual([]);
  });

  it('looks only at the rarest bigram’s hits: the work does not grow with the library', () => {
    const common = index.hitsNow('发展');
    const rare = index.hitsNow('凤莲');
    expect(common.length).toBeGreaterThan(rare.length);
    expect(phraseStarts([rare, index.hitsNow('莲:')]).length).toBeLessThanOrEqual(rare.length);
  });

  it('indexes each turn separately: a phrase across two turns is not a match', () => {
    const grams = conferenceGrams(['甲乙', '丙丁']);
    expect(grams.has('乙丙')).toBe(false);
    expect([...grams.keys()].sort()).toEqual(['丙丁', '丁\u0001', '甲乙', '乙\u0001'].sort());
  });
});
