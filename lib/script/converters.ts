// One cached converter per (from, to) pair, built once and reused by every caller (reader view, pinyin, figures,
// CLI). The conversion recipes are opencc-js's own (same dictionaries, same segmentation and chains, see its
// preset configs), run on the flat-map matcher of dict-table.ts, which builds in a fraction of the time and memory
// of opencc-js's trie. One deliberate difference: 'twp' as a source uses the gateway-safe reverse phrase table
// (taiwan-phrases.ts), so genuine mainland words on Big5-gateway pages are not rewritten.
import CJK_Compatibility_Ideographs from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import HKVariants from 'opencc-js/dict/HKVariants';
import HKVariantsPhrases from 'opencc-js/dict/HKVariantsPhrases';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrases_Generated from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWPhrases from 'opencc-js/dict/TWPhrases';
import TWPhrasesRev from 'opencc-js/dict/TWPhrasesRev';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import { convertWith, makeTable, parseDict, segmentWith, type Dict, type ProbeMeter, type Table } from './dict-table';
import { TW_PHRASES_ALSO_MAINLAND } from './taiwan-phrases';

/** opencc-js locale codes: cn = mainland Simplified, tw / hk = Traditional with regional forms,
 *  twp = Taiwan with phrase conversion (網際網路 ↔ 互联网), t = OpenCC standard Traditional. */
export type Locale = 'cn' | 'tw' | 'twp' | 'hk' | 't';
export type ConvertFn = (text: string) => string;

type DictName =
  | 'CJK'
  | 'HKVariants'
  | 'HKVariantsPhrases'
  | 'HKVariantsRev'
  | 'HKVariantsRevPhrases'
  | 'STCharacters'
  | 'STPhrases'
  | 'STPhrasesGen'
  | 'TSCharacters'
  | 'TSPhrases'
  | 'TWPhrases'
  | 'TWPhrasesRevSafe'
  | 'TWVariants'
  | 'TWVariantsPhrases'
  | 'TWVariantsRev'
  | 'TWVariantsRevPhrases';

function gatewaySafeReverse(serialised: string): string {
  return serialised
    .split('|')
    .filter((entry) => !TW_PHRASES_ALSO_MAINLAND.has(entry.slice(0, entry.indexOf(' '))))
    .join('|');
}

const sources: Record<DictName, () => string> = {
  CJK: () => CJK_Compatibility_Ideographs,
  HKVariants: () => HKVariants,
  HKVariantsPhrases: () => HKVariantsPhrases,
  HKVariantsRev: () => HKVariantsRev,
  HKVariantsRevPhrases: () => HKVariantsRevPhrases,
  STCharacters: () => STCharacters,
  STPhrases: () => STPhrases,
  STPhrasesGen: () => STPhrases_Generated,
  TSCharacters: () => TSCharacters,
  TSPhrases: () => TSPhrases,
  TWPhrases: () => TWPhrases,
  TWPhrasesRevSafe: () => gatewaySafeReverse(TWPhrasesRev),
  TWVariants: () => TWVariants,
  TWVariantsPhrases: () => TWVariantsPhrases,
  TWVariantsRev: () => TWVariantsRev,
  TWVariantsRevPhrases: () => TWVariantsRevPhrases,
};

// Parsed dictionaries are shared between converters (STPhrases serves cn→tw, cn→hk and cn→twp alike).
const dictCache = new Map<DictName, Dict>();
function dict(name: DictName): Dict {
  let d = dictCache.get(name);
  if (!d) {
    d = parseDict(sources[name]());
    dictCache.set(name, d);
  }
  return d;
}
function table(names: readonly DictName[]): Table {
  return makeTable(names.map(dict));
}

interface Recipe {
  segmentation?: readonly DictName[];
  chain: readonly (readonly DictName[])[];
  /** opencc-js normalises CJK compatibility ideographs first for its configured pairs only. */
  normalize: boolean;
}

const FROM: Record<Exclude<Locale, 't'>, readonly (readonly DictName[])[]> = {
  cn: [['STPhrases', 'STCharacters']],
  hk: [['HKVariantsRevPhrases', 'HKVariantsRev']],
  tw: [['TWVariantsRevPhrases', 'TWVariantsRev']],
  twp: [['TWPhrasesRevSafe', 'TWVariantsRevPhrases', 'TWVariantsRev']],
};
const TO: Record<Exclude<Locale, 't'>, readonly (readonly DictName[])[]> = {
  cn: [['TSPhrases', 'TSCharacters']],
  hk: [['HKVariantsPhrases', 'HKVariants']],
  tw: [['TWVariantsPhrases', 'TWVariants']],
  twp: [['TWPhrases'], ['TWVariantsPhrases', 'TWVariants']],
};

const ST_SEG: readonly DictName[] = ['STPhrases', 'STPhrasesGen'];
const ST_FULL: readonly DictName[] = ['STPhrases', 'STPhrasesGen', 'STCharacters'];
const TS_SEG: readonly DictName[] = ['TSPhrases'];
const TS_FULL: readonly DictName[] = ['TSPhrases', 'TSCharacters'];

// Mirrors opencc-js 1.4.2 preset/full.js "configs" for the pairs it configures.
const CONFIGS: Partial<Record<string, Omit<Recipe, 'normalize'>>> = {
  'cn>t': { chain: [ST_FULL] },
  'cn>tw': { segmentation: ST_SEG, chain: [ST_FULL, ['TWVariantsPhrases', 'TWVariants']] },
  'cn>twp': { segmentation: ST_SEG, chain: [ST_FULL, ['TWPhrases', 'TWVariantsPhrases', 'TWVariants']] },
  'cn>hk': { segmentation: ST_SEG, chain: [ST_FULL, ['HKVariantsPhrases', 'HKVariants']] },
  'tw>cn': { segmentation: TS_SEG, chain: [['TWVariantsRevPhrases', 'TWVariantsRev'], TS_FULL] },
  'twp>cn': { segmentation: TS_SEG, chain: [['TWPhrasesRevSafe', 'TWVariantsRevPhrases', 'TWVariantsRev'], TS_FULL] },
  'hk>cn': { segmentation: TS_SEG, chain: [['HKVariantsRevPhrases', 'HKVariantsRev'], TS_FULL] },
  't>cn': { chain: [TS_FULL] },
  't>tw': { chain: [['TWVariantsPhrases', 'TWVariants']] },
  't>hk': { chain: [['HKVariantsPhrases', 'HKVariants']] },
  'tw>t': { chain: [['TWVariantsRevPhrases', 'TWVariantsRev']] },
  'hk>t': { chain: [['HKVariantsRevPhrases', 'HKVariantsRev']] },
};

function recipe(from: Locale, to: Locale): Recipe {
  const configured = CONFIGS[`${from}>${to}`];
  if (configured) return { ...configured, normalize: true };
  // opencc-js's fallback for unconfigured pairs: the source's groups, then the target's, each over the whole text.
  const chain = [...(from === 't' ? [] : FROM[from]), ...(to === 't' ? [] : TO[to])];
  return { chain, normalize: false };
}

/** A converter that also counts its dictionary probes (tests of linearity). */
export type MeteredConvertFn = (text: string, meter?: ProbeMeter) => string;

function build(from: Locale, to: Locale): MeteredConvertFn {
  if (from === to) return (text) => text;
  const r = recipe(from, to);
  const normalizer = r.normalize ? table(['CJK']) : null;
  const segmenter = r.segmentation ? table(r.segmentation) : null;
  const stages = r.chain.map(table);
  return (text, meter) => {
    const input = normalizer ? convertWith(normalizer, text, meter) : text;
    if (!segmenter) return stages.reduce((acc, t) => convertWith(t, acc, meter), input);
    const segments = segmentWith(segmenter, input, meter);
    let out = '';
    for (const segment of segments) {
      let s = segment;
      for (const t of stages) s = convertWith(t, s, meter);
      out += s;
    }
    return out;
  };
}

const cache = new Map<string, { plain: ConvertFn; metered: MeteredConvertFn }>();

function converterPair(from: Locale, to: Locale): { plain: ConvertFn; metered: MeteredConvertFn } {
  const key = `${from}>${to}`;
  let pair = cache.get(key);
  if (!pair) {
    const metered = build(from, to);
    pair = { plain: (text) => metered(text), metered };
    cache.set(key, pair);
  }
  return pair;
}

export function getConverter(from: Locale, to: Locale): ConvertFn {
  return converterPair(from, to).plain;
}

/** The same converter as getConverter's, taking a meter. */
export function getMeteredConverter(from: Locale, to: Locale): MeteredConvertFn {
  return converterPair(from, to).metered;
}
