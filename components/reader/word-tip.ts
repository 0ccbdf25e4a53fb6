// What the hover shows for a paragraph offset: the pinyin tooltip (the engine's word and its reading in context)
// and, once the dictionary is loaded, the word card: the longest dictionary or official-terms word, looked up from
// the start of the engine's word when that word covers the pointer, else from the pointer itself (as Zhongwen and
// Yomitan do), so 長三角 reads as one word and 行長 in 銀行行長 as 行長.
import type { HeadwordScript, WordCard, WordCards } from '../../lib/dictionary/index';
import type { ReaderPinyin } from './types';

export interface TipInfo {
  word: string;
  /** Syllables in the chosen tone style, space-separated. */
  pinyin: string;
  /** The word in the other script, or null when it is written the same. */
  other: string | null;
  /** Paragraph offsets of the word. */
  start: number;
  end: number;
  /** The word card, when the dictionary is loaded and knows a word here. */
  card: WordCard | null;
}

type TipSource = Pick<ReaderPinyin, 'source' | 'tone' | 'convertOther'>;

/** The script whose headwords the card compares, from the text's BCP 47 language. */
export function headwordScript(lang: string): HeadwordScript {
  if (/^zh-(Hant|TW|HK|MO)\b/i.test(lang)) return 'hant';
  if (/^zh-(Hans|CN|SG)\b/i.test(lang)) return 'hans';
  return 'any';
}

function otherOf(word: string, pinyin: TipSource): string | null {
  const other = pinyin.convertOther ? pinyin.convertOther(word) : null;
  return other && other !== word ? other : null;
}

function cardFor(
  text: string,
  offset: number,
  from: number,
  pinyin: TipSource,
  cards: WordCards,
  script: HeadwordScript,
): WordCard | null {
  // The readings of the word asked for only: a page's text node may be a megabyte (the cache reads its chunks).
  const readingOf = (s: number, e: number) =>
    pinyin.source.readings?.(text, pinyin.tone, s, e).filter(Boolean).join(' ') || null;
  const opts = { script, tone: pinyin.tone, readingOf };
  const fromWord = from < offset ? cards.cardAt(text, from, opts) : null;
  if (fromWord && fromWord.end > offset) return fromWord;
  return cards.cardAt(text, offset, opts);
}

/** The tooltip's content for the character at `offset` of a paragraph's text, or null if it is not Chinese. */
export function tipFor(
  text: string,
  offset: number,
  pinyin: TipSource,
  cards: WordCards | null = null,
  script: HeadwordScript = 'any',
): TipInfo | null {
  const w = pinyin.source.wordAt(text, offset, pinyin.tone);
  if (!w || w.syllables.length === 0) return null;
  const card = cards ? cardFor(text, offset, w.start, pinyin, cards, script) : null;
  if (!card) {
    const { word, start, end } = w;
    return { word, pinyin: w.syllables.join(' '), other: otherOf(word, pinyin), start, end, card: null };
  }
  const reading = pinyin.source.readings
    ? pinyin.source
        .readings(text, pinyin.tone, card.start, card.end)
        .filter((r): r is string => r !== null)
        .join(' ')
    : '';
  return {
    word: card.word,
    pinyin: reading || (card.senses[0]?.reading ?? w.syllables.join(' ')),
    other: otherOf(card.word, pinyin),
    start: card.start,
    end: card.end,
    card,
  };
}
