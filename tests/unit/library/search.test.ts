import { describe, expect, it } from 'vitest';
import { conferenceGrams, confOf, offsetOf, turnOf } from '../../../lib/library/grams';
import { MemoryIndex, MemoryLibrary } from '../../../lib/library/memory-index';
import { createRankMeter, rankResults } from '../../../lib/library/rank';
import { normalise } from '../../../lib/library/normalise';
import { createSearchMeter, findMatches, phraseStarts } from '../../../lib/library/search';
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
  const { hits } = await findMatches(index, query);
  return [...hits].map((h) => `${confOf(h)}:${turnOf(h % 2 ** 32)}:${offsetOf(h % 2 ** 32)}`);
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

  // Past three characters not every bigram is checked (those covering every character prove the phrase).
  it.each([4, 5, 6, 7, 8, 12])('finds a phrase of %i characters taken from the texts where a scan does', async (n) => {
    const text = library[1]!.turns.find((t) => t.text.length > 200)!.text;
    const phrase = [...Array(40).keys()].map((k) => text.slice(17 * k, 17 * k + n)).find((p) => !/[\s，。、]/.test(p))!;
    const expected = normalisedScan(phrase);
    expect(expected.length).toBeGreaterThan(0);
    expect((await found(phrase)).sort()).toEqual(expected.sort());
  });

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

describe('the work of a search, counted', () => {
  /** Conference 1 holds 甲乙丙 once; `others` conferences hold only 乙丙, many times each. */
  function skewed(others: number): MemoryIndex {
    const index = new MemoryIndex();
    index.add(1, ['这是甲乙丙。']);
    for (let c = 2; c <= others + 1; c++) index.add(c, [Array.from({ length: 50 }, () => '乙丙丁').join('')]);
    return index;
  }

  it('starts from the rarest bigram and gallops through the common one: a library 100 times larger costs a few probes more', async () => {
    const small = createSearchMeter();
    const large = createSearchMeter();
    const a = await findMatches(skewed(10), '甲乙丙', small);
    const b = await findMatches(skewed(1000), '甲乙丙', large);
    expect([...a.hits]).toEqual([...b.hits]);
    expect(a.hits.length).toBe(1);
    expect(small.candidates).toBe(1);
    expect(large.candidates).toBe(1);
    // 乙丙 has 500 hits in the small library and 50,000 in the large one: the probes grow with the log of that.
    expect(large.probes).toBeLessThanOrEqual(2 * Math.log2(50_000) + 2);
    expect(large.probes - small.probes).toBeLessThanOrEqual(2 * Math.log2(100) + 2);
  });

  it('a rare bigram decides even when it is not the first of the phrase', async () => {
    const meter = createSearchMeter();
    const index = new MemoryIndex();
    for (let c = 1; c <= 200; c++) index.add(c, ['发展发展发展' + (c === 7 ? '发展凤莲' : '')]);
    const m = await findMatches(index, '发展凤莲', meter);
    expect([...m.hits].map(confOf)).toEqual([7]);
    expect(meter.candidates).toBe(1);
    expect(meter.probes).toBeLessThanOrEqual(4 * (2 * Math.log2(index.hitsNow('发展').length) + 2));
  });

  it('ranking visits each matched conference and turn once and builds refs for the page only', async () => {
    const meter = createRankMeter();
    const lib = new MemoryLibrary(library);
    const m = await findMatches(lib, '发展');
    const turns = new Set([...m.hits].map((h) => Math.floor(h / 2 ** 18)));
    const ranked = rankResults(m, await lib.turnTable(m), {}, {}, { limit: 5 }, meter);
    expect(meter.conferences).toBe(new Set([...m.hits].map(confOf)).size);
    expect(meter.turns).toBe(turns.size);
    expect(meter.turns).toBeLessThan(m.hits.length);
    expect(meter.refs).toBe(5);
    expect(ranked.page.length).toBe(5);
    expect(ranked.facets.total).toBeGreaterThan(5);
  });
});
