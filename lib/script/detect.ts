import type { Locale } from './converters';
import { HANS_ONLY, HANT_ONLY } from './script-chars';
import type { Script } from './types';

const SAMPLE_LIMIT = 20000;
/** Share of one script's distinctive characters above which a text counts as written in that script: Big5
 *  gateways leave a few Simplified leftovers, Simplified pages quote the odd Traditional name. */
const DOMINANT = 0.9;

const HANS = 1;
const HANT = 2;
// One byte per BMP code unit (a Set of 6,000 code points took milliseconds to build in a cold content script);
// the few distinctive characters outside the BMP go in a map.
let table: { bmp: Uint8Array; astral: Map<number, number> } | null = null;
function scriptTable(): { bmp: Uint8Array; astral: Map<number, number> } {
  if (!table) {
    const bmp = new Uint8Array(0x10000);
    const astral = new Map<number, number>();
    const mark = (chars: string, kind: number) => {
      for (let i = 0; i < chars.length; i++) {
        const cp = chars.codePointAt(i) ?? 0;
        if (cp > 0xffff) {
          astral.set(cp, kind);
          i++;
        } else bmp[cp] = kind;
      }
    };
    mark(HANS_ONLY, HANS);
    mark(HANT_ONLY, HANT);
    table = { bmp, astral };
  }
  return table;
}

/** At most SAMPLE_LIMIT characters, taken from the start, middle and end so long pages stay cheap. */
export function scriptSample(text: string, limit = SAMPLE_LIMIT): string {
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
  const { bmp, astral } = scriptTable();
  const sample = scriptSample(text);
  let h = 0;
  let t = 0;
  for (let i = 0; i < sample.length; i++) {
    let cp = sample.charCodeAt(i);
    if (cp < 0x3400) continue;
    let kind: number;
    if (cp >= 0xd800 && cp <= 0xdbff) {
      cp = sample.codePointAt(i) ?? cp;
      i++;
      kind = astral.get(cp) ?? 0;
    } else kind = bmp[cp] ?? 0;
    if (kind === HANS) h++;
    else if (kind === HANT) t++;
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
