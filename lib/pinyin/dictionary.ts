// Press-conference vocabulary and officials' names that pinyin-pro 3.29 reads wrongly. Keys are Simplified
// (Traditional text is read through its Simplified form); readings are tone-marked syllables separated by
// spaces, neutral tone unmarked. Keep sorted by word. Each entry is tested (tests/unit/pinyin/dictionary.test.ts):
// raw pinyin-pro misreads it (alone, or in `example` when the error only shows in context) and the engine
// reads it right.
import { convert, customPinyin } from 'pinyin-pro';
import type { WorkMeter } from './meter';
import { parseNumbered, type NumberedSyllable } from './syllable';

export interface DictionaryEntry {
  word: string;
  reading: string;
  /** A real sentence where pinyin-pro misreads the word although it reads it right on its own. */
  example?: string;
}

export const PRESS_DICTIONARY: readonly DictionaryEntry[] = [
  { word: '主要是', reading: 'zhǔ yào shì' },
  { word: '做得', reading: 'zuò de' },
  { word: '副处长', reading: 'fù chù zhǎng' },
  { word: '单霁翔', reading: 'shàn jì xiáng' },
  { word: '参议员', reading: 'cān yì yuán', example: '民主党参议员梅内德斯' },
  { word: '参议院', reading: 'cān yì yuàn', example: '民主党参议院领袖' },
  { word: '司长', reading: 'sī zhǎng', example: '首先请毛盛勇司长发布' },
  { word: '商量', reading: 'shāng liang' },
  { word: '喧嚣', reading: 'xuān xiāo' },
  { word: '基调', reading: 'jī diào' },
  { word: '处在', reading: 'chǔ zài' },
  { word: '处长', reading: 'chù zhǎng' },
  { word: '央行', reading: 'yāng háng' },
  { word: '局长', reading: 'jú zhǎng' },
  { word: '排行榜', reading: 'pái háng bǎng' },
  { word: '曾俊华', reading: 'zēng jùn huá' },
  { word: '曾培炎', reading: 'zēng péi yán' },
  { word: '曾庆红', reading: 'zēng qìng hóng' },
  { word: '曾荫权', reading: 'zēng yìn quán' },
  { word: '最为', reading: 'zuì wéi' },
  { word: '朝鲜', reading: 'cháo xiǎn' },
  { word: '率先', reading: 'shuài xiān' },
  { word: '睁着', reading: 'zhēng zhe', example: '睁着眼睛说瞎话' },
  { word: '种植', reading: 'zhòng zhí' },
  { word: '秘书长', reading: 'mì shū zhǎng' },
  { word: '署长', reading: 'shǔ zhǎng' },
  { word: '解振华', reading: 'xiè zhèn huá' },
  { word: '载体', reading: 'zài tǐ' },
  { word: '还款', reading: 'huán kuǎn' },
  { word: '还贷', reading: 'huán dài' },
  { word: '重拾', reading: 'chóng shí' },
  { word: '重组', reading: 'chóng zǔ' },
  { word: '量化', reading: 'liàng huà' },
  { word: '闵行', reading: 'mǐn háng' },
];

let applied = false;

/** customPinyin is global state inside pinyin-pro and rebuilds its matcher on every call, so the dictionary is
 *  registered once per JS realm. customPinyin merges, so entries other code registers are kept. */
export function ensurePressDictionary(): void {
  if (applied) return;
  customPinyin(Object.fromEntries(PRESS_DICTIONARY.map((e) => [e.word, e.reading])));
  applied = true;
}

interface Compiled {
  byFirst: Map<string, { word: string; syllables: NumberedSyllable[] }[]>;
  /** Length of the longest word. */
  longest: number;
}
let compiled: Compiled | null = null;

function compile(): Compiled {
  const byFirst: Compiled['byFirst'] = new Map();
  let longest = 0;
  for (const e of PRESS_DICTIONARY) {
    const syllables = convert(e.reading, { format: 'symbolToNum' })
      .split(/\s+/)
      .map((s) => parseNumbered(s));
    if (syllables.length !== e.word.length || syllables.some((s) => s === null)) continue;
    const first = e.word[0] as string;
    const list = byFirst.get(first) ?? [];
    list.push({ word: e.word, syllables: syllables as NumberedSyllable[] });
    byFirst.set(first, list);
    longest = Math.max(longest, e.word.length);
  }
  return { byFirst, longest };
}

export interface DictionaryMatch {
  start: number;
  syllables: NumberedSyllable[];
}

/**
 * Occurrences of dictionary words in `form` (Simplified), to be applied over the engine's readings whatever
 * the word segmentation did (ICU splits 政务司司长谈 as 司/长谈). Ambiguous places stay with the engine: a match
 * inside a longer match is dropped, and two matches that partly overlap (社会|长远 vs 会长) are both dropped.
 */
export function dictionaryMatches(form: string, meter?: WorkMeter): DictionaryMatch[] {
  compiled ??= compile();
  const found: DictionaryMatch[] = [];
  for (let i = 0; i < form.length; i++) {
    const list = compiled.byFirst.get(form[i] as string);
    if (!list) continue;
    for (const e of list) {
      if (meter) meter.dictionaryProbes++;
      if (form.startsWith(e.word, i)) found.push({ start: i, syllables: e.syllables });
    }
  }
  const end = (m: DictionaryMatch): number => m.start + m.syllables.length;
  // `found` is ordered by start and no word is longer than compiled.longest, so only matches starting within
  // that distance can overlap m: each match is compared with a bounded number of neighbours.
  const overlapped = (m: DictionaryMatch, k: number): boolean => {
    for (let j = k - 1; j >= 0 && (found[j] as DictionaryMatch).start > m.start - compiled!.longest; j--) {
      if (meter) meter.dictionaryProbes++;
      if (covers(found[j] as DictionaryMatch, m)) return true;
    }
    for (let j = k + 1; j < found.length && (found[j] as DictionaryMatch).start < end(m); j++) {
      if (meter) meter.dictionaryProbes++;
      if (covers(found[j] as DictionaryMatch, m)) return true;
    }
    return false;
  };
  return found.filter((m, k) => !overlapped(m, k));
}

/** o makes m ambiguous: o contains m and is longer, or the two partly overlap. */
function covers(o: DictionaryMatch, m: DictionaryMatch): boolean {
  const oEnd = o.start + o.syllables.length;
  const mEnd = m.start + m.syllables.length;
  const contains = o.start <= m.start && oEnd >= mEnd && o.syllables.length > m.syllables.length;
  const partial =
    o.start < mEnd && m.start < oEnd && !(o.start <= m.start && oEnd >= mEnd) && !(m.start <= o.start && mEnd >= oEnd);
  return contains || partial;
}
