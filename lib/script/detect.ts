import type { Locale } from './converters';
import { HANS_ONLY, HANT_ONLY } from './script-chars';
import type { Script } from './types';

const SAMPLE_LIMIT = 20000;
/** Share of one script's distinctive characters above which a text counts as written in that script: Big5
 *  gateways leave a few Simplified leftovers, Simplified pages quote the odd Traditional name. */
const DOMINANT = 0.9;

let sets: { hans: Set<number>; hant: Set<number> } | null = null;
function scriptSets(): { hans: Set<number>; hant: Set<number> } {
  if (!sets) {
    const toSet = (s: string) => new Set([...s].map((c) => c.codePointAt(0) ?? 0));
    sets = { hans: toSet(HANS_ONLY), hant: toSet(HANT_ONLY) };
  }
  return sets;
}

/** At most SAMPLE_LIMIT characters, taken from the start, middle and end so long pages stay cheap. */
export function sampleText(text: string, limit = SAMPLE_LIMIT): string {
  if (text.length <= limit) return text;
  const part = Math.floor(limit / 3);
  const mid = Math.floor(text.length / 2 - part / 2);
  return text.slice(0, part) + text.slice(mid, mid + part) + text.slice(text.length - part);
}

export interface ScriptCounts {
  hans: number;
  hant: number;
}

export function countScriptChars(text: string): ScriptCounts {
  const { hans, hant } = scriptSets();
  const sample = sampleText(text);
  let h = 0;
  let t = 0;
  for (let i = 0; i < sample.length; i++) {
    let cp = sample.charCodeAt(i);
    if (cp < 0x3400) continue;
    if (cp >= 0xd800 && cp <= 0xdbff) {
      cp = sample.codePointAt(i) ?? cp;
      i++;
    }
    if (hans.has(cp)) h++;
    else if (hant.has(cp)) t++;
  }
  return { hans: h, hant: t };
}

export function scriptOf(counts: ScriptCounts): Script {
  const total = counts.hans + counts.hant;
  if (total === 0) return 'mixed';
  if (counts.hant / total >= DOMINANT) return 'hant';
  if (counts.hans / total >= DOMINANT) return 'hans';
  return 'mixed';
}

/** hans | hant | mixed, from characters that exist in one script only (no distinctive character: mixed). */
export function detectScript(text: string): Script {
  return scriptOf(countScriptChars(text));
}

export type { Locale };
