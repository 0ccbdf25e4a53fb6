// The transcript model: what the engine reads out of a page. Shared by the content script, the CLI and the UI.

/** A paragraph-level unit of page text, in page order. */
export interface Block {
  /** Index in the document's block list. */
  index: number;
  /** The block's text, whitespace-collapsed, as a reader sees it. */
  text: string;
  /**
   * The DOM nodes the block was read from (text nodes and the elements around them), when it came from a DOM.
   * Absent for blocks read from plain text. Lets the reader view hide/restore the original and the figures panel
   * scroll to a passage.
   */
  nodes?: readonly Node[];
  /** True when the block's leading run was bold/strong/a heading in the page (a hint for labels). */
  emphasisPrefix?: string;
  /** The block is a table row's first cell and the row has more cells: a label there may stand without a colon. */
  labelCell?: boolean;
}

/** The document the engine reads: blocks plus what the page says about itself. */
export interface SourceDoc {
  blocks: Block[];
  /** document.title or the first heading, if any. */
  title?: string;
  /** Page URL, when known (host and path are detection evidence). */
  url?: string;
  /** Value of <html lang>, if any. */
  lang?: string;
}

export type TurnKind = 'question' | 'answer' | 'host';

export interface Turn {
  kind: TurnKind;
  /** The label as printed, without colon/brackets/question number. */
  label: string;
  speaker: string | null;
  role: string | null;
  outlet: string | null;
  /** The turn's own words, label removed, paragraphs joined by \n. */
  text: string;
  /** Indices of the blocks this turn was read from (first one holds the label). */
  blocks: number[];
  /** Index of the section this turn belongs to. */
  section: number;
}

export type SectionKind = 'opening' | 'exchange' | 'closing';

export interface Section {
  kind: SectionKind;
  /** Indices into Transcript.turns, in order. */
  turns: number[];
  /** For an exchange: the 1-based question number. */
  number?: number;
}

export interface Verdict {
  press: boolean;
  /** 0..1 */
  score: number;
  /** Human-readable evidence, e.g. "title: 问答实录", "12 speaker labels". */
  reasons: string[];
}

/** What a paragraph that is in no turn is: running text (an intro, a table, the host's lines before the first
 *  label), an editorial note in brackets, the English half of a bilingual page, a photo caption, the article's
 *  dateline, time, source or end mark (`meta`: 2017年2月28日(星期二), 香港时间10时32分, 來源:台灣網, 完), or page
 *  furniture named by a rule of lib/transcript/furniture.ts (`chrome`: the site's tools and navigation, `footer`:
 *  the site's footer). */
export type LooseKind = 'text' | 'note' | 'foreign' | 'chrome' | 'caption' | 'meta' | 'footer';

/** A paragraph of the transcript's container that no turn holds, kept so the reader can show it where it stood. */
export interface LooseBlock {
  /** Index into Transcript.blocks. */
  block: number;
  /** Index of the turn it follows in page order, -1 before the first turn. */
  after: number;
  kind: LooseKind;
  /** The words of the block no turn holds, when a turn holds the rest of it (an intro run into the paragraph of
   *  the first question); absent when the whole block is loose. */
  text?: string;
}

export interface Transcript extends Verdict {
  title: string | null;
  /** ISO date yyyy-mm-dd, when the page states one. */
  date: string | null;
  turns: Turn[];
  sections: Section[];
  blocks: Block[];
  /** Every block in no turn, in page order (analyzeSource always fills it; older callers may omit it). */
  loose?: LooseBlock[];
}
