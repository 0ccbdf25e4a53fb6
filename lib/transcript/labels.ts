// Speaker labels: "1、上海日報:", "張英(市經信委總工程師):", "总台央视记者:", "【束珏婷】:", "[路透社記者]",
// "新聞辦新聞發言人 胡凱紅:", "问:" … The parser only reads a bounded window at a known position, so scanning a
// page stays linear in its size.
import { applyLabelRules, MAX_LABEL, stripGuillemets } from './label-rules';
import { COLON_CLASS, QUESTION_NUMBER_RE } from './lexicon';

export { isNameLike, isSurnameStart, isTwoSurnameStart } from './names';

export type LabelShape =
  /** 问 / 問 */
  | 'question'
  /** 答 */
  | 'answer'
  /** outlet + 记者 (总台央视记者) or 记者 alone */
  | 'journalist'
  /** an outlet name alone (上海日報, 《新闻晨报》) */
  | 'outlet'
  /** 主持人 alone */
  | 'host'
  /** name with role: 張英(市經信委總工程師), 新聞辦新聞發言人 胡凱紅, 蘇院長貞昌 */
  | 'named'
  /** an official title alone: 行政長官, 财政司司长 */
  | 'title'
  /** a personal name alone: 毛宁 */
  | 'name'
  /** a member of a legislature: 張委員宏陸 */
  | 'legislator';

export interface LabelInfo {
  shape: LabelShape;
  speaker: string | null;
  role: string | null;
  outlet: string | null;
  /** For 'name': starts with a common surname. */
  surname?: boolean;
}

export interface LabelHit extends LabelInfo {
  /** The label as printed, without colon, brackets or question number. */
  label: string;
  numbered: boolean;
  bracketed: boolean;
  /** True when the label ended with a colon (or was bracketed): a printed label, not a guess. */
  colon: boolean;
  /** Offset in the scanned text where the speech starts. */
  end: number;
}

// Bullets before a label, ▲ included (wa-state-20190418-tc: ▲DVB電視臺記者). Markdown heading marks and bold
// (### 丁允恭: in tw-president-20200122-hackmd, **记者**:) are read the same way: layout around a label.
const BULLET_RE = /^(?:#{1,6}\s*|>\s*)?[•·●◆■□▪◇○▲△►▶◎★☆※*\-–]*\s*(?:\*\*|__)?\s*/;
/** Markdown bold closing a label (**丁允恭:** or **丁允恭**:). */
const BOLD_END_RE = /\s*(?:\*\*|__)\s*$/;
// A bracketed label, after an optional bullet and question number: 【束珏婷】, 1、[路透社記者].
const BRACKET_START_RE = new RegExp(
  `^\\s*(?:#{1,6}\\s*)?[•·●◆■□▪◇○▲△►▶◎★☆※*\\-–]?\\s*(?:${QUESTION_NUMBER_RE.source.slice(1)})?[【[〔［]`,
);
const BRACKETS: Record<string, string> = { '【': '】', '[': ']', '〔': '〕', '［': '］' };
const COLON_AT_RE = new RegExp(`^\\s*[${COLON_CLASS}]\\s*`);

// classifyLabel is pure and pages repeat the same few labels (记者, 毛宁) hundreds of times: memoise it, with a
// size cap so a page of random colons cannot grow the table without bound.
const memo = new Map<string, LabelInfo | null>();
const MEMO_CAP = 4096;

/** What a label's text says about its speaker, or null when it is not a speaker label. */
export function classifyLabel(raw: string): LabelInfo | null {
  const cached = memo.get(raw);
  if (cached !== undefined) return cached;
  const info = classify(raw);
  if (memo.size >= MEMO_CAP) memo.clear();
  memo.set(raw, info);
  return info;
}

// A CMS that escapes its own markup prints tags as text (新华社&lt;b&gt;记者 shows as 新华社<b>记者). Such a label is
// read without the tag text, and each field is then given back as printed, tags and all: page text is never
// silently rewritten, and the reader renders it as text.
const TAG_TEXT_RE = /<(script|style)\b[^<>]{0,80}>[^<]{0,200}<\/\1>|<\/?[A-Za-z][^<>]{0,80}>/gi;

function classify(raw: string): LabelInfo | null {
  const r = raw.trim();
  if (r.length > 4 * MAX_LABEL || !/<\/?[A-Za-z]/.test(r)) return classifyPlain(r);
  const keep: number[] = [];
  let plain = '';
  let last = 0;
  const copy = (to: number) => {
    for (let i = last; i < to; i++) {
      keep.push(i);
      plain += r[i];
    }
  };
  for (const m of r.matchAll(TAG_TEXT_RE)) {
    copy(m.index);
    last = m.index + m[0].length;
  }
  copy(r.length);
  if (plain === r) return classifyPlain(r);
  const lead = plain.length - plain.trimStart().length;
  const info = classifyPlain(plain.trim());
  if (!info) return null;
  const printed = (field: string | null): string | null => {
    if (!field) return field;
    const a = plain.indexOf(field, lead);
    const from = keep[a];
    const to = keep[a + field.length - 1];
    return a < 0 || from === undefined || to === undefined ? field : r.slice(from, to + 1);
  };
  return { ...info, speaker: printed(info.speaker), role: printed(info.role), outlet: printed(info.outlet) };
}

/** Characters of tag text (as TAG_TEXT_RE reads it) in `s`; 0 for the usual text without any. */
function markupLength(s: string): number {
  if (!/<\/?[A-Za-z]/.test(s)) return 0;
  let n = 0;
  for (const m of s.matchAll(TAG_TEXT_RE)) n += m[0].length;
  return n;
}

function classifyPlain(r: string): LabelInfo | null {
  return applyLabelRules(r).info;
}

/**
 * Reads a speaker label at `start` of `text`: an optional question number ("1、"), then a bracketed label
 * ("【束珏婷】:", "[路透社記者]") or a label ending in a colon. Without a colon, a whole line "title name"
 * (scio-nbs-20190314-tc) or a bold leading run (`emphasis`) can still be a label.
 */
export function readLabelAt(text: string, start = 0, emphasis?: string): LabelHit | null {
  let i = start;
  // Tag text printed inside a label (see classify) does not count against the label's length.
  const slack = markupLength(text.slice(start, start + 4 * MAX_LABEL));
  let w = text.slice(start, start + 64 + slack);
  // Most paragraphs start with speech: no colon or bracket near the start, longer than a label line.
  if (!emphasis && text.length - start > MAX_LABEL + 2 && firstColon(w, slack) < 0 && !BRACKET_START_RE.test(w)) {
    return null;
  }
  const bullet = BULLET_RE.exec(w);
  if (bullet?.[0]) {
    i += bullet[0].length;
    w = w.slice(bullet[0].length);
  }
  let numbered = false;
  const num = QUESTION_NUMBER_RE.exec(w);
  if (num) {
    numbered = true;
    i += num[0].length;
    w = w.slice(num[0].length);
  }

  const open = w[0];
  const close = open !== undefined ? BRACKETS[open] : undefined;
  if (close) {
    const j = w.indexOf(close);
    // [記者會](https://…) is a Markdown link in a page's first lines, not a bracketed label.
    if (j > 1 && j <= MAX_LABEL + 1 && w[j + 1] !== '(') {
      const inner = w.slice(1, j).trim();
      const info = classifyLabel(inner);
      if (info && (!numbered || isQuestionShape(info.shape))) {
        const after = COLON_AT_RE.exec(w.slice(j + 1));
        const end = i + j + 1 + (after ? after[0].length : 0);
        return {
          ...info,
          label: stripGuillemets(inner),
          numbered,
          bracketed: true,
          colon: true,
          end: skipSpace(text, end),
        };
      }
    }
    return null;
  }

  const c = firstColon(w, slack);
  if (c > 0 && c <= MAX_LABEL + 2 + slack) {
    const raw = w.slice(0, c).replace(BOLD_END_RE, '').trim();
    const info = classifyLabel(raw);
    if (info && (!numbered || isQuestionShape(info.shape))) {
      return {
        ...info,
        label: stripGuillemets(raw),
        numbered,
        bracketed: false,
        colon: true,
        end: skipBold(text, skipSpace(text, i + c + 1)),
      };
    }
    if (info || numbered) return null;
  }
  if (numbered) return null;

  // A line that is only "title name" (no colon), e.g. SCIO live text with the label on its own line.
  if (start === 0 && text.length <= MAX_LABEL + 2) {
    const info = classifyLabel(text.slice(i));
    if (info && info.shape === 'named' && /\s/.test(text.slice(i).trim())) {
      return { ...info, label: text.slice(i).trim(), numbered, bracketed: false, colon: false, end: text.length };
    }
  }
  // A bold leading run without colon: "<strong>毛宁</strong> 坦桑尼亚是…".
  if (emphasis && start === 0) {
    const em = emphasis.trim();
    if (em.length >= 2 && em.length <= MAX_LABEL && text.slice(i).startsWith(em) && text.length > em.length) {
      const info = classifyLabel(em);
      if (info && info.shape !== 'outlet' && info.shape !== 'title') {
        return { ...info, label: em, numbered, bracketed: false, colon: false, end: skipSpace(text, i + em.length) };
      }
    }
  }
  return null;
}

/**
 * A block that is only a label, with no colon: a table row's first cell, its speech in the next cell (记者 | 请问…),
 * or a bold line of its own before the speech (<p><strong>记者</strong></p><p>请问…</p>). Other such blocks (a
 * table of names and roles, a bold name as a heading) give turns with no question answered, which detection does
 * not take for a transcript.
 */
export function readBareLabel(text: string): LabelHit | null {
  const t = text.trim();
  if (!t || t.length > MAX_LABEL) return null;
  const info = classifyLabel(t);
  return info
    ? { ...info, label: stripGuillemets(t), numbered: false, bracketed: false, colon: false, end: text.length }
    : null;
}

export function isQuestionShape(shape: LabelShape): boolean {
  return shape === 'question' || shape === 'journalist' || shape === 'outlet' || shape === 'legislator';
}

function firstColon(w: string, slack = 0): number {
  for (let k = 0; k < w.length && k <= MAX_LABEL + 2 + slack; k++) {
    if (COLON_CLASS.includes(w[k] as string)) return k;
  }
  return -1;
}

/** The bold that closes a label after its colon (**丁允恭:** 今天…). */
function skipBold(text: string, k: number): number {
  return text.startsWith('**', k) || text.startsWith('__', k) ? skipSpace(text, k + 2) : k;
}

function skipSpace(text: string, k: number): number {
  while (k < text.length && /\s/.test(text[k] as string)) k++;
  return k;
}

/** Where a label may start inside a paragraph: after sentence-final punctuation and whitespace (one-line pages,
 *  mfa-20200428-oneline; inline bracket labels, scio-asean-20140722-tc), right after a question mark for 答, or
 *  before a Markdown heading mark in text whose newlines a store collapsed (### 丁允恭:, tw-president-20200122-hackmd). */
const INLINE_START_RE = /[。？！?!…”"」』）)\]】|]\s+(?=\S)|[？?](?=答[:：∶︰])|\s(?=#{1,6}\s)/g;

/** Candidate positions of labels inside `text` (excluding position 0). */
export function inlineLabelStarts(text: string): number[] {
  const out: number[] = [];
  INLINE_START_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE_START_RE.exec(text))) {
    const p = m.index + m[0].length;
    if (p > 0 && p < text.length) out.push(p);
    if (m[0].length === 0) INLINE_START_RE.lastIndex++;
  }
  return out;
}
