// One figure quoted with where it comes from, for the clipboard:
//   159億 (15.9 billion) — 蔣紅, 市教委巡視員, answering 上海電視臺; 2018年6月12日市政府新聞發佈會問答實錄, 2018-06-12
import type { FigureRow } from '../protocol';

/** The words around the names; $1 is replaced by the outlet or the question number. */
export interface CitationWords {
  answering: string;
  answeringQuestion: string;
  askedBy: string;
  opening: string;
  closing: string;
}

export const ENGLISH_CITATION_WORDS: CitationWords = {
  answering: 'answering $1',
  answeringQuestion: 'answering question $1',
  askedBy: 'question from $1',
  opening: 'opening remarks',
  closing: 'closing remarks',
};

export interface CitationContext {
  title: string | null;
  date: string | null;
  url?: string | null;
  /** The value in readable form (15.9 billion); left out when it adds nothing to the printed text. */
  readable?: string | null;
  words?: CitationWords;
}

type CitedFigure = Pick<FigureRow, 'text' | 'question' | 'speaker' | 'role' | 'outlet'>;

function fill(template: string, value: string): string {
  return template.replace(/\$1/g, () => value);
}

function occasion(fig: CitedFigure, words: CitationWords): string | null {
  if (fig.question === 0) return words.opening;
  if (fig.question < 0) return words.closing;
  if (fig.speaker === null) return fig.outlet ? fill(words.askedBy, fig.outlet) : null;
  return fig.outlet ? fill(words.answering, fig.outlet) : fill(words.answeringQuestion, String(fig.question));
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function figureCitation(fig: CitedFigure, ctx: CitationContext): string {
  const words = ctx.words ?? ENGLISH_CITATION_WORDS;
  const readable = ctx.readable ? oneLine(ctx.readable) : '';
  const text = oneLine(fig.text);
  const head = readable && readable !== text ? `${text} (${readable})` : text;
  const who = [fig.speaker, fig.role, occasion(fig, words)].filter((p): p is string => !!p).map(oneLine);
  const source = [ctx.title, ctx.date, ctx.url].filter((p): p is string => !!p).map(oneLine);
  let out = head;
  if (who.length > 0) out += ` — ${who.join(', ')}`;
  if (source.length > 0) out += `${who.length > 0 ? ';' : ' —'} ${source.join(', ')}`;
  return out;
}
