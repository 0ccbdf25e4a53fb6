// The ranking over the library-wide turn table gives what the ranking over summaries gave (rank-before.ts), on a
// library made from the real fixtures in many shapes: shuffled turns, interleaved sections, the same day twice,
// days out of order with the numbers, no date, an empty conference, other sites.
import { describe, expect, it } from 'vitest';
import type { LibraryTranscript } from '../../../lib/library/model';
import { MemoryLibrary } from '../../../lib/library/memory-index';
import { rankResults } from '../../../lib/library/rank';
import type { Filters, Ranking } from '../../../lib/library/results';
import { findMatches } from '../../../lib/library/search';
import { fixtureTranscript, IDS } from './load';
import { rankResults as rankBefore } from './rank-before';

const fixtures = IDS.map((id) => fixtureTranscript(id));

/** Mulberry32: the same library on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ (t + Math.imul(t ^ (t >>> 14), 71 | t));
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function variant(t: LibraryTranscript, c: number, rnd: () => number): LibraryTranscript {
  const turns = t.turns.filter(() => rnd() < 0.7);
  const sections = Math.max(1, Math.ceil(turns.length / 3));
  // Every fifth conference interleaves its sections: a section's turns are not one run.
  const sectionOf = (i: number) => (c % 5 === 0 ? i % sections : Math.floor(i / 3));
  const days = ['2021-03-04', '2019-11-30', '2021-03-04', '2023-01-15', '2020-07-01'];
  return {
    ...t,
    url: `https://example.gov.cn/${c % 7 === 3 ? 0 : c}.html`,
    site: c % 3 === 0 ? 'example.gov.cn' : t.site,
    date: c % 11 === 4 ? null : c % 2 ? days[c % days.length]! : t.date,
    savedAt: `2024-0${1 + (c % 9)}-01T00:00:00.000Z`,
    turns: c % 13 === 6 ? [] : turns.map((x, i) => ({ ...x, section: sectionOf(i) })),
    sections: Array.from({ length: sections }, (_, s) => ({
      kind: 'exchange' as const,
      turns: turns.map((_, i) => i).filter((i) => sectionOf(i) === s),
      number: s + 1,
    })),
  };
}

/** A conference whose numbers do not fit a turn's word (turn-table.ts): hundreds of speakers and outlets, or a
 *  section numbered past 2^16. */
function wide(c: number, far: boolean): LibraryTranscript {
  const turns = Array.from({ length: 40 }, () => fixtures.flatMap((t) => t.turns)).flat();
  const sectionOf = (i: number) => (far && i % 5 === 0 ? 70_000 + (i % 3) : Math.floor(i / 2));
  const sections = Math.max(...turns.map((_, i) => sectionOf(i))) + 1;
  return {
    ...fixtures[c % 4]!,
    url: `https://example.gov.cn/wide-${c}.html`,
    turns: turns.map((x, i) => ({
      ...x,
      kind: i % 2 ? 'answer' : 'question',
      speaker: far ? x.speaker : `发言人${i}`,
      outlet: far ? x.outlet : `媒体${i}`,
      section: sectionOf(i),
    })),
    sections: Array.from({ length: sections }, (_, s) => ({
      kind: 'exchange' as const,
      turns: turns.map((_, i) => i).filter((i) => sectionOf(i) === s),
      number: s + 1,
    })),
  };
}

const rnd = random(18);
const library = new MemoryLibrary([
  ...Array.from({ length: 40 }, (_, c) => variant(fixtures[c % 4]!, c, rnd)),
  wide(40, false),
  wide(41, true),
]);
const outlet = library.sums.get(4)!.outlets[0]!;

const QUERIES = ['发展', '台湾', '臺灣同胞', '共同发展', '湾', '两岸 关系', '记者', '外交部', '月球背面'];
const OPTIONS: [string, Filters, Ranking, { offset?: number; limit?: number }][] = [
  ['nothing', {}, {}, {}],
  ['every exchange', {}, {}, { limit: 10_000 }],
  ['a later page', {}, {}, { offset: 7, limit: 9 }],
  ['a speaker', { speaker: '毛宁' }, {}, { limit: 50 }],
  ['an unknown speaker', { speaker: '无名氏' }, {}, {}],
  ['an outlet', { outlet }, {}, { limit: 50 }],
  ['a site', { site: 'example.gov.cn' }, {}, { limit: 50 }],
  ['an unknown site', { site: 'nowhere.example' }, {}, {}],
  ['dates', { from: '2020-01-01', to: '2022-12-31' }, {}, { limit: 50 }],
  ['said before', {}, { answersOnly: true, preferSpeaker: '朱鳳蓮', excludeUrl: 'https://example.gov.cn/0.html' }, {}],
  ['a preferred speaker, paged', {}, { preferSpeaker: '毛宁' }, { offset: 3, limit: 30 }],
  ['an unknown address left out', {}, { excludeUrl: 'https://nowhere.example/' }, {}],
];

describe('ranking over the turn table', () => {
  it.each(OPTIONS)('gives the same page and counts as before: %s', async (_, filters, ranking, window) => {
    for (const q of QUERIES) {
      const m = await findMatches(library, q);
      const before = rankBefore(m, library.sums, filters, ranking, window);
      const now = rankResults(m, library.table, filters, ranking, window);
      expect(now, q).toEqual(before);
    }
  });

  it('the library is varied enough to tell', async () => {
    const m = await findMatches(library, '发展');
    const all = rankBefore(m, library.sums, {}, {}, { limit: 10_000 });
    expect(all.facets.total).toBeGreaterThan(50);
    expect(new Set(all.page.map((r) => r.day)).size).toBeGreaterThan(4);
    expect(all.facets.bySpeaker.length).toBeGreaterThan(3);
    expect(all.facets.byOutlet.length).toBeGreaterThan(3);
    // The wide conferences are found, past their 64th speaker and 128th outlet, and in their far sections.
    expect(all.page.some((r) => r.conf === 41 && r.turns.some((t) => t.turn > 300))).toBe(true);
    expect(all.page.some((r) => r.conf === 42 && r.section >= 70_000)).toBe(true);
    expect(library.table.words.some((w) => w < 0)).toBe(true);
  });
});
