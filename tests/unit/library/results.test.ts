import { describe, expect, it } from 'vitest';
import { summarise } from '../../../lib/library/model';
import { searchLibrary } from '../../../lib/library/query';
import { mergeRanges } from '../../../lib/library/results';
import { fixtureTranscript, IDS } from './load';
import { MemoryLibrary } from '../../../lib/library/memory-index';

const list = IDS.map((id) => fixtureTranscript(id));
const lib = new MemoryLibrary(list);

describe('summarise', () => {
  it('names the answering speakers, the outlets that asked and the number of questions', () => {
    const tao = summarise(list[3]!, 4);
    expect(tao.speakers).toEqual(['朱鳳蓮']);
    expect(tao.questions).toBe(list[3]!.sections.filter((s) => s.kind === 'exchange').length);
    expect(tao.outlets.length).toBeGreaterThan(0);
    expect(tao.day).toBe('2023-04-26');
    expect(tao.turns.length).toBe(list[3]!.turns.length);
  });
});

describe('searchLibrary', () => {
  it('ranks newest first, then by conference, then in the order of the exchanges', async () => {
    const { results } = await searchLibrary(lib, '发展', { limit: 100 });
    const keys = results.map((r) => [r.summary.day, r.ref.conf, r.ref.section] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : b[1] - a[1] || a[2] - b[2]));
    expect(keys).toEqual(sorted);
    expect(new Set(keys.map((k) => k[0])).size).toBeGreaterThan(1);
  });

  it('marks the match in the passage as printed, in its own script', async () => {
    const { results } = await searchLibrary(lib, '台湾', { limit: 100 });
    const scripts = new Set<string>();
    for (const r of results) {
      for (const p of [...r.passages, ...(r.question ? [r.question] : [])]) {
        for (const [a, b] of p.marks) {
          expect(['台湾', '臺灣', '台灣']).toContain(p.text.slice(a, b));
          scripts.add(p.text.slice(a, b));
        }
      }
    }
    expect(scripts.has('台湾') && scripts.has('臺灣')).toBe(true);
  });

  it('filters by speaker, outlet, site and dates, and the counts follow the filter', async () => {
    const all = await searchLibrary(lib, '共同发展', { limit: 100 });
    expect(new Set(all.results.map((r) => r.summary.site)).size).toBe(2);
    const mao = await searchLibrary(lib, '共同发展', { filters: { speaker: '毛宁' }, limit: 100 });
    expect(mao.results.length).toBeGreaterThan(0);
    expect(mao.results.length).toBeLessThan(all.results.length);
    expect(mao.facets.bySpeaker).toEqual([['毛宁', mao.facets.total]]);
    const before2020 = await searchLibrary(lib, '共同发展', { filters: { to: '2019-12-31' } });
    expect(before2020.results.every((r) => r.summary.day <= '2019-12-31')).toBe(true);
    expect(before2020.facets.byMonth).toEqual([['2018-06', before2020.facets.total]]);
    const site = all.results[0]!.summary.site;
    const bySite = await searchLibrary(lib, '共同发展', { filters: { site } });
    expect(bySite.results.every((r) => r.summary.site === site)).toBe(true);
    const outlet = lib.sums.get(4)!.outlets[0]!;
    const byOutlet = await searchLibrary(lib, '两岸', { filters: { outlet }, limit: 100 });
    expect(byOutlet.results.length).toBeGreaterThan(0);
    expect(byOutlet.results.every((r) => r.summary.turns[r.ref.turns[0]!.turn]!.outlet === outlet)).toBe(true);
  });

  it('said before: answers only, the same speaker first, never the conference being read', async () => {
    const url = list[2]!.url;
    const { results } = await searchLibrary(lib, '台湾', {
      ranking: { answersOnly: true, preferSpeaker: '朱鳳蓮', excludeUrl: url },
    });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.summary.url !== url)).toBe(true);
    expect(results[0]!.passages.some((p) => p.who === '朱鳳蓮')).toBe(true);
    for (const r of results) expect(r.ref.turns.every((t) => r.summary.turns[t.turn]!.kind === 'answer')).toBe(true);
  });

  it('pages: offset and limit cut the same ranked list', async () => {
    const all = await searchLibrary(lib, '发展', { limit: 100 });
    const second = await searchLibrary(lib, '发展', { offset: 2, limit: 2 });
    expect(second.results.map((r) => r.ref)).toEqual(all.results.slice(2, 4).map((r) => r.ref));
    expect(second.facets).toEqual(all.facets);
  });
});

describe('mergeRanges', () => {
  it.each([
    [
      [
        [5, 7],
        [0, 2],
        [1, 3],
      ],
      [
        [0, 3],
        [5, 7],
      ],
    ],
    [
      [
        [0, 2],
        [2, 4],
      ],
      [[0, 4]],
    ],
    [[], []],
  ] as [number, number][][][])('%j → %j', (input, out) => expect(mergeRanges(input)).toEqual(out));
});
