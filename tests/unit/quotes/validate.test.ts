// The store's door, field by field: what is replaced, why, and that what comes out reads back as itself.
import { describe, expect, it } from 'vitest';
import { isStoredAsValid, migrateQuote, toStored } from '../../../lib/quotes/migrations';
import { createQuote } from '../../../lib/quotes/model';
import { createRateLimiter } from '../../../lib/quotes/rate';
import { isWellFormed, toWellFormed } from '../../../lib/quotes/unicode';
import { firstSentence, SEED_URL, seedDate, seedTitle, zhangYing } from './seed';

const NOW = new Date('2024-05-01T10:00:00Z');
const S = firstSentence(zhangYing);
const saved = createQuote({ text: S, url: SEED_URL, conferenceTitle: seedTitle, conferenceDate: seedDate }, NOW).quote!;
const stored = toStored(saved);

describe('toWellFormed', () => {
  it.each([
    ['上海', '上海', true],
    ['😀', '😀', true],
    ['\ud800', '\ufffd', false],
    ['a\udfffb', 'a\ufffdb', false],
    ['\udc00\ud800', '\ufffd\ufffd', false],
    ['\ud83d😀\ude00', '\ufffd😀\ufffd', false],
  ])('%j', (input, output, wellFormed) => {
    expect(toWellFormed(input)).toBe(output);
    expect(isWellFormed(input)).toBe(wellFormed);
    expect(() => encodeURIComponent(toWellFormed(input))).not.toThrow();
  });
});

describe('the door replaces what cannot be kept, and says why', () => {
  it.each([
    ['savedAt', '9999-12-31T23:59:59.999Z', { savedAt: NOW.toISOString() }, 'repairFutureSavedAt'],
    ['savedAt', '0000-01-01T00:00:00+01:00', { savedAt: new Date(0).toISOString() }, 'repairSavedAt'],
    ['conferenceDate', '2999-01-01', { conferenceDate: null }, 'repairConferenceDate'],
    ['speaker', '張\ud800英', { speaker: '張\ufffd英' }, 'repairUnicode'],
    ['text', `${S}\udfff`, { text: `${S}\ufffd` }, 'repairUnicode'],
    ['url', 'file:///etc/passwd', { url: '', fragmentUrl: '' }, 'repairUrl'],
    ['url', `${SEED_URL}\njavascript:alert(1)`, { url: '', fragmentUrl: '' }, 'repairUrl'],
    ['url', `${SEED_URL}\ud800`, { url: '', fragmentUrl: '' }, 'repairUrl'],
    ['fragmentUrl', `${SEED_URL}\n[evil](javascript:alert(1))`, { fragmentUrl: saved.fragmentUrl }, 'repairFragment'],
    ['fragmentUrl', `${SEED_URL}#:~:text="><img src=x onerror=alert(1)>`, {}, 'repairFragment'],
    ['fragmentUrl', `${SEED_URL}#:~:text=%E4%B8%8A %E6%B5%B7`, {}, 'repairFragment'],
    ['fragmentUrl', `javascript:alert(1)//${SEED_URL}`, {}, 'repairFragment'],
    ['constructor', { text: '污染' }, {}, 'repairUnknownField'],
  ])('%s = %j', (field, value, expected, key) => {
    const r = migrateQuote({ ...stored, [field]: value }, { now: NOW });
    expect(r.quote).toMatchObject(expected);
    expect(r.replaced?.map((x) => [x.field, x.key])).toContainEqual([field, key]);
    expect(r.quote!.fragmentUrl).not.toMatch(/[\s"<>[\]]/);
    // What came out is a fixed point: stored as it is, it passes again with nothing replaced.
    expect(isStoredAsValid(toStored(r.quote!), NOW)).toBe(true);
  });

  it('a record whose own key is __proto__ is read by its own fields only', () => {
    const raw = JSON.parse(`{"__proto__": {"text": "污染"}, ${JSON.stringify(stored).slice(1)}`);
    const r = migrateQuote(raw, { now: NOW });
    expect(r.quote).toEqual(saved);
    expect(r.replaced?.map((x) => x.field)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).text).toBeUndefined();
  });

  it('a saved quote passes unchanged', () => {
    expect(isStoredAsValid(stored, NOW)).toBe(true);
  });
});

describe('createRateLimiter counts per sender within the window', () => {
  it.each([
    ['under the limit', [0, 1, 2], [true, true, true]],
    ['over the limit', [0, 1, 2, 3], [true, true, true, false]],
    ['the window slides', [0, 1, 2, 3, 1000, 1001], [true, true, true, false, true, true]],
    ['a refused event is not counted', [0, 1, 2, 500, 600, 1001], [true, true, true, false, false, true]],
  ])('%s', (_name, times, expected) => {
    const allow = createRateLimiter({ max: 3, windowMs: 1000 });
    expect(times.map((t) => allow('tab-1', t))).toEqual(expected);
    // Another sender has its own count.
    expect(allow('tab-2', times.at(-1)!)).toBe(true);
  });
});
