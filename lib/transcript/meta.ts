// The conference's title and date, from what the page says about itself: the document title, else the title
// line above the transcript; the date from the title, the lines around the transcript, or the URL.
import { PRESS_TITLE_WORDS, TITLE_HINT_WORDS, WIDGET_LINE_RE } from './lexicon';
import type { Scan } from './scan';
import { hasCjk, stripCellPipes } from './text';
import type { SourceDoc } from './types';

const TITLE_WORDS = [...PRESS_TITLE_WORDS, ...TITLE_HINT_WORDS];
const MAX_TITLE = 80;

export function containsAny(text: string, words: readonly string[]): string | null {
  for (const w of words) if (text.includes(w)) return w;
  return null;
}

/** Trailing debris on title lines: table pipes, an unmatched "(", a repeated ISO date
 *  ("…实录(2007年5月31日) 2007-05-31", shanghai-20070531). */
export function cleanTitle(raw: string): string {
  let t = stripCellPipes(raw);
  t = t.replace(/\s+\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?$/, '');
  t = t.replace(/\s*[(（]\s*$/, '');
  return t.trim();
}

function titleLike(text: string): boolean {
  return text.length <= MAX_TITLE && hasCjk(text) && !/[。!！]/.test(text) && !WIDGET_LINE_RE.test(text);
}

/** The page title: the document's own, else the first title line (with a title word) above the transcript;
 *  a title broken over two lines is joined (scio-nbs-20190314-tc, mfa-20220819-bilingual). */
export function findTitle(src: SourceDoc, scan: Scan): string | null {
  if (src.title) return cleanTitle(src.title) || null;
  const stop = scan.first >= 0 ? (scan.units[scan.first]?.block ?? 0) : Math.min(src.blocks.length, 12);
  const blocks = src.blocks.slice(0, Math.min(stop, 12));
  for (let i = 0; i < blocks.length; i++) {
    const text = cleanTitle(blocks[i]?.text ?? '');
    if (!titleLike(text) || !containsAny(text, TITLE_WORDS)) continue;
    const prev = i > 0 ? cleanTitle(blocks[i - 1]?.text ?? '') : '';
    if (
      text.length <= 15 &&
      prev &&
      titleLike(prev) &&
      !/\s/.test(prev) &&
      !/^\d/.test(text) &&
      !containsAny(prev, TITLE_WORDS)
    ) {
      return prev + text;
    }
    return text;
  }
  return null;
}

const DATE_RES: RegExp[] = [
  /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]/,
  /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/,
];
/** Dates in government URLs: fmprc t20221027_…, gov.cn /2014-07/22/, info.gov.hk /201207/03/. */
const URL_DATE_RES: RegExp[] = [
  /\/t(\d{4})(\d{2})(\d{2})_/,
  /\/(\d{4})-(\d{2})\/(\d{2})\//,
  /\/(\d{4})(\d{2})\/(\d{2})\//,
  /\/(\d{4})-(\d{2})-(\d{2})\//,
];

export function parseDate(text: string, res: RegExp[] = DATE_RES): string | null {
  for (const re of res) {
    const m = re.exec(text);
    if (!m) continue;
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (y >= 1949 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
      return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    }
  }
  return null;
}

/** The conference date: title, then the lines before the transcript, then the footer after it, then the URL.
 *  Dates inside the speech are not looked at (officials cite other dates). */
export function findDate(src: SourceDoc, scan: Scan, title: string | null): string | null {
  const fromTitle = title ? parseDate(title) : null;
  if (fromTitle) return fromTitle;
  const firstBlock = scan.first >= 0 ? (scan.units[scan.first]?.block ?? 0) : src.blocks.length;
  for (let i = 0; i < Math.min(firstBlock + 1, 12); i++) {
    const b = src.blocks[i];
    if (!b) break;
    const unit = scan.first >= 0 && i === firstBlock ? scan.units[scan.first] : null;
    // The first labelled paragraph may start with the intro (scio-asean-20140722-tc): read only before the label.
    const text =
      unit && unit.block === i && unit.hit ? b.text.slice(0, Math.max(0, b.text.indexOf(unit.text))) : b.text;
    const d = parseDate(text.slice(0, 300));
    if (d) return d;
  }
  if (scan.last >= 0) {
    for (let k = scan.last + 1; k < scan.units.length; k++) {
      const u = scan.units[k];
      if (u && u.kind === 'footer') {
        const d = parseDate(src.blocks[u.block]?.text ?? '');
        if (d) return d;
      }
    }
  }
  return src.url ? parseDate(src.url, URL_DATE_RES) : null;
}
