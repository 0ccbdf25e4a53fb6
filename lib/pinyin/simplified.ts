// pinyin-pro resolves polyphones from Simplified word lists only, so Traditional text is read through its
// Simplified form. Readings are looked up by index, so the Simplified form must have exactly the input's length:
// only the character-level converter is used (never the Taiwan phrase converter, which rewrites 網際網路 → 互联网).
// The converter is passed in: the reader's pinyin engine takes the one the script engine has already loaded in the
// tab, so its own bundle does not carry opencc's dictionaries a second time (lib/pinyin/standard.ts binds opencc's
// for everyone else).

/** OpenCC's character-level Traditional → Simplified conversion ('t' → 'cn'). */
export type ToSimplified = (text: string) => string;

const HAN_RUN = /\p{Script=Han}+/gu;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** True when `b` can stand in for `a` index by index: same length, surrogate pairs in the same places. */
function aligned(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (isHighSurrogate(a.charCodeAt(i)) !== isHighSurrogate(b.charCodeAt(i))) return false;
  }
  return true;
}

/**
 * The Simplified form of `text`, index-aligned with it (result.length === text.length, and result[i] is the
 * Simplified counterpart of text[i]). Where OpenCC would change a length, that run of hanzi is converted one
 * character at a time, and a character whose conversion still does not fit is kept as it is.
 */
export function simplifiedAligned(text: string, toCn: ToSimplified): string {
  const whole = toCn(text);
  if (aligned(text, whole)) return whole;
  return text.replace(HAN_RUN, (run) => {
    const converted = toCn(run);
    if (aligned(run, converted)) return converted;
    let out = '';
    for (const ch of run) {
      const c = toCn(ch);
      out += aligned(ch, c) ? c : ch;
    }
    return out;
  });
}
