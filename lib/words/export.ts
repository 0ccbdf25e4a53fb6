// The word list for Anki (CSV with Anki's header lines, so its importer knows the separator and the fields) and
// as Markdown. One row per word: the word, its reading, its meaning, the sentence, and where the sentence is from.
import { toCsv } from '../export/csv';
import { escapeMarkdown } from '../quotes/format';
import type { SavedWord } from './model';

export const WORD_FIELDS = ['Word', 'Reading', 'Meaning', 'Sentence', 'Source'] as const;

/** Where the word's sentence comes from: speaker, role, conference, date, address. */
export function wordSource(w: SavedWord): string {
  return [w.speaker, w.role, w.conferenceTitle, w.conferenceDate, w.url].filter((p): p is string => !!p).join(', ');
}

export function wordMeaning(w: SavedWord): string {
  return [w.official, ...w.glosses].filter((p): p is string => !!p).join('; ');
}

function wordCell(w: SavedWord): string {
  return w.other ? `${w.word} (${w.other})` : w.word;
}

/** Anki's importer reads `#key:value` lines before the notes (Anki 2.1.55 and later); no BOM, which would hide
 *  the first of them. HTML off: page text is imported as text. */
export function wordsAnkiCsv(words: readonly SavedWord[]): string {
  const header = `#separator:comma\r\n#html:false\r\n#columns:${WORD_FIELDS.join(',')}\r\n`;
  return (
    header +
    toCsv(
      words.map((w) => [wordCell(w), w.reading, wordMeaning(w), w.sentence, wordSource(w)]),
      { bom: false },
    )
  );
}

export function wordsMarkdown(words: readonly SavedWord[], heading: string): string {
  const lines = [`# ${heading}`, ''];
  for (const w of words) {
    lines.push(`- **${escapeMarkdown(wordCell(w))}** ${escapeMarkdown(w.reading)} — ${escapeMarkdown(wordMeaning(w))}`);
    lines.push(`  > ${escapeMarkdown(w.sentence)}`);
    lines.push(`  > — ${escapeMarkdown(wordSource(w))}`);
  }
  return `${lines.join('\n')}\n`;
}
