// A whole transcript as Markdown: the title and where it was read, the sections as headings, each turn labelled
// by its speaker.
import type { LibraryTranscript, LibraryTurn } from '../model';

export interface ExportWords {
  opening: string;
  closing: string;
  /** "Question $1". */
  question: string;
  source: string;
}

export const ENGLISH_WORDS: ExportWords = {
  opening: 'Opening remarks',
  closing: 'Closing remarks',
  question: 'Question $1',
  source: 'Source',
};

const escape = (s: string) => s.replace(/[\\`*_[\]<>~#|]/g, '\\$&');

export function turnLabel(turn: LibraryTurn): string {
  const who = turn.speaker ?? turn.label;
  const extra = [turn.role, turn.kind === 'question' && turn.outlet !== who ? turn.outlet : null].filter(Boolean);
  return extra.length ? `${who}（${extra.join('，')}）` : who;
}

export function sectionHeading(t: LibraryTranscript, i: number, words: ExportWords): string {
  const s = t.sections[i];
  if (!s) return '';
  if (s.kind === 'opening') return words.opening;
  if (s.kind === 'closing') return words.closing;
  return words.question.replace('$1', String(s.number ?? i + 1));
}

export function transcriptMarkdown(t: LibraryTranscript, words: ExportWords = ENGLISH_WORDS): string {
  const out = [`# ${escape(t.title ?? t.url)}`, [t.date, `${words.source}: <${t.url}>`].filter(Boolean).join(' · ')];
  t.sections.forEach((s, i) => {
    out.push(`## ${sectionHeading(t, i, words)}`);
    for (const index of s.turns) {
      const turn = t.turns[index];
      if (!turn) continue;
      const paragraphs = turn.text.split('\n').map(escape);
      out.push(`**${escape(turnLabel(turn))}**：${paragraphs.join('\n\n')}`);
    }
  });
  return out.join('\n\n') + '\n';
}
