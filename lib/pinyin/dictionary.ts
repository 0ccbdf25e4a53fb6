// Press-conference vocabulary and officials' names that pinyin-pro 3.29 reads wrongly. Keys are Simplified
// (Traditional text is read through its Simplified form); values are tone-marked syllables separated by spaces,
// with 一 and 不 in their original tones (sandhi is applied afterwards, on request). Keep sorted by key; every
// entry is checked by tests/unit/pinyin/dictionary.test.ts against pinyin-pro's own reading.
import { customPinyin } from 'pinyin-pro';

export const PRESS_DICTIONARY: ReadonlyArray<readonly [word: string, reading: string]> = [
];

let applied = false;

/** customPinyin is global state inside pinyin-pro and rebuilds its matcher on every call, so the dictionary is
 *  registered once per JS realm. Entries other code registers with customPinyin are kept (it merges). */
export function ensurePressDictionary(): void {
  if (applied) return;
  customPinyin(Object.fromEntries(PRESS_DICTIONARY));
  applied = true;
}
