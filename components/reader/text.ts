// Turn text is stored with paragraphs joined by \n; the reader renders one <p> per paragraph and needs each
// paragraph's offset in the turn text so find matches and figure offsets (which are turn-relative) can be mapped.

export interface Paragraph {
  text: string;
  /** Offset of the paragraph's first character in the turn's text (UTF-16 code units). */
  offset: number;
}

export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') out.push({ text: line, offset });
    offset += line.length + 1;
  }
  return out;
}

/** The first words of a text for outlines and collapsed headings; cuts by code point so no surrogate is split. */
export function excerpt(text: string, max = 28): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  return chars.slice(0, max).join('').trimEnd() + '…';
}

export type MarkKind = 'match' | 'current' | 'focus';

export interface MarkRange {
  start: number;
  end: number;
  kind: MarkKind;
}

export interface Segment {
  text: string;
  kind: MarkKind | null;
}

/**
 * Splits one paragraph into plain and marked runs. `ranges` are turn-relative; ranges may overlap (a find match
 * inside a focused figure), in which case the later kind in MARK_PRIORITY wins for the overlapping characters.
 */
export function segmentsOf(paragraph: Paragraph, ranges: readonly MarkRange[]): Segment[] {
  const { text, offset } = paragraph;
  const end = offset + text.length;
  const local = ranges
    .filter((r) => r.end > offset && r.start < end && r.end > r.start)
    .map((r) => ({ start: Math.max(r.start, offset) - offset, end: Math.min(r.end, end) - offset, kind: r.kind }));
  if (local.length === 0) return [{ text, kind: null }];
  const cuts = new Set<number>([0, text.length]);
  for (const r of local) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    let kind: MarkKind | null = null;
    for (const r of local) {
      if (r.start <= a && r.end >= b && (kind === null || MARK_PRIORITY[r.kind] > MARK_PRIORITY[kind])) kind = r.kind;
    }
    const piece = text.slice(a, b);
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += piece;
    else out.push({ text: piece, kind });
  }
  return out;
}

const MARK_PRIORITY: Record<MarkKind, number> = { match: 1, focus: 2, current: 3 };
