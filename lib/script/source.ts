// Which opencc source locale a page's text is in, for `--from auto` and the content script.
import TWPhrasesRev from 'opencc-js/dict/TWPhrasesRev';
import type { Locale } from './converters';
import { hostOf } from '../url';
import { countScriptChars, scriptSample, scriptOf } from './detect';
import { TW_PHRASES_ALSO_MAINLAND } from './taiwan-phrases';
import type { Script } from './types';

// Institutions and terms that place a Traditional-character text on one side of the strait or in Hong Kong.
// Written in Traditional characters, as they appear on gateway copies and on Taiwan / Hong Kong pages.
const MAINLAND_MARKERS = [
  '國務院',
  '黨中央',
  '中共中央',
  '習近平',
  '全國人大',
  '全國政協',
  '人大常委會',
  '市委',
  '省委',
  '區委',
  '自治區',
  '人民幣',
  '發改委',
  '新華社',
  '人民日報',
  '國新辦',
  '國台辦',
  '國臺辦',
  '總臺',
  '黨組',
  '中央企業',
  '長三角',
  '一帶一路',
  '小康社會',
  '社會主義',
  '中國特色',
];
const TAIWAN_MARKERS = [
  '行政院',
  '立法院',
  '總統府',
  '中華民國',
  '民進黨',
  '國民黨',
  '陸委會',
  '新臺幣',
  '新台幣',
  '委員',
  '縣長',
  '院長',
];
const HONG_KONG_MARKERS = ['行政長官', '特區政府', '立法會', '香港', '律政司', '財政司', '政務司', '港元', '港幣'];

let phraseList: string[] | null = null;
/** Taiwan-side words of the gateway-safe reverse table: wording a mainland original never has. */
function taiwanPhrases(): string[] {
  if (!phraseList) {
    phraseList = TWPhrasesRev.split('|')
      .map((e) => e.split(' '))
      .filter(([k = '', v = '']) => k !== v && [...k].length >= 2 && !TW_PHRASES_ALSO_MAINLAND.has(k))
      .map(([k = '']) => k);
  }
  return phraseList;
}

function countDistinct(text: string, words: readonly string[]): string[] {
  return words.filter((w) => text.includes(w));
}

export function isBig5GatewayUrl(url: string | undefined): boolean {
  if (!url) return false;
  let host = '';
  let path = '';
  try {
    const u = new URL(url);
    host = u.hostname.toLowerCase();
    path = u.pathname.toLowerCase();
  } catch {
    return /(^|\/\/)big5\.|\/gate\/big5\//i.test(url);
  }
  return host.startsWith('big5.') || path.includes('/gate/big5/');
}

export interface TaiwanPhraseVerdict {
  /** Convert to Simplified with Taiwan-phrase reverse conversion (source locale 'twp'). */
  twp: boolean;
  gatewayUrl: boolean;
  /** Distinct Taiwan phrases found (網際網路, 資訊, 軟體 …). */
  phrases: string[];
  mainlandMarkers: string[];
  taiwanMarkers: string[];
}

/** Recognises Big5-gateway copies of mainland pages: a gateway URL, or Taiwan phrases in a text that is otherwise
 *  plainly mainland (mainland institutions, no Taiwan ones). */
export function detectTaiwanPhrases(text: string, url?: string): TaiwanPhraseVerdict {
  const sample = scriptSample(text);
  const gatewayUrl = isBig5GatewayUrl(url);
  const phrases = countDistinct(sample, taiwanPhrases());
  const mainlandMarkers = countDistinct(sample, MAINLAND_MARKERS);
  const taiwanMarkers = countDistinct(sample, TAIWAN_MARKERS);
  const textSaysGateway =
    taiwanMarkers.length === 0 &&
    ((phrases.length >= 2 && mainlandMarkers.length >= 2) || (phrases.length >= 1 && mainlandMarkers.length >= 3));
  return { twp: gatewayUrl || textSaysGateway, gatewayUrl, phrases, mainlandMarkers, taiwanMarkers };
}

export interface SourceVerdict {
  source: Locale;
  script: Script;
  taiwanPhrases: TaiwanPhraseVerdict;
}

export function detectSource(text: string, url?: string): SourceVerdict {
  const counts = countScriptChars(text);
  const script = scriptOf(counts);
  const taiwan = detectTaiwanPhrases(text, url);
  let source: Locale;
  if (script === 'hans') source = 'cn';
  else if (script === 'mixed') source = counts.hans >= counts.hant ? 'cn' : 't';
  else if (taiwan.twp) source = 'twp';
  else {
    const host = url ? hostOf(url) : '';
    const sample = scriptSample(text);
    const hk = host.endsWith('.hk') || host.endsWith('.mo') || countDistinct(sample, HONG_KONG_MARKERS).length >= 2;
    const tw = host.endsWith('.tw') || taiwan.taiwanMarkers.length >= 1;
    source = hk && !tw ? 'hk' : tw && !hk ? 'tw' : 't';
  }
  return { source, script, taiwanPhrases: taiwan };
}

/** The source locale for `--from auto`: cn | twp (Big5-gateway copy) | hk | tw | t (Traditional, region unknown). */
export function pickSource(text: string, url?: string): Locale {
  return detectSource(text, url).source;
}
