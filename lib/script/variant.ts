// Facts about the reading variants that the UI needs without the converters (conversion.ts imports the
// dictionaries, a few megabytes).
import type { Variant } from './types';

// The reader's controller imports the type from here.
export type { Conversion } from './conversion';

const VARIANT_LANG: Record<Exclude<Variant, 'original'>, string> = {
  hans: 'zh-Hans',
  tw: 'zh-Hant-TW',
  hk: 'zh-Hant-HK',
};

/** The BCP 47 tag of text shown in a reading variant, so the browser picks matching glyph forms (and fonts);
 *  for 原文, the page's own language when known. */
export function variantLang(variant: Variant, pageLang?: string | null): string {
  return variant === 'original' ? pageLang || 'zh' : VARIANT_LANG[variant];
}
