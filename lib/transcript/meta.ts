// The conference's title and date, from what the page says about itself: the document title, else the title
// line above the transcript; the date from the title, the lines around the transcript, or the URL.
import { isFurniture } from './furniture';
import { PRESS_TITLE_WORDS, TITLE_HINT_WORDS } from './lexicon';
import type { Scan } from './scan';
import { monthDayOf, parseDate, URL_DATES } from './dates';
import { hasCjk, stripCellPipes } from './text';
import type { SourceDoc } from './types';

const TITLE_WORDS = [...PRESS_TITLE_WORDS, ...TITLE_HINT_WORDS];
const MAX_TITLE = 80;

export function containsAny(text: string, words: readonly string[]): string | null {
  for (const w of words) if (text.includes(w)) return w;
  return null;
}

const MARKDOWN_HEADING_RE = /^#{1,6}\s+/;
const BREADCRUMB_RE = /\s+[>»›]\s+/;
/** A record's own title field: 標題:九十年度新春記者會談話紀錄 (tw-mofa-20010115-tc). */
const TITLE_FIELD_RE = /^(?:標題|标题|題目|题目)\s*[:：]\s*(\S.*)$/;

/** Trailing debris on title lines: table pipes, an unmatched "(", a repeated ISO date
 *  ("…实录(2007年5月31日) 2007-05-31", shanghai-20070531). */
export function cleanTitle(raw: string): string {
  let t = stripCellPipes(raw).replace(MARKDOWN_HEADING_RE, '');
  // 首页 > 图片聚焦 > 国台办新闻发布会辑录(2023-04-26): the page's place in the site, then its title (tao-20230426-hnstb).
  const crumbs = t.split(BREADCRUMB_RE);
  if (crumbs.length >= 3) t = crumbs[crumbs.length - 1] ?? t;
  t = t.replace(/\s+\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?$/, '');
  t = t.replace(/\s*[(（]\s*$/, '');
  return t.trim();
}

/** A title line: short, no sentence end, and not an intro that ends in a colon ("以下是…的谈话全文:",
 *  hk-ceelect-20120412-sc). */
function titleLike(text: string): boolean {
  return (
    text.length <= MAX_TITLE && hasCjk(text) && !/[。!！]/.test(text) && !/[:：]$/.test(text) && !isFurniture(text)
  );
}

/** The page title: the document's own, else the first title line (with a title word) above the transcript;
 *  a title broken over two lines is joined (scio-nbs-20190314-tc, mfa-20220819-bilingual). */
export function findTitle(src: SourceDoc, scan: Scan): string | null {
  if (src.title) return cleanTitle(src.title) || null;
  const stop = scan.first >= 0 ? (scan.units[scan.first]?.block ?? 0) : Math.min(src.blocks.length, 12);
  const blocks = src.blocks.slice(0, Math.min(stop, 12));
  for (const b of blocks) {
    const field = TITLE_FIELD_RE.exec(b.text)?.[1];
    if (field && titleLike(cleanTitle(field))) return cleanTitle(field);
  }
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

export { parseDate } from './dates';

/** The conference date: title, then the lines before the transcript, then the footer after it, then the URL.
 *  Dates inside the speech are not looked at (officials cite other dates). */
export function findDate(src: SourceDoc, scan: Scan, title: string | null): string | null {
  const fromTitle = title ? parseDate(title) : null;
  if (fromTitle) return fromTitle;
  const before = datesBefore(src, scan);
  // A title that names the day (4月18日記者招待會) picks the intro's 2019年4月18日 over a repost stamp above it
  // (2021-02-20 佤邦之音, wa-state-20190418-tc).
  const day = title ? monthDayOf(title) : null;
  const agreeing = day ? before.find((d) => d.endsWith(day)) : undefined;
  if (agreeing ?? before[0]) return agreeing ?? before[0] ?? null;
  return dateAfter(src, scan);
}

/** Dates on the lines before the transcript (its first labelled paragraph read only before the label). */
function datesBefore(src: SourceDoc, scan: Scan): string[] {
  const out: string[] = [];
  const firstBlock = scan.first >= 0 ? (scan.units[scan.first]?.block ?? 0) : src.blocks.length;
  for (let i = 0; i < Math.min(firstBlock + 1, 12); i++) {
    const b = src.blocks[i];
    if (!b) break;
    const unit = scan.first >= 0 && i === firstBlock ? scan.units[scan.first] : null;
    // The first labelled paragraph may start with the intro (scio-asean-20140722-tc): read only before the label.
    const text =
      unit && unit.block === i && unit.hit ? b.text.slice(0, Math.max(0, b.text.indexOf(unit.text))) : b.text;
    const d = parseDate(text.slice(0, 300));
    if (d) out.push(d);
  }
  return out;
}

/** The footer's date, then the URL's. */
function dateAfter(src: SourceDoc, scan: Scan): string | null {
  if (scan.last >= 0) {
    for (let k = scan.last + 1; k < scan.units.length; k++) {
      const u = scan.units[k];
      if (u && u.kind === 'meta') {
        const d = parseDate(src.blocks[u.block]?.text ?? '');
        if (d) return d;
      }
    }
  }
  return src.url ? parseDate(src.url, URL_DATES) : null;
}
