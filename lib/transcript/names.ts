// Personal names: a surname from the complete table (surnames.ts) and a short run of characters that are no speech.
import { NOT_LABELS, NOT_NAME_CHARS_RE, SPEECH_VERB_RE } from './lexicon';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './surnames';

export const NAME_RE = /^[\u4e00-\u9fff][\u4e00-\u9fff·•]{1,4}$/;

const SURNAME_SET: ReadonlySet<string> = new Set([...SINGLE_SURNAMES, ...COMPOUND_SURNAMES]);
const COMPOUND_SET: ReadonlySet<string> = new Set(COMPOUND_SURNAMES);

/** Starts with a surname of the complete table: 肖亮 as surely as 王亮, 歐陽 and 諸葛 included. */
export function isSurnameStart(s: string): boolean {
  return SURNAME_SET.has(s.slice(0, 1)) || SURNAME_SET.has(s.slice(0, 2));
}

/** Starts with a compound surname (歐陽, 司馬) or with two surnames, as HK married names do (林鄭月娥). */
export function isTwoSurnameStart(s: string): boolean {
  return COMPOUND_SET.has(s.slice(0, 2)) || (SURNAME_SET.has(s.slice(0, 1)) && SURNAME_SET.has(s.slice(1, 2)));
}

export function isCompoundSurnameStart(s: string): boolean {
  return COMPOUND_SET.has(s.slice(0, 2));
}

/**
 * A bare personal name: 2–5 CJK characters (· for minority names), no speech words. A surname is not read as a
 * speech word: 于洋, 方芳 and 東方英 are names, while 关于 and 方面 stay words (their second character is one).
 */
export function isNameLike(s: string): boolean {
  if (!NAME_RE.test(s) || NOT_LABELS.has(s) || SPEECH_VERB_RE.test(s)) return false;
  const surname = COMPOUND_SET.has(s.slice(0, 2)) ? 2 : SURNAME_SET.has(s.slice(0, 1)) ? 1 : 0;
  const rest = s.slice(surname);
  return !NOT_NAME_CHARS_RE.test(rest);
}
