import { getConverter, type ConvertFn, type Locale } from './converters';
import { detectSource } from './source';
import type { Script, Variant } from './types';

/** BCP 47 tags set on converted content so the browser picks matching glyph forms. */
export const VARIANT_LANG: Record<Exclude<Variant, 'original'>, string> = {
  hans: 'zh-Hans',
  tw: 'zh-Hant-TW',
  hk: 'zh-Hant-HK',
};

const identity: ConvertFn = (text) => text;

/** The converter from a page's source locale to a reading variant. A Simplified page read as 简体 and a
 *  Traditional page read in its own region are left as published. */
export function converterFor(variant: Variant, source: Locale): ConvertFn {
  switch (variant) {
    case 'original':
      return identity;
    case 'hans':
      return source === 'cn' ? identity : getConverter(source, 'cn');
    case 'tw':
      // A gateway copy is already in Taiwan wording; only Taiwan character forms are applied.
      return source === 'tw' ? identity : getConverter(source === 'twp' ? 't' : source, 'tw');
    case 'hk':
      // twp → hk undoes the gateway's Taiwan phrases (網際網路 → 互聯網) before applying Hong Kong forms.
      return source === 'hk' ? identity : getConverter(source, 'hk');
  }
}

export function convertText(text: string, variant: Variant, source: Locale): string {
  return converterFor(variant, source)(text);
}

/** Where text pieces are cut for mapping a converted quote back: phrase keys never span these. */
const CUT = /[\s，。！？；：、“”‘’「」『』（）()《》,.!?;:]/;

/** Maps a passage of converted text back to the published wording it came from. Conversion is done piece by
 *  piece (cut at punctuation and spaces); inside a piece whose length did not change the mapping is exact,
 *  otherwise the passage is widened to the piece's edges. */
export function toOriginalText(passage: string, original: string, convert: ConvertFn): string {
  if (!passage) return passage;
  const pieces: string[] = [];
  let from = 0;
  for (let i = 0; i < original.length; i++) {
    if (CUT.test(original[i] as string)) {
      if (i > from) pieces.push(original.slice(from, i));
      pieces.push(original[i] as string);
      from = i + 1;
    }
  }
  if (from < original.length) pieces.push(original.slice(from));
  const converted = pieces.map(convert);
  const shown = converted.join('');
  const at = shown.indexOf(passage);
  if (at < 0) return passage;
  const end = at + passage.length;
  let o = 0;
  let c = 0;
  let start = -1;
  let stop = original.length;
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k] as string;
    const q = converted[k] as string;
    const exact = p.length === q.length;
    if (start < 0 && at < c + q.length) start = exact ? o + (at - c) : o;
    if (end <= c + q.length) {
      stop = exact ? o + (end - c) : o + p.length;
      break;
    }
    o += p.length;
    c += q.length;
  }
  return original.slice(Math.max(start, 0), stop);
}

export interface Conversion {
  script: Script;
  source: Locale;
  /** Big5-gateway copy of a mainland page (Taiwan phrases are undone for 简体 and 繁體 (香港)). */
  gateway: boolean;
  converter(variant: Variant): ConvertFn;
  /** The published wording of a passage shown in another variant, given the published text it was cut from.
   *  variant defaults to the one last asked of converter(). */
  toOriginal(passage: string, originalContext: string, variant?: Variant): string;
}

/** Everything the reader needs to switch a page's script, decided once from its text and URL. */
export function createConversion(text: string, url?: string): Conversion {
  const verdict = detectSource(text, url);
  let variantShown: Variant = 'original';
  const conversion: Conversion = {
    script: verdict.script,
    source: verdict.source,
    gateway: verdict.source === 'twp',
    converter(variant) {
      variantShown = variant;
      return converterFor(variant, verdict.source);
    },
    toOriginal(passage, originalContext, variant = variantShown) {
      if (variant === 'original') return passage;
      return toOriginalText(passage, originalContext, converterFor(variant, verdict.source));
    },
  };
  return conversion;
}
