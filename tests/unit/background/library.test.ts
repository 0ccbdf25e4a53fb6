// The background keeps what the reader opens: on by default, never for a site left out or while off, never a
// damaged transcript; "said before" answers from the same database.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findSaidBefore, keepTranscript } from '../../../entrypoints/background/library';
import { DEFAULT_LIBRARY_PREFS } from '../../../lib/library/prefs';
import { LibraryDb } from '../../../platform/library-db';
import { libraryPrefsItem } from '../../../platform/storage';
import { fixtureTranscript } from '../library/load';

const seed = fixtureTranscript('seed-shanghai-20180612-tc');
const mfa = fixtureTranscript('mfa-20221027-fmprc');

describe('keepTranscript', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps by default, replaces the same address, and refuses what the settings or the shape rule out', async () => {
    const first = await keepTranscript(seed);
    expect(first).toMatchObject({ kept: true, replaced: false });
    expect(await keepTranscript(seed)).toMatchObject({ kept: true, replaced: true });
    await libraryPrefsItem.setValue({ ...DEFAULT_LIBRARY_PREFS, excluded: [mfa.site] });
    expect(await keepTranscript(mfa)).toEqual({ kept: false, reason: 'excluded', message: '' });
    await libraryPrefsItem.setValue({ ...DEFAULT_LIBRARY_PREFS, enabled: false });
    expect(await keepTranscript(mfa)).toEqual({ kept: false, reason: 'off', message: '' });
    expect(await keepTranscript({ ...mfa, turns: [] })).toEqual({
      kept: false,
      reason: 'invalid',
      message: 'no turns',
    });
  });

  it('finds the figures itself: the reader sends none (finding them held the page), the library holds them all', async () => {
    expect(seed.figures.length).toBeGreaterThan(10);
    await keepTranscript({ ...seed, figures: [] });
    const kept = (await (await LibraryDb.open()).all()).find((x) => x.url === seed.url);
    expect(kept?.figures).toEqual(seed.figures);
  });

  it('said before: the earlier answer in the other script, never the page being read', async () => {
    await keepTranscript(seed);
    await keepTranscript(mfa);
    const found = await findSaidBefore({ text: '共同发展', speaker: '毛宁', url: mfa.url });
    expect(found.items.map((i) => [i.who, i.passage.marks.map(([a, b]) => i.passage.text.slice(a, b))])).toEqual([
      ['蔣紅', ['共同發展']],
    ]);
    expect(found.items[0]!.link).toMatch(/#br-q-\d+$/);
  });
});
