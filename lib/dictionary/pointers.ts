// CC-CEDICT entries that only point elsewhere ("see 基友[ji1 you3]", "variant of 屄[bi1]", "old variant of
// 五[wu3]") are followed one level, so the card shows the glosses of the word pointed to. References are written
// `traditional|simplified[pinyin]`, or one form when both scripts agree, the reading optional.
import type { DictEntry, Dictionary, HeadwordScript } from './lookup';
import { sameReading } from './reading';

export interface Reference {
  traditional: string;
  simplified: string;
  pinyin: string | null;
}

export interface Followed {
  /** The gloss as written ("see 開金|开金[kai1 jin1]"). */
  gloss: string;
  reference: Reference;
  /** The glosses of the entries referred to (their own pointers not followed again). */
  glosses: string[];
}

export interface ResolvedEntry extends DictEntry {
  followed: Followed[];
}

const POINTER = /^(?:see(?: also)?|(?:[a-z-]+ )*variant of) ([^\s[\]|]+)(?:\|([^\s[\]|]+))?(?:\[([^\]]+)\])?$/i;

/** The reference a gloss consists of, or null when the gloss says something of its own. */
export function referenceIn(gloss: string): Reference | null {
  const m = POINTER.exec(gloss.trim());
  if (!m || !m[1]) return null;
  return { traditional: m[1], simplified: m[2] ?? m[1], pinyin: m[3] ?? null };
}

export function isPointer(gloss: string): boolean {
  return referenceIn(gloss) !== null;
}

/** The entry with each pointer gloss followed once. */
export function resolveEntry(dict: Dictionary, entry: DictEntry, script: HeadwordScript): ResolvedEntry {
  const followed: Followed[] = [];
  for (const gloss of entry.glosses) {
    const reference = referenceIn(gloss);
    if (!reference) continue;
    const word = script === 'hans' ? reference.simplified : reference.traditional;
    let targets = dict.entries(word, script === 'any' ? 'hant' : script);
    if (targets.length === 0 && script === 'any') targets = dict.entries(reference.simplified, 'hans');
    const byReading = reference.pinyin ? targets.filter((t) => sameReading(t.pinyin, reference.pinyin!)) : [];
    const chosen = byReading.length > 0 ? byReading : targets;
    const glosses = chosen.flatMap((t) => t.glosses.filter((g) => !isPointer(g)));
    followed.push({ gloss, reference, glosses });
  }
  return { ...entry, followed };
}

/** A gloss with its references in one script, for display: "abbr. for 長江三角洲|长江三角洲" → "abbr. for 長江三角洲"
 *  on a Traditional page. Mixed text keeps the Traditional form, as CC-CEDICT writes it first. */
export function glossInScript(gloss: string, script: HeadwordScript): string {
  return gloss.replace(/([^\s[\]|,;:()]+)\|([^\s[\]|,;:()]+)/gu, (_, trad: string, simp: string) =>
    script === 'hans' ? simp : trad,
  );
}
