// One syllable in the reader's tone style. Kept apart from readings.ts so code that formats readings it already
// has (the word card's dictionary entries) does not pull in pinyin-pro.
import { numberedToMarks, numberedToString, type NumberedSyllable, type ToneStyle } from './syllable';
import { numberedToZhuyin } from './zhuyin';

export function formatSyllable(syl: NumberedSyllable, tone: ToneStyle = 'marks'): string {
  switch (tone) {
    case 'numbers':
      return numberedToString(syl);
    case 'zhuyin':
      return numberedToZhuyin(syl) ?? numberedToString(syl);
    case 'marks':
      return numberedToMarks(syl);
  }
}
