// The curated terminology file: every row's headword in both scripts, agreeing with opencc-js (or a recorded
// exception with its reason), a source per row, and lookups that find Hong Kong and Taiwan Traditional alike.
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { TERM_ROWS } from '../../../lib/terms/data';
import { createTermIndex, foldVariants, termOf } from '../../../lib/terms/index';
import { TERM_SOURCES } from '../../../lib/terms/sources';

const toSimplified = [OpenCC.Converter({ from: 'tw', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' })];
const toTraditional = ['tw', 'hk', 't'].map((to) => OpenCC.Converter({ from: 'cn', to: to as 'tw' }));

// Headwords opencc-js converts otherwise, each with why the row is right.
const EXCEPTIONS: Readonly<Record<string, string>> = {
  中央广播电视总台: 'opencc-js reads 台 as 檯 (desk); the broadcaster is a 臺 (station)',
  总台央视: 'opencc-js reads 台 as 檯 (desk); 總臺 is the broadcaster',
};

const terms = TERM_ROWS.map(termOf);

describe('terminology rows', () => {
  it('has at least 300 terms from all four governments, outlets among them', () => {
    expect(terms.length).toBeGreaterThanOrEqual(300);
    for (const region of ['mainland', 'hong-kong', 'macao', 'taiwan'] as const) {
      expect(terms.filter((t) => t.region === region).length).toBeGreaterThanOrEqual(10);
    }
    expect(terms.filter((t) => t.kind === 'outlet').length).toBeGreaterThanOrEqual(30);
  });

  it.each(terms.map((t) => [t.simplified, t.traditional, t] as const))('%s / %s in both scripts', (simp, trad, t) => {
    expect(simp).toMatch(/\p{Script=Han}/u);
    expect(trad).toMatch(/\p{Script=Han}/u);
    const exception = EXCEPTIONS[simp];
    if (exception) {
      expect(toTraditional.map((c) => c(simp))).not.toContain(trad);
      return;
    }
    expect(toSimplified.map((c) => c(trad))).toContain(simp);
    expect(toTraditional.map((c) => c(simp))).toContain(trad);
    expect(t.english).toBe(t.english.trim());
    expect(t.english).not.toMatch(/\p{Script=Han}/u);
    expect(t.english.length).toBeGreaterThan(1);
  });

  it('records no exception that is not needed', () => {
    for (const simp of Object.keys(EXCEPTIONS)) expect(terms.some((t) => t.simplified === simp)).toBe(true);
  });

  it('has one row per headword and region', () => {
    const keys = terms.map((t) => `${t.region}:${foldVariants(t.traditional)}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('names a government or outlet site for every source', () => {
    for (const s of Object.values(TERM_SOURCES)) {
      expect(s.url).toMatch(/^https?:\/\/[a-z0-9.-]+\.(gov\.cn|gov\.hk|gov\.mo|gov\.tw|tw)\//);
      expect(s.publisher).not.toBe('');
    }
  });
});

describe('term lookups', () => {
  const index = createTermIndex();

  it.each([
    ['推动构建人类命运共同体', 4, '人类命运共同体', 'a community with a shared future for mankind'],
    ['推動構建人類命運共同體', 4, '人類命運共同體', 'a community with a shared future for mankind'],
    ['行政長官發言全文', 0, '行政長官', 'Chief Executive'],
    ['衛生署今日公布', 0, '衛生署', 'the Department of Health'],
    ['衞生署今日公布', 0, '衞生署', 'the Department of Health'],
    ['台灣問題', 0, '台灣問題', 'the Taiwan question'],
    ['臺灣問題', 0, '臺灣問題', 'the Taiwan question'],
    ['凤凰卫视记者', 0, '凤凰卫视', 'Phoenix TV'],
    ['鳳凰衞視記者', 0, '鳳凰衞視', 'Phoenix TV'],
  ])('%s @%i → %s (%s)', (text, offset, word, english) => {
    const m = index.longestAt(text, offset);
    expect(m?.word).toBe(word);
    expect(m?.terms.map((t) => t.english)).toContain(english);
  });

  it('gives each region its own rendering of a shared headword', () => {
    const legislature = index.exact('立法會').map((t) => [t.region, t.english]);
    expect(legislature).toEqual([
      ['hong-kong', 'the Legislative Council'],
      ['macao', 'the Legislative Assembly'],
    ]);
  });
});
