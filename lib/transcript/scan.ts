// One pass over the blocks: classify every paragraph (speech, chrome, footer, caption, translation), find the
// speaker labels at paragraph starts and inside one-line paragraphs, and decide which labels are real.
// Detection and turn parsing both read this result.
import { furnitureRule } from './furniture';
import { CAPTION_RE, FOOTER_LINE_RE } from './lexicon';
import { inlineLabelStarts, readBareLabel, readLabelAt, type LabelHit } from './labels';
import { isForeignParagraph } from './text';
import type { Block, SourceDoc } from './types';

/** `widget`: the site's tools and navigation, `sitefooter`: the site's footer (both furniture, ./furniture.ts);
 *  `meta`: the article's own dateline, time, source or end mark (shown, and it ends the turn before it). */
export type UnitKind = 'speech' | 'foreign' | 'widget' | 'sitefooter' | 'caption' | 'meta' | 'note';

/** A paragraph, or the part of one that a label inside it starts. */
export interface Unit {
  block: number;
  kind: UnitKind;
  /** Accepted speaker label at the start of this unit. */
  hit: LabelHit | null;
  /** The unit's own words (label removed). */
  text: string;
}

export interface Scan {
  units: Unit[];
  /** Title plus the intro before the first label: where roles and names are stated ("外交部发言人毛宁主持…"). */
  context: string;
  /** Index into units of the first / last labelled unit, -1 when none. */
  first: number;
  last: number;
}

const CONTEXT_LIMIT = 4000;
/** Date or time lines: "2012年7月3日(星期二)", "香港時間20時46分" (hk-ce-20120703-tc footer). */
const DATE_LINE_RE =
  /^(?:\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?|[一二三四五六七八九十〇○零]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)\s*(?:[(（]星期.[)）])?\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$|^(?:香港|北京|澳門|澳门)?[时時][间間]\s*\d{1,2}\s*[时時:：]\s*\d{1,2}\s*分?$/;

/** An editorial note, a whole paragraph in brackets between turns: (以上圖片均為採訪現場) in wa-state-20190418-tc,
 *  （以下为现场图片）, 【现场】. Counter-examples: (開場白)那我們現在就開始了 and （笑）我想… are speech. */
const NOTE_RE = /^(?:[（(][^（()）]{2,58}[)）]|【[^【】]{2,58}】)$/;

function lineKind(text: string): UnitKind {
  const furniture = furnitureRule(text);
  if (furniture) return furniture.kind === 'footer' ? 'sitefooter' : 'widget';
  if (FOOTER_LINE_RE.test(text) || DATE_LINE_RE.test(text)) return 'meta';
  if (text.length <= 60 && CAPTION_RE.test(text)) return 'caption';
  if (text.length <= 60 && NOTE_RE.test(text)) return 'note';
  if (isForeignParagraph(text)) return 'foreign';
  return 'speech';
}

/** Labels that are printed labels whatever the page: they start the transcript's first turn. */
function isStrong(hit: LabelHit): boolean {
  return hit.shape !== 'name' || !!hit.surname;
}

export function scanSource(src: SourceDoc): Scan {
  const blocks: Block[] = src.blocks;
  const kinds: UnitKind[] = blocks.map((b) => lineKind(b.text));
  const leading: (LabelHit | null)[] = blocks.map((b, i) =>
    kinds[i] === 'speech'
      ? (readLabelAt(b.text, 0, b.emphasisPrefix) ??
        (b.labelCell || b.emphasisPrefix === b.text ? readBareLabel(b.text) : null))
      : null,
  );

  // The intro: title and paragraphs before the first strong label.
  const ctxParts: string[] = [src.title ?? ''];
  // The intro without the labels' own words: a label is not vouched for by its own line (【新加坡圈】清晨记者会…
  // in sg-pm-20150912-forum names nobody).
  const vouchParts: string[] = [src.title ?? ''];
  let ctxLen = 0;
  for (let i = 0; i < blocks.length && ctxLen < CONTEXT_LIMIT; i++) {
    const hit = leading[i];
    if (hit && isStrong(hit)) break;
    const t = blocks[i]?.text ?? '';
    ctxParts.push(t);
    vouchParts.push(hit ? t.slice(hit.end) : t);
    ctxLen += t.length;
  }
  const context = ctxParts.join('\n').slice(0, CONTEXT_LIMIT);
  const vouch = vouchParts.join('\n').slice(0, CONTEXT_LIMIT);

  const counts = new Map<string, number>();
  for (const hit of leading) if (hit) counts.set(hit.label, (counts.get(hit.label) ?? 0) + 1);
  const known = (label: string) => vouch.includes(label) || (counts.get(label) ?? 0) >= 2;

  const units: Unit[] = [];
  let prevQuestion = false;
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]?.text ?? '';
    const kind = kinds[i] as UnitKind;
    if (kind !== 'speech') {
      units.push({ block: i, kind, hit: null, text });
      continue;
    }
    let hit = leading[i] ?? null;
    if (hit && !acceptLeading(hit, known, prevQuestion)) hit = null;
    // Labels inside the paragraph (one-line pages, inline bracket labels).
    const cuts: { at: number; hit: LabelHit }[] = [];
    const from = hit ? hit.end : 0;
    if (text.length - from > 8) {
      let afterQuestion = hit ? isQuestionHit(hit) : prevQuestion;
      for (const p of inlineLabelStarts(text)) {
        if (p <= from || (cuts.length && p < (cuts[cuts.length - 1]?.hit.end ?? 0))) continue;
        const h = readLabelAt(text, p);
        if (h && acceptInline(h, known, afterQuestion)) {
          cuts.push({ at: p, hit: h });
          afterQuestion = isQuestionHit(h);
        }
      }
    }
    const firstEnd = cuts[0]?.at ?? text.length;
    units.push({ block: i, kind, hit, text: text.slice(hit ? hit.end : 0, firstEnd).trim() });
    if (hit) prevQuestion = isQuestionHit(hit);
    for (let c = 0; c < cuts.length; c++) {
      const cut = cuts[c] as { at: number; hit: LabelHit };
      const end = cuts[c + 1]?.at ?? text.length;
      units.push({ block: i, kind, hit: cut.hit, text: text.slice(cut.hit.end, end).trim() });
      prevQuestion = isQuestionHit(cut.hit);
    }
  }
  let first = -1;
  let last = -1;
  units.forEach((u, k) => {
    if (u.hit) {
      if (first < 0) first = k;
      last = k;
    }
  });
  return { units, context, first, last };
}

function isQuestionHit(hit: LabelHit): boolean {
  return hit.shape === 'question' || hit.shape === 'journalist' || hit.shape === 'outlet';
}

function acceptLeading(hit: LabelHit, known: (l: string) => boolean, prevQuestion: boolean): boolean {
  if (hit.shape === 'name') {
    // A bare two-to-four-character name: a surname, or a name the page states or repeats, or the answer right
    // after a question. Brackets alone do not make a name: 【新加坡圈】清晨记者会… is a column tag before a
    // headline (sg-pm-20150912-forum), 【束珏婷】 (mofcom) a name by its surname.
    return !!hit.surname || known(hit.label) || (prevQuestion && hit.colon);
  }
  return true;
}

function acceptInline(hit: LabelHit, known: (l: string) => boolean, afterQuestion: boolean): boolean {
  switch (hit.shape) {
    case 'journalist':
    case 'question':
    case 'answer':
    case 'named':
    case 'host':
      return hit.colon;
    case 'name':
      // Inside a paragraph a bare name needs more: stated in the intro, repeated, or answering a question.
      return hit.bracketed || (hit.colon && (known(hit.label) || (afterQuestion && !!hit.surname)));
    case 'title':
      // An office answering right after a journalist's label (記者:… 部長:… on one line) is a speaker too.
      return hit.bracketed || (hit.colon && (hit.numbered || known(hit.label) || afterQuestion));
    case 'outlet':
      return hit.bracketed || (hit.colon && (hit.numbered || known(hit.label)));
    default:
      return false;
  }
}
