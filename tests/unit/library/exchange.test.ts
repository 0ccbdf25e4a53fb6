import { describe, expect, it } from 'vitest';
import { libraryJson, parseLibrary } from '../../../lib/library/exchange';
import { validateTranscript } from '../../../lib/library/validate';
import { fixtureTranscript } from './load';

const seed = fixtureTranscript('seed-shanghai-20180612-tc');
const mfa = fixtureTranscript('mfa-20221027-fmprc');
const NOW = new Date('2024-06-01T00:00:00Z');
const file = (conferences: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'briefing-reader-library',
    version: 1,
    exportedAt: NOW.toISOString(),
    conferences,
    ...extra,
  });

describe('parseLibrary', () => {
  it('reads back what libraryJson wrote', () => {
    const r = parseLibrary(libraryJson([seed, mfa], NOW));
    expect(r.fault).toBeUndefined();
    expect(r.conferences).toEqual([seed, mfa]);
    expect(r.rejected).toEqual([]);
  });

  it.each([
    ['', 'libraryImportEmpty'],
    ['{"format":', 'libraryImportNotJson'],
    ['[1,2]', 'libraryImportNotExport'],
    [JSON.stringify({ format: 'briefing-reader-quotes', version: 1, quotes: [] }), 'libraryImportNotExport'],
    [file([], { version: 0 }), 'libraryImportNotExport'],
    [file([], { version: 2 }), 'libraryImportNewer'],
    [file([], { conferences: 'none' }), 'libraryImportNoList'],
  ])('refuses %j as a whole: %s', (text, key) => {
    const r = parseLibrary(text);
    expect(r.fault?.key).toBe(key);
    expect(r.conferences).toEqual([]);
  });

  it('refuses a damaged conference by name and keeps the good ones', () => {
    const badTurn = { ...mfa, turns: [{ ...mfa.turns[0]!, kind: 'speech' }] };
    const r = parseLibrary(file([seed, badTurn, { ...seed }, { ...mfa, url: 'javascript:alert(1)' }]));
    expect(r.conferences).toEqual([seed]);
    expect(r.rejected).toEqual([
      { index: 1, reason: 'bad turn 1' },
      { index: 2, reason: 'repeated web address' },
      { index: 3, reason: 'no web address' },
    ]);
  });
});

describe('validateTranscript', () => {
  it.each([
    [
      'a section pointing past the turns',
      { sections: [{ kind: 'exchange', turns: [999] }, ...seed.sections.slice(1)] },
      'bad section 1',
    ],
    ['a figure of no turn', { figures: [{ ...seed.figures[0]!, turn: 999 }] }, 'bad figure 1'],
    ['no turns at all', { turns: [] }, 'no turns'],
    ['a date that is not ISO', { date: '2018年6月12日' }, 'bad date'],
    ['an unknown script', { script: 'latin' }, 'bad script'],
  ])('refuses %s', (_what, patch, error) => {
    expect(validateTranscript({ ...seed, ...patch })).toEqual({ error });
  });

  it('carries no field it does not know', () => {
    const r = validateTranscript({ ...seed, extra: '<img onerror=x>', turns: seed.turns.map((t) => ({ ...t, x: 1 })) });
    expect('value' in r && r.value).toEqual(seed);
  });
});
