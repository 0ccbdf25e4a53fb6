// Copy formats for saved quotes: plain text, Markdown, and a citation in the reader's language. Script conversion
// and pinyin are functions passed in, so this module stays free of the opencc and pinyin dictionaries.
import type { Quote } from './model';
import { siteOf } from '../url';

export type CitationLang = 'zh-Hans' | 'zh-Hant' | 'en';
export type QuoteFormat = 'plain' | 'markdown' | 'citation';

export interface FormatOptions {
  lang: CitationLang;
  /** Converts Chinese text to the script of choice; applied to the quote and every name and title. */
  convert?: (text: string) => string;
  /** Reading of the (converted) quote text; when given, it is added on its own line. */
  pinyin?: (text: string) => string;
  /** Which wording to start from: as the reader saw it (default) or as published. */
  source?: 'shown' | 'original';
  /** Link to the passage (default) or to the page. */
  link?: 'fragment' | 'page';
  /** Plain text and Markdown: put the question the quote answers above it. */
  withQuestion?: boolean;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 2018年6月12日 / 12 June 2018; '' for a missing or malformed date. */
export function formatDate(iso: string | null, lang: CitationLang): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return '';
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (lang === 'en') return `${d} ${MONTHS[mo - 1] ?? ''} ${y}`;
  return `${y}年${mo}月${d}日`;
}

const TITLE_DATE = /(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-./](\d{1,2})[-./](\d{1,2})(?!\d))/;
const RECORD_SUFFIX = /\s*[(（]?(?:問答實錄|问答实录|文字實錄|文字实录|實錄|实录|輯錄|辑录|全文|文字稿)[)）]?\s*$/;

/**
 * The conference's name for a citation: the page title without the date already given separately and without
 * "(問答)實錄"-style suffixes that name the record rather than the event.
 */
export function conferenceName(title: string | null, date: string | null): string | null {
  if (!title) return null;
  let name = title;
  const m = TITLE_DATE.exec(name);
  if (m && date) {
    const month = (m[2] ?? m[4] ?? '').padStart(2, '0');
    const day = (m[3] ?? m[5] ?? '').padStart(2, '0');
    const iso = `${m[1]}-${month}-${day}`;
    if (iso === date) name = name.replace(TITLE_DATE, '').replace(/[(（]\s*[)）]/, '');
  }
  name = name.replace(RECORD_SUFFIX, '');
  name = name.replace(/^[\s,，:：\-—–·]+|[\s,，:：\-—–·]+$/g, '');
  return name === '' ? title : name;
}

interface Prepared {
  paragraphs: string[];
  reading: string | null;
  who: string;
  outlet: string | null;
  question: string | null;
  source: string;
  date: string;
  url: string;
}

function prepare(quote: Quote, o: FormatOptions): Prepared {
  const conv = o.convert ?? ((s: string) => s);
  const opt = (s: string | null) => (s ? conv(s) : null);
  const text = conv(o.source === 'original' ? quote.original : quote.text);
  const speaker = opt(quote.speaker);
  const role = opt(quote.role);
  const outlet = opt(quote.outlet);
  let who = outlet ?? '';
  if (speaker) who = role ? (o.lang === 'en' ? `${speaker} (${role})` : `${speaker}（${role}）`) : speaker;
  const source =
    opt(conferenceName(quote.conferenceTitle, quote.conferenceDate)) ?? opt(quote.pageTitle) ?? siteOf(quote.url);
  return {
    paragraphs: text.split('\n'),
    reading: o.pinyin ? o.pinyin(text.replace(/\n/g, ' ')).replace(/\s+/g, ' ').trim() : null,
    who,
    outlet,
    question: opt(quote.question),
    source,
    date: formatDate(quote.conferenceDate, o.lang),
    url: (o.link === 'page' ? quote.url : quote.fragmentUrl) || quote.url,
  };
}

/** Quote marks inside the quote become the inner pair of the language's convention. */
function nestQuotes(text: string, lang: CitationLang): string {
  if (lang === 'zh-Hant') return text.replace(/「/g, '『').replace(/」/g, '』');
  return text.replace(/“/g, '‘').replace(/”/g, '’');
}

function joinParts(parts: string[], lang: CitationLang): string {
  return parts.filter((p) => p !== '').join(lang === 'en' ? ', ' : '，');
}

function dash(lang: CitationLang): string {
  return lang === 'en' ? '— ' : '——';
}

function questionLine(p: Prepared, lang: CitationLang): string {
  const label = lang === 'en' ? 'Q' : lang === 'zh-Hant' ? '問' : '问';
  if (lang === 'en') return `${label}${p.outlet ? ` (${p.outlet})` : ''}: ${p.question ?? ''}`;
  return `${label}${p.outlet ? `（${p.outlet}）` : ''}：${p.question ?? ''}`;
}

/** 「…」——張英（市經信委總工程師），市政府新聞發佈會，2018年6月12日，https://… */
export function formatCitation(quote: Quote, o: FormatOptions): string {
  const p = prepare(quote, o);
  const body = nestQuotes(p.paragraphs.join(' '), o.lang);
  const quoted = o.lang === 'zh-Hant' ? `「${body}」` : `“${body}”`;
  const rest = joinParts([p.who, p.source, p.date, p.url], o.lang);
  const line = rest ? `${quoted}${o.lang === 'en' ? ' ' : ''}${dash(o.lang)}${rest}` : quoted;
  return p.reading ? `${line}\n${p.reading}` : line;
}

/** The passage as printed, then who said it where, then the link. */
export function formatPlain(quote: Quote, o: FormatOptions): string {
  const p = prepare(quote, o);
  const lines: string[] = [];
  if (o.withQuestion && p.question) lines.push(questionLine(p, o.lang));
  lines.push(...p.paragraphs);
  if (p.reading) lines.push(p.reading);
  const attribution = joinParts([p.who, p.source, p.date], o.lang);
  if (attribution) lines.push(dash(o.lang) + attribution);
  if (p.url) lines.push(p.url);
  return lines.join('\n');
}

/** Escapes Markdown syntax in page text (untrusted: it must read as text, never as markup or HTML). */
export function escapeMarkdown(text: string): string {
  // Inline syntax anywhere; block syntax (headings, lists, rules) only where it would start a block.
  return text
    .replace(/[\\`*_[\]<>~&]/g, '\\$&')
    .replace(/^(\s*)([-=#+])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

function markdownUrl(url: string): string {
  return url.replace(/[\s()<>]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** A blockquote, an attribution line, and the conference (or page) title linked to the passage. */
export function formatMarkdown(quote: Quote, o: FormatOptions): string {
  const p = prepare(quote, o);
  const blocks: string[] = [];
  if (o.withQuestion && p.question) blocks.push(escapeMarkdown(questionLine(p, o.lang)));
  const quoted = p.paragraphs.map((para) => `> ${escapeMarkdown(para)}`);
  if (p.reading) quoted.push(`> *${escapeMarkdown(p.reading)}*`);
  blocks.push(quoted.join('\n>\n'));
  const source = p.source && p.url ? `[${escapeMarkdown(p.source)}](${markdownUrl(p.url)})` : escapeMarkdown(p.source);
  const attribution = joinParts([escapeMarkdown(p.who), source, p.date], o.lang);
  const tail = attribution || (p.url ? `<${markdownUrl(p.url)}>` : '');
  if (tail) blocks.push(dash(o.lang) + tail);
  return blocks.join('\n\n');
}

export function formatQuote(quote: Quote, format: QuoteFormat, o: FormatOptions): string {
  if (format === 'markdown') return formatMarkdown(quote, o);
  if (format === 'citation') return formatCitation(quote, o);
  return formatPlain(quote, o);
}

/** Several quotes, in the order given, separated by a blank line. */
export function formatQuotes(quotes: readonly Quote[], format: QuoteFormat, o: FormatOptions): string {
  return quotes.map((q) => formatQuote(q, format, o)).join('\n\n');
}
