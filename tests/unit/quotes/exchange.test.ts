import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMAT,
  exportEnvelope,
  exportJson,
  exportMarkdown,
  mergeQuotes,
  parseImport,
} from '../../../lib/quotes/exchange';
import { toStored } from '../../../lib/quotes/migrations';
import { createQuote, type Quote, type QuoteInput } from '../../../lib/quotes/model';
import { firstSentence, q1, SEED_URL, seedDate, seedTitle, toHans, turnText, zhangYing } from './seed';

const NOW = new Date('2024-05-02T08:00:00Z');
function make(input: Partial<QuoteInput>, at: string): Quote {
  const r = createQuote(
    {
      text: firstSentence(zhangYing),
      speaker: '張英',
      role: '市經信委總工程師',
      outlet: '上海日報',
      question: q1,
      conferenceTitle: seedTitle,
      conferenceDate: seedDate,
      url: SEED_URL,
      pageTitle: seedTitle,
      ...input,
    },
    new Date(at),
  );
  if (!r.quote) throw new Error(r.fault);
  return r.quote;
}

const a = make({}, '2024-05-01T10:00:00Z');
const b = make(
  {
    text: toHans(firstSentence(turnText('吳斌'))),
    original: firstSentence(turnText('吳斌')),
    variant: 'hans',
    speaker: '吳斌',
    role: null,
  },
  '2024-05-01T10:05:00Z',
);
const c = make(
  {
    text: '國臺辦新聞發佈會',
    speaker: null,
    role: null,
    outlet: null,
    question: null,
    conferenceTitle: null,
    conferenceDate: null,
    url: 'https://www.gwytb.gov.cn/xwdt/',
    pageTitle: '新聞動態',
  },
  '2024-05-01T11:00:00Z',
);
const all = [a, b, c];

function envelope(quotes: unknown[], extra: Record<string, unknown> = {}) {
  return JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: NOW.toISOString(), quotes, ...extra });
}

describe('export', () => {
  it('JSON is a versioned envelope of stored quotes that imports back to the same quotes', () => {
    const json = exportJson(all, NOW);
    const data = JSON.parse(json);
    expect(data).toEqual(exportEnvelope(all, NOW));
    expect(data).toMatchObject({
      format: 'briefing-reader-quotes',
      version: 1,
      exportedAt: '2024-05-02T08:00:00.000Z',
    });
    expect(data.quotes[0].v).toBe(1);
    expect(parseImport(json, NOW)).toEqual({ quotes: all, indexes: [0, 1, 2], rejected: [], repaired: [] });
  });

  it('Markdown has one section per conference, newest first, each quote in its Markdown form', () => {
    const md = exportMarkdown(all, { lang: 'zh-Hant' });
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## 新聞動態', '## 市政府新聞發佈會，2018年6月12日']);
    expect(md.indexOf('吳斌')).toBeLessThan(md.indexOf('張英'));
    expect(md).toContain(`> ${firstSentence(zhangYing)}`);
  });
});

describe('parseImport rejects files that are not ours, naming why', () => {
  it.each([
    ['', 'importEmpty', []],
    ['\ufeff  ', 'importEmpty', []],
    ['首先非常感謝', 'importNotJson', [expect.stringMatching(/\S/)]],
    ['{"format": "briefing-reader-quotes", ', 'importNotJson', [expect.stringMatching(/\S/)]],
    ['[]', 'importNotExport', []],
    ['"quotes"', 'importNotExport', []],
    ['{"quotes": []}', 'importNotExport', []],
    ['{"format": "other-app", "version": 1, "quotes": []}', 'importNotExport', []],
    [envelope([], { version: 2 }), 'importNewer', ['2', '1']],
    [envelope([], { version: '1' }), 'importNoVersion', []],
    [envelope([], { quotes: {} }), 'importNoList', []],
  ])('%j', (json, key, subs) => {
    const r = parseImport(json);
    expect(r.quotes).toEqual([]);
    expect(r.fault).toEqual({ key, subs });
    // One line each: the detail of a JSON error is its first line, at most 120 characters.
    for (const s of r.fault?.subs ?? []) expect(s.length <= 120 && !s.includes('\n')).toBe(true);
  });

  it('an empty list is a valid, empty import', () => {
    expect(parseImport(envelope([]))).toEqual({ quotes: [], indexes: [], rejected: [], repaired: [] });
  });

  it('accepts a byte-order mark', () => {
    expect(parseImport('\ufeff' + exportJson([a], NOW)).quotes).toEqual([a]);
  });
});

describe('a half-valid file imports what it can and reports the rest', () => {
  const raw = [
    toStored(a),
    42,
    { ...toStored(b), text: '', original: '' },
    { ...toStored(c), conferenceDate: '2018-06-31' },
    { ...toStored(a), v: 9 },
    { ...toStored(b), savedAt: 'unknown' },
  ];
  const r = parseImport(envelope(raw), NOW);

  it('keeps the valid and repairable quotes in file order', () => {
    expect(r.fault).toBeUndefined();
    expect(r.quotes.map((q) => q.id)).toEqual([a.id, c.id, b.id]);
  });

  it.each([
    [1, { key: 'entryNotQuote', subs: [] }],
    [2, { key: 'entryNoText', subs: [] }],
    [4, { key: 'entryNewer', subs: ['9', '1'] }],
  ])('rejects item %i', (index, fault) => {
    expect(r.rejected.find((x) => x.index === index)?.fault).toEqual(fault);
  });

  it('reports each repair with the field, the old value and the reason', () => {
    expect(r.rejected).toHaveLength(3);
    expect(r.repaired.map((x) => [x.index, x.replaced.map((y) => y.field)])).toEqual([
      [3, ['conferenceDate']],
      [5, ['savedAt']],
    ]);
    expect(r.repaired[0]!.replaced[0]).toEqual({
      field: 'conferenceDate',
      key: 'repairConferenceDate',
      subs: [],
      was: '2018-06-31',
    });
    // An unreadable save time falls back to the export's own time.
    expect(r.quotes[2]!.savedAt).toBe(NOW.toISOString());
  });
});

describe('mergeQuotes', () => {
  const deepFreeze = (qs: Quote[]) => qs.map((q) => Object.freeze({ ...q }));
  const sameIdOtherText: Quote = { ...b, id: a.id };
  const samePassageOtherId: Quote = { ...a, id: 'imported-uuid', text: toHans(a.text), savedAt: NOW.toISOString() };

  it.each([
    ['all new', [a], [b, c], [a, b, c], 2, 0],
    ['same id', [a], [sameIdOtherText], [a], 0, 1],
    ['same page and published text, other id', [a], [samePassageOtherId], [a], 0, 1],
    ['duplicates inside the import count once', [], [b, b, { ...b, id: 'x' }], [b], 1, 2],
    ['importing an export of itself adds nothing', all, all, all, 0, 3],
    ['into an empty clipboard', [], all, all, 3, 0],
  ])('%s', (_name, existing, incoming, expected, added, duplicates) => {
    const frozen = deepFreeze(existing);
    const snapshot = JSON.stringify(frozen);
    const r = mergeQuotes(frozen, incoming);
    expect(r.quotes).toEqual(expected);
    expect({ added: r.added, duplicates: r.duplicates }).toEqual({ added, duplicates });
    // Existing quotes are the same objects, first, in order, and untouched.
    frozen.forEach((q, i) => expect(r.quotes[i]).toBe(q));
    expect(JSON.stringify(frozen)).toBe(snapshot);
  });
});
