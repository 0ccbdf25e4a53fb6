import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import { describe, expect, it } from 'vitest';
import { HANS_ONLY, HANT_ONLY } from '../../../lib/script/script-chars';
import { deriveScriptChars } from '../../../lib/script/script-chars-derive';

describe('stored script character sets', () => {
  const derived = deriveScriptChars({ STCharacters, TSCharacters, STPhrases, TSPhrases });
  it('match the installed opencc-js dictionaries', () => {
    expect(HANS_ONLY).toBe(derived.hansOnly);
    expect(HANT_ONLY).toBe(derived.hantOnly);
  });

  it.each([
    ['们', 'hans'],
    ['发', 'hans'],
    ['們', 'hant'],
    ['髮', 'hant'],
    ['后', 'neither'],
    ['干', 'neither'],
    ['里', 'neither'],
    ['着', 'neither'],
  ])('%s is %s', (c, which) => {
    const got = HANS_ONLY.includes(c) ? 'hans' : HANT_ONLY.includes(c) ? 'hant' : 'neither';
    expect(got).toBe(which);
  });
});
