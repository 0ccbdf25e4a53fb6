// One cached converter per (from, to) pair: opencc-js builds its dictionaries on first use (100+ ms), so a
// converter must be built once and reused by every caller (reader view, pinyin, figures, CLI).
import { Converter } from 'opencc-js';

/** opencc-js locale codes: cn = mainland Simplified, tw / hk = Traditional with regional forms,
 *  twp = Taiwan with phrase conversion (網際網路 ↔ 互联网), t = OpenCC standard Traditional. */
export type Locale = 'cn' | 'tw' | 'twp' | 'hk' | 't';
export type ConvertFn = (text: string) => string;

const cache = new Map<string, ConvertFn>();

export function getConverter(from: Locale, to: Locale): ConvertFn {
  const key = `${from}>${to}`;
  let fn = cache.get(key);
  if (!fn) {
    fn = Converter({ from, to });
    cache.set(key, fn);
  }
  return fn;
}
