// Small text helpers shared by the block reader, the label parser and detection. All linear in the input.

const CJK_RE = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const LATIN_RE_G = /[A-Za-z]/g;

export function hasCjk(s: string): boolean {
  return CJK_RE.test(s);
}

/** CJK characters in `s`, counting no further than `max` (a caller that only needs "at least n" stops early). */
export function countCjk(s: string, max = Infinity): number {
  let n = 0;
  for (let i = 0; i < s.length && n < max; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) n++;
  }
  return n;
}

/** A paragraph written in a Latin-script language (the English half of a bilingual page). */
export function isForeignParagraph(s: string): boolean {
  if (CJK_RE.test(s)) return false;
  const latin = s.match(LATIN_RE_G)?.length ?? 0;
  return latin >= 3 && latin >= s.length * 0.4;
}

/** Whitespace-collapsed and trimmed, as a reader sees it (\s covers U+3000 indents and NBSP). */
export function collapseSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Table-cell separators left by text extraction (mfa-20200428-oneline, mofcom-20220609-bilingual: "… |"). */
export function stripCellPipes(s: string): string {
  return s
    .replace(/^(?:\|\s*)+/, '')
    .replace(/(?:\s*\|)+$/, '')
    .trim();
}
