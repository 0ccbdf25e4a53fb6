// Import fuzz: 1,000 generated files (a fixed seed) against a clipboard that already holds quotes. Files are
// truncated, mistyped, carry prototype keys, lone surrogates, future dates, hostile links, or far too many quotes.
// After each import: the quotes that were stored are byte-identical, everything stored passes the door unchanged,
// and every refusal or repair is a sentence of the UI language's string table, in the language of that run.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importQuotes, saveQuote } from '../../../entrypoints/background/quotes';
import { EXPORT_FORMAT } from '../../../lib/quotes/exchange';
import { isStoredAsValid, migrateQuote, toStored } from '../../../lib/quotes/migrations';
import { MAX_QUOTES, type Quote } from '../../../lib/quotes/model';
import en from '../../../locales/en.json';
import zh_CN from '../../../locales/zh_CN.json';
import zh_TW from '../../../locales/zh_TW.json';
import { prng } from '../../lib/prng.mjs';
import { SEED_URL, seedDate, seedTitle, turnParagraphs } from '../quotes/seed';

const NOW = new Date('2026-03-01T08:00:00.000Z');
const FILES = 1000;
const BATCHES = 10;
const LANGS = { en, zh_CN, zh_TW } as Record<string, Record<string, string>>;

const random = prng;
type Rnd = ReturnType<typeof random>;
const pick = <T>(rnd: Rnd, list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;

const passages = [...turnParagraphs('張英(市經信委總工程師)'), ...turnParagraphs('吳斌')].map((p) => p.slice(0, 60));

const HOSTILE_STRINGS = [
  '\ud800',
  '上海\udfff製造',
  '\udc00\ud800',
  '[evil](javascript:alert(1))',
  '"><img src=x onerror=alert(1)>',
  '=HYPERLINK("http://x")',
  '',
  '   ',
  '\u200b',
  'x'.repeat(25000),
];
const HOSTILE_URLS = [
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  `${SEED_URL}\n[evil](javascript:alert(1))`,
  `${SEED_URL} "><img src=x onerror=alert(1)>`,
  `${SEED_URL}#:~:text=%E4%B8%8A\t`,
  `${SEED_URL}#:~:text="><img src=x>`,
  `https://evil.example/#:~:text=x`,
  `${SEED_URL}\ud800`,
  `https://a.gov.cn/${'a'.repeat(9000)}`,
];
const HOSTILE_DATES = ['9999-12-31T23:59:59.999Z', '2999-01-01T00:00:00Z', '+275760-09-13T00:00:00Z', 'yesterday', 42];
const ODD_VALUES: unknown[] = [null, 42, true, [], {}, { text: '巢狀' }, ['上海'], -0, 1e308];

/** A quote as an export holds it, with real text from the seed page. */
function validRecord(rnd: Rnd, i: number): Record<string, unknown> {
  const text = `${pick(rnd, passages)}（${i}）`;
  const savedAt = new Date(Date.UTC(2020, 0, 1) + Math.floor(rnd() * 1e10)).toISOString();
  return {
    v: 1,
    id: `import-${i}-${Math.floor(rnd() * 1e9)}`,
    text,
    original: text,
    variant: pick(rnd, ['original', 'hans', 'tw', 'hk']),
    speaker: '張英',
    role: '市經信委總工程師',
    outlet: '上海日報',
    question: null,
    conferenceTitle: seedTitle,
    conferenceDate: seedDate,
    url: `${SEED_URL}?n=${i}`,
    fragmentUrl: '',
    pageTitle: seedTitle,
    savedAt,
  };
}

const FIELDS = Object.keys(validRecord(random(1), 0));

/** One record, damaged in one to three ways. */
function damagedRecord(rnd: Rnd, i: number): unknown {
  if (rnd() < 0.08) return pick(rnd, ODD_VALUES);
  const record = validRecord(rnd, i);
  const damage = 1 + Math.floor(rnd() * 3);
  for (let d = 0; d < damage; d++) {
    const kind = Math.floor(rnd() * 7);
    const field = pick(rnd, FIELDS);
    if (kind === 0) record[field] = pick(rnd, HOSTILE_STRINGS);
    else if (kind === 1) record[pick(rnd, ['url', 'fragmentUrl'])] = pick(rnd, HOSTILE_URLS);
    else if (kind === 2) record[pick(rnd, ['savedAt', 'conferenceDate'])] = pick(rnd, HOSTILE_DATES);
    else if (kind === 3) record[field] = pick(rnd, ODD_VALUES);
    else if (kind === 4) delete record[field];
    else if (kind === 5) record.v = pick(rnd, [0, 2, '1', 1.5, null]);
    else record[pick(rnd, ['constructor', 'toString', 'hasOwnProperty', 'extra'])] = pick(rnd, ODD_VALUES);
  }
  return record;
}

function envelope(quotes: unknown[]): Record<string, unknown> {
  return { format: EXPORT_FORMAT, version: 1, exportedAt: NOW.toISOString(), quotes };
}

/** `__proto__` as a key of the file's text (JSON.parse makes it an own key; an object literal would not). */
function withProtoKeys(json: string, rnd: Rnd): string {
  const payload = pick(rnd, ['{"quotes":[],"format":"x"}', '{"text":"污染"}', 'null', '[1]']);
  return json.replace(/\{/g, (brace) => (rnd() < 0.3 ? `{"__proto__":${payload},` : brace));
}

/** The text of generated file `n`. */
function fileText(n: number): string {
  const rnd = random(0x5eed + n);
  const count = Math.floor(rnd() * 12);
  const records = Array.from({ length: count }, (_, i) => (rnd() < 0.5 ? validRecord(rnd, i) : damagedRecord(rnd, i)));
  const json = JSON.stringify(envelope(records));
  switch (n % 8) {
    case 0:
      return json;
    case 1:
      return json.slice(0, Math.floor(rnd() * json.length));
    case 2:
      return JSON.stringify(
        pick(rnd, [
          [envelope(records)],
          { ...envelope(records), quotes: {} },
          { ...envelope(records), version: '1' },
          { ...envelope(records), format: 5 },
          { ...envelope(records), version: 2 },
          'briefing-reader-quotes',
          42,
          null,
        ]),
      );
    case 3:
      return withProtoKeys(json, rnd);
    case 4:
      // Lone surrogates written as JSON escapes, as a broken exporter or a cut file gives them.
      return json.replace(/上海|發展/g, () => pick(rnd, ['\\ud800', '\\udfff', '\\ud83d']));
    case 5:
      return n % 200 === 5
        ? JSON.stringify(envelope(Array.from({ length: 100_000 }, () => ({}))))
        : JSON.stringify(envelope(records.map((r) => ({ ...(r as object), savedAt: '9999-12-31T23:59:59.999Z' }))));
    case 6:
      return JSON.stringify(envelope(records.map((r) => ({ ...(r as object), fragmentUrl: pick(rnd, HOSTILE_URLS) }))));
    default:
      return '\ufeff' + json;
  }
}

/** Every message of the language, as a pattern its filled-in form must match. */
function sentencesOf(table: Record<string, string>): RegExp[] {
  return Object.values(table).map(
    (m) => new RegExp(`^${m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\$\d/g, '[\\s\\S]*')}$`),
  );
}
const SENTENCES = Object.fromEntries(Object.entries(LANGS).map(([k, v]) => [k, sentencesOf(v)]));

function useLanguage(lang: string) {
  const table = LANGS[lang]!;
  fakeBrowser.i18n.getMessage = vi.fn((key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : [subs].flat();
    return table[key]?.replace(/\$(\d)/g, (_, i: string) => list[Number(i) - 1] ?? '') ?? '';
  }) as never;
}

const stored = async (): Promise<unknown[]> => ((await fakeBrowser.storage.local.get('quotes')).quotes ?? []) as [];

let base: unknown[] = [];
let baseBytes = '';

beforeAll(async () => {
  fakeBrowser.reset();
  useLanguage('en');
  for (const p of passages.slice(0, 5)) {
    const input = { text: p, url: SEED_URL, conferenceTitle: seedTitle, conferenceDate: seedDate };
    const r = await saveQuote(input, { now: NOW });
    if (!r.ok) throw new Error(r.error);
  }
  base = await stored();
  baseBytes = JSON.stringify(base);
});

beforeEach(async () => {
  await fakeBrowser.storage.local.set({ quotes: JSON.parse(baseBytes) });
});

describe(`import fuzz: ${FILES} generated files`, () => {
  const perBatch = FILES / BATCHES;
  it.each(Array.from({ length: BATCHES }, (_, b) => b))('files of batch %i', async (batch) => {
    for (let n = batch * perBatch; n < (batch + 1) * perBatch; n++) {
      await fakeBrowser.storage.local.set({ quotes: JSON.parse(baseBytes) });
      const lang = pick(random(n), Object.keys(LANGS));
      useLanguage(lang);
      const file = fileText(n);
      const r = await importQuotes(file, NOW);
      const list = await stored();
      const where = `file ${n} (${lang})`;
      // The quotes already there are untouched, byte for byte, and first.
      expect(JSON.stringify(list.slice(0, base.length)), where).toBe(baseBytes);
      // Nothing stored that the door would refuse or change.
      for (const entry of list) {
        expect(isStoredAsValid(entry, NOW), `${where}: ${JSON.stringify(migrateQuote(entry, { now: NOW }))}`).toBe(
          true,
        );
      }
      expect(list.length - base.length, where).toBe(r.added);
      expect(list.length, where).toBeLessThanOrEqual(MAX_QUOTES);
      // Every reason is a whole sentence of that language's table.
      const sentences = [...r.rejected.map((x) => x.reason), ...r.repaired.flatMap((x) => x.changes)];
      if (r.error !== undefined) sentences.push(r.error);
      for (const s of sentences) {
        expect(
          SENTENCES[lang]!.some((re) => re.test(s)),
          `${where}: ${s}`,
        ).toBe(true);
      }
      if (r.error === undefined) {
        const entries = (JSON.parse(file.replace(/^\ufeff/, '')) as { quotes: unknown[] }).quotes.length;
        expect(r.added + r.duplicates + r.rejected.length, where).toBe(entries);
      } else expect(r.added, where).toBe(0);
    }
  });
});

describe('what the fuzz stores', () => {
  it.each([
    ['a future save time', { savedAt: '9999-12-31T23:59:59.999Z' }, { savedAt: NOW.toISOString() }],
    ['a lone surrogate', { speaker: '張\ud800英' }, { speaker: '張\ufffd英' }],
    ['a link with a line break', { fragmentUrl: `${SEED_URL}\n[evil](javascript:alert(1))` }, {}],
    ['a link with an attribute breakout', { fragmentUrl: `${SEED_URL}#"><img src=x onerror=alert(1)>` }, {}],
  ])('%s is replaced and said so', async (_name, patch, expected) => {
    useLanguage('zh_TW');
    const record: Record<string, unknown> = { ...validRecord(random(7), 1), ...patch };
    const r = await importQuotes(JSON.stringify(envelope([record])), NOW);
    expect(r.added).toBe(1);
    expect(r.repaired).toHaveLength(1);
    for (const change of r.repaired[0]!.changes) expect(SENTENCES.zh_TW!.some((re) => re.test(change))).toBe(true);
    const last = (await stored()).at(-1) as Quote;
    expect(last).toMatchObject(expected);
    expect(last.fragmentUrl.startsWith(`${record.url as string}#:~:text=`)).toBe(true);
    expect(last.fragmentUrl).not.toMatch(/[\s"<>[\]]/);
    expect(isStoredAsValid(toStored({ ...last }), NOW)).toBe(true);
  });
});
