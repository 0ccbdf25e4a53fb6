// CC-CEDICT readings ("Chang2 San1 jiao3", "lu:4", "xx5", "3D") in the reader's tone style. Capitals mark names in
// CC-CEDICT and are kept; anything that is not a syllable is shown as written.
import { formatSyllable } from '../pinyin/format';
import { parseNumbered, type ToneStyle } from '../pinyin/syllable';

export function formatReading(pinyin: string, tone: ToneStyle): string {
  return pinyin
    .split(' ')
    .filter((s) => s !== '')
    .map((raw) => {
      const syl = /^[A-Za-z:üÜ]+[1-5]$/.test(raw) ? parseNumbered(raw) : null;
      if (!syl) return raw;
      const shown = formatSyllable(syl, tone);
      return tone !== 'zhuyin' && /^[A-Z]/.test(raw) ? shown.charAt(0).toUpperCase() + shown.slice(1) : shown;
    })
    .join(' ');
}

/** Whether two readings are the same word sound, ignoring case (names) and how ü is written. */
export function sameReading(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/u:|v/g, 'ü').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}
