import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../../lib/quotes/fragment';
import {
  CURRENT_QUOTE_VERSION,
  migrateQuote,
  migrateRecord,
  QUOTE_STEPS,
  toStored,
  type MigrationStep,
  type VersionedSchema,
} from '../../../lib/quotes/migrations';
import { createQuote, quoteId } from '../../../lib/quotes/model';
import { firstSentence, q1, SEED_URL, seedDate, seedTitle, toHans, zhangYing } from './seed';

const NOW = new Date('2024-05-01T10:00:00Z');
const S = firstSentence(zhangYing);
const saved = createQuote(
  {
    text: toHans(S),
    original: S,
    variant: 'hans',
    speaker: '張英',
    role: '市經信委總工程師',
    outlet: '上海日報',
    question: q1,
    conferenceTitle: seedTitle,
    conferenceDate: seedDate,
    url: SEED_URL,
    pageTitle: seedTitle,
  },
  NOW,
).quote!;
const stored = toStored(saved);

describe('quote versions', () => {
  it('the step chain reaches the current version', () => {
    expect(QUOTE_STEPS).toHaveLength(CURRENT_QUOTE_VERSION - 1);
    expect(stored.v).toBe(CURRENT_QUOTE_VERSION);
  });

  it('a stored current quote comes back unchanged, with nothing replaced', () => {
    const r = migrateQuote(JSON.parse(JSON.stringify(stored)), { now: NOW });
    expect(r).toEqual({ quote: saved, replaced: [], fromVersion: 1 });
  });
});

describe('migrateQuote never throws on values that cannot be quotes', () => {
  it.each([
    [null, 'entryNotQuote', []],
    [42, 'entryNotQuote', []],
    ['首先非常感謝', 'entryNotQuote', []],
    [[stored], 'entryNotQuote', []],
    [{ ...stored, v: 0 }, 'entryBadVersion', ['0']],
    [{ ...stored, v: '1' }, 'entryBadVersion', ['"1"']],
    [{ ...stored, v: 1.5 }, 'entryBadVersion', ['1.5']],
    [{ ...stored, v: 2 }, 'entryNewer', ['2', '1']],
    [{ ...stored, text: '', original: '  ' }, 'entryNoText', []],
    [{ ...stored, text: 5, original: null }, 'entryNoText', []],
    [{ ...stored, text: { toString: S }, original: [S] }, 'entryNoText', []],
  ])('%j', (raw, key, subs) => {
    const r = migrateQuote(raw, { now: NOW });
    expect(r.quote).toBeUndefined();
    expect(r.fault).toEqual({ key, subs });
  });
});

describe('bad fields fall back to defaults and are reported', () => {
  const expectedFragment = textFragmentUrl(SEED_URL, S);
  it.each([
    ['conferenceDate', '2018-13-01', { conferenceDate: null }],
    ['conferenceDate', 20180612, { conferenceDate: null }],
    ['speaker', 42, { speaker: null }],
    ['role', ['市經信委總工程師'], { role: null }],
    ['variant', 'pinyin', { variant: 'original' }],
    ['variant', undefined, { variant: 'original' }],
    ['url', 'javascript:void(0)', { url: '', fragmentUrl: '' }],
    ['fragmentUrl', 'https://evil.example/#:~:text=x', { fragmentUrl: expectedFragment }],
    ['fragmentUrl', undefined, { fragmentUrl: expectedFragment }],
    ['savedAt', 'yesterday', { savedAt: new Date(0).toISOString() }],
    ['text', '', { text: S }],
    ['original', undefined, { original: toHans(S) }],
    ['id', '', { id: quoteId(SEED_URL, S, saved.savedAt) }],
    ['id', 17, { id: quoteId(SEED_URL, S, saved.savedAt) }],
  ])('%s = %j', (field, value, expected) => {
    const raw: Record<string, unknown> = { ...stored, [field]: value };
    if (value === undefined) delete raw[field];
    const r = migrateQuote(raw, { now: NOW });
    expect(r.fault).toBeUndefined();
    expect(r.quote).toMatchObject(expected);
    const report = r.replaced!.find((x) => x.field === field);
    expect(report).toBeDefined();
    expect(report!.was).toEqual(value);
  });

  it('an unknown field is reported as dropped, not silently lost', () => {
    const r = migrateQuote({ ...stored, tags: ['人工智慧'] }, { now: NOW });
    expect(r.quote).toEqual(saved);
    expect(r.replaced).toEqual([{ field: 'tags', key: 'repairUnknownField', subs: [], was: ['人工智慧'] }]);
  });

  it('a record without a version is read as v1 and says so', () => {
    const { v: _v, ...bare } = stored;
    const r = migrateQuote(bare, { now: NOW });
    expect(r.quote).toEqual(saved);
    expect(r.replaced?.map((x) => x.field)).toEqual(['v']);
  });

  it('a save time given by the caller replaces an unreadable one', () => {
    const r = migrateQuote({ ...stored, savedAt: null }, { now: NOW, fallbackSavedAt: '2024-04-01T00:00:00.000Z' });
    expect(r.quote?.savedAt).toBe('2024-04-01T00:00:00.000Z');
  });

  it('normalises a valid but differently written save time', () => {
    const r = migrateQuote({ ...stored, savedAt: '2024-05-01T18:00:00+08:00' }, { now: NOW });
    expect(r.quote?.savedAt).toBe('2024-05-01T10:00:00.000Z');
    expect(r.replaced).toEqual([]);
  });
});

// The walk itself, over a three-version toy schema: every version reaches the last one through each step in order.
interface Note {
  body: string;
  speaker: string | null;
  tags: string[];
}
const calls: string[] = [];
const toyStepsBase: MigrationStep[] = [
  // v1 {said} → v2 {body}
  (r) => {
    calls.push('1→2');
    const { said, ...rest } = r;
    return { ...rest, body: said };
  },
  // v2 {who: string} → v3 {speaker: string|null, tags: []}
  (r) => {
    calls.push('2→3');
    const { who, ...rest } = r;
    return { ...rest, speaker: typeof who === 'string' && who !== '' ? who : null, tags: [] };
  },
];
const toy: VersionedSchema<Note> = {
  current: 3,
  steps: toyStepsBase,
  validate: (r) =>
    typeof r.body === 'string' && Array.isArray(r.tags)
      ? {
          value: { body: r.body, speaker: (r.speaker as string | null) ?? null, tags: r.tags as string[] },
          replaced: [],
        }
      : { fault: { key: 'entryNoText', subs: [] } },
};

describe('migrateRecord walks every version to the latest', () => {
  const want: Note = { body: S, speaker: '張英', tags: [] };
  it.each([
    [{ v: 1, said: S, who: '張英' }, ['1→2', '2→3'], 1],
    [{ v: 2, body: S, who: '張英' }, ['2→3'], 2],
    [{ v: 3, body: S, speaker: '張英', tags: [] }, [], 3],
  ])('from %j', (raw, steps, fromVersion) => {
    calls.length = 0;
    expect(migrateRecord(raw, toy)).toEqual({ value: want, replaced: [], fromVersion });
    expect(calls).toEqual(steps);
  });

  it.each([
    [
      { v: 4, body: S },
      { key: 'entryNewer', subs: ['4', '3'] },
    ],
    [
      { v: 1, said: 42, who: '' },
      { key: 'entryNoText', subs: [] },
    ],
  ])('reports %j', (raw, fault) => {
    expect(migrateRecord(raw, toy).fault).toEqual(fault);
  });

  it('a step that throws becomes an error naming the version', () => {
    const broken: VersionedSchema<Note> = {
      ...toy,
      steps: [
        () => {
          throw new Error('said is not text');
        },
        toyStepsBase[1]!,
      ],
    };
    expect(migrateRecord({ v: 1, said: null }, broken).fault).toEqual({
      key: 'entryStepFailed',
      subs: ['1', 'said is not text'],
    });
  });

  it('a missing step is an error, not a silent skip', () => {
    expect(migrateRecord({ v: 1, said: S }, { ...toy, steps: [toyStepsBase[0]!] }).fault).toEqual({
      key: 'entryNoStep',
      subs: ['2'],
    });
  });
});
