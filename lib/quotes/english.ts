// The English citation of a quote, for writing in English about what was said:
//   “…” — Mao Ning, Spokesperson of the Ministry of Foreign Affairs, regular press conference, 4 January 2023, https://…
// Names, roles, outlets and the kind of event come from the official terms (lib/terms), each government's own
// English; a speaker the terms do not name is written in pinyin, surname first, by a romaniser passed in (the
// pinyin engine stays out of this module).
import { createTermIndex, foldVariants, type Term, type TermIndex } from '../terms/index';
import type { Quote } from './model';

let index: TermIndex | null = null;
const terms = () => (index ??= createTermIndex());

/** Readings of a name, one syllable per character, e.g. 毛宁 → ["máo", "níng"]. */
export type Romaniser = (name: string) => string[];

/** Two-character surnames: the given name starts after them. */
const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '歐陽',
  '司马',
  '司馬',
  '上官',
  '诸葛',
  '諸葛',
  '东方',
  '東方',
  '皇甫',
  '令狐',
  '慕容',
  '夏侯',
  '尉迟',
  '尉遲',
  '公孙',
  '公孫',
  '司徒',
  '长孙',
  '長孫',
  '宇文',
  '端木',
  '澹台',
  '澹臺',
]);

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** 毛宁 → Mao Ning, 欧阳玉靖 → Ouyang Yujing: surname first, the given name as one word, tone marks dropped. */
export function pinyinName(name: string, romanise: Romaniser): string | null {
  const chars = [...name];
  if (chars.length < 2 || chars.length > 4 || !chars.every((c) => /\p{Script=Han}/u.test(c))) return null;
  const syllables = romanise(name).map((s) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
  );
  if (syllables.length !== chars.length || syllables.some((s) => !/^[a-zü]+$/.test(s))) return null;
  const split = chars.length > 2 && COMPOUND_SURNAMES.has(chars.slice(0, 2).join('')) ? 2 : 1;
  const surname = capital(syllables.slice(0, split).join(''));
  const given = capital(syllables.slice(split).join(''));
  return `${surname} ${given}`;
}

function official(word: string | null, kinds: readonly Term['kind'][]): string | null {
  if (!word) return null;
  const found = terms()
    .exact(word.trim())
    .find((t) => kinds.includes(t.kind));
  return found ? found.english.replace(/^the /, '') : null;
}

/** The kind of event a conference title names (例行记者会 → regular press conference), from the terms' events. */
export function eventName(title: string | null): string | null {
  if (!title) return null;
  const folded = foldVariants(title);
  let best: Term | null = null;
  for (let i = 0; i < folded.length; i++) {
    const m = terms().longestAt(folded, i);
    const event = m?.terms.find((t) => t.kind === 'event');
    if (event && (!best || foldVariants(event.simplified).length > foldVariants(best.simplified).length)) best = event;
  }
  return best?.english ?? null;
}

export interface EnglishOptions {
  romanise?: Romaniser;
  /** The conference date as English writes it (4 January 2023), or ''. */
  date: string;
}

export function formatEnglishCitation(quote: Quote, o: EnglishOptions): string {
  const romanise = o.romanise;
  const speaker = quote.speaker
    ? (official(quote.speaker, ['person']) ?? (romanise ? pinyinName(quote.speaker, romanise) : null) ?? quote.speaker)
    : null;
  const role = official(quote.role, ['title']) ?? quote.role;
  const outlet = official(quote.outlet, ['outlet']) ?? quote.outlet;
  const who = speaker ? [speaker, role] : [outlet ? `question from ${outlet}` : null];
  const parts = [...who, eventName(quote.conferenceTitle), o.date, quote.fragmentUrl || quote.url];
  const body = quote.text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/“/g, '‘')
    .replace(/”/g, '’');
  const rest = parts.filter((p): p is string => !!p).join(', ');
  return rest ? `“${body}” — ${rest}` : `“${body}”`;
}
