// Plain text -> paragraph blocks: the CLI's .txt pages and stored copies of pages that kept only their text.
import type { Block } from './types';
import { collapseSpace, stripCellPipes } from './text';

/**
 * Plain text: each non-empty line is a block (table-cell pipes from text extraction removed). A Markdown note whose
 * newlines a store collapsed into spaces (tw-president-20200122-hackmd: "--- title: … --- # 標題 ![](…) … ### 丁允恭:
 * …") is cut back into its lines where Markdown marks them: front matter, headings, images.
 */
export function blocksFromText(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    for (const part of collapsedMarkdownLines(collapseSpace(line))) {
      const t = stripCellPipes(part);
      if (t) blocks.push({ index: blocks.length, text: t });
    }
  }
  return blocks;
}

const FRONT_MATTER_RE = /^---\s.{0,2000}?\s---(?=\s|$)/;
const HEADING_MARK_RE = /(?:^|\s)(?=#{1,6}\s)/g;
/** An image, or an image inside a link: ![](…), [![](…)](…). */
const MD_IMAGE_RE = /\[?!\[[^\]]{0,200}\]\([^)\s]{0,500}\)(?:\]\([^)\s]{0,500}\))?/g;

/** A line of collapsed Markdown cut back into its lines; any other line as it is. Shared by the DOM reader, so a
 *  page that shows such a note in one paragraph reads as its text file does. */
export function collapsedMarkdownLines(line: string): string[] {
  const headings = line.match(HEADING_MARK_RE)?.length ?? 0;
  const front = FRONT_MATTER_RE.exec(line);
  if (line.length < 200 || (headings < 2 && !front)) return [line];
  const out: string[] = [];
  let rest = line;
  if (front) {
    out.push(front[0]);
    rest = rest.slice(front[0].length);
  }
  for (const piece of rest.split(HEADING_MARK_RE)) {
    for (const bit of piece.replace(MD_IMAGE_RE, '\n$&\n').split('\n')) out.push(bit.trim());
  }
  return out.filter(Boolean);
}
