// Per-character readings in context. All readings are computed once in tone-numbered form and formatted on
// demand, so switching between marks, numbers and zhuyin never re-runs pinyin-pro.
import { OutputFormat, pinyin, segment } from 'pinyin-pro';
import { chunkEnds } from './chunks';
import { dictionaryMatches, ensurePressDictionary, type DictionaryMatch } from './dictionary';
import type { WorkMeter } from './meter';
import { segmentSpans, type WordSpan } from './segmenter';
import { simplifiedAligned, type ToSimplified } from './simplified';
import { parseNumbered, type NumberedSyllable, type ToneStyle } from './syllable';
import { formatSyllable } from './format';
// Re-exported: callers formatted syllables from here before format.ts existed.
export { formatSyllable } from './format';
import { resolveZhu } from './zhu';

export interface ReadingOptions {
  /** Traditional text is read through its Simplified form (pinyin-pro's word lists are Simplified). */
  toSimplified: ToSimplified;
  /** Default 'marks'. */
  tone?: ToneStyle;
  /** Apply the tone sandhi of 一 and 不 (yí gè, bú shì). Default false: the original tone, as the national
   *  orthography writes it (yī gè, bù shì). */
  sandhi?: boolean;
  /** Read the start of the text as a personal name (surname readings: 曾 Zēng, 单 Shàn, 解 Xiè). */
  personalName?: boolean;
  /** Counts the work done (tests of linearity); no effect on the result. */
  meter?: WorkMeter;
}

/** Index-aligned analysis of one text: numbered[i] is the reading of the character that starts at text[i]
 *  (null for non-hanzi and for the second half of a surrogate pair). */
export interface NumberedReadings {
  text: string;
  /** Simplified form, index-aligned with `text`. */
  simplified: string;
  numbered: (NumberedSyllable | null)[];
  /** Words containing at least one read hanzi, in order, not overlapping. */
  spans: WordSpan[];
}

const HAN = /\p{Script=Han}/u;
const SANDHI_CHARS = '一不';
/** Particles whose reading comes from the preceding verb (了 le/liǎo, 着 zhe/zhuó, 得 de/dé, 地 de/dì…). */
const PARTICLES = '了着得地的过';

// A transcript uses a few hundred distinct syllables: each is parsed once. The objects are shared, never mutated.
const syllables = new Map<string, NumberedSyllable | null>();
function syllableOf(item: string): NumberedSyllable | null {
  let syl = syllables.get(item);
  if (syl === undefined) {
    syl = parseNumbered(item);
    if (syllables.size < 5000) syllables.set(item, syl);
  }
  return syl;
}

function runPinyin(text: string, opts: ReadingOptions): (NumberedSyllable | null)[] {
  if (opts.meter) {
    opts.meter.pinyinCalls++;
    opts.meter.pinyinChars += text.length;
    opts.meter.longestPinyinInput = Math.max(opts.meter.longestPinyinInput, text.length);
  }
  // type 'array' is ~7x faster than type 'all' (which also computes every polyphone list); it returns one item
  // per code point, the character itself when pinyin-pro has no reading for it.
  const items = pinyin(text, {
    type: 'array',
    toneType: 'num',
    toneSandhi: opts.sandhi ?? false,
    ...(opts.personalName ? { mode: 'surname' as const, surname: 'head' as const } : {}),
  });
  const out: (NumberedSyllable | null)[] = new Array<NumberedSyllable | null>(text.length).fill(null);
  let index = 0;
  for (const item of items) {
    const cp = text.codePointAt(index);
    if (cp === undefined) break;
    const ch = String.fromCodePoint(cp);
    if (item !== ch && HAN.test(ch)) out[index] = syllableOf(item);
    index += ch.length;
  }
  return out;
}

// Words repeat a lot within a transcript (上海, 我们, 发展): their standalone readings are memoised.
const WORD_CACHE_LIMIT = 20000;
interface WordAlone {
  readings: (NumberedSyllable | null)[];
  /** pinyin-pro has the whole word in its dictionary. */
  known: boolean;
}
const wordCache = new Map<string, WordAlone>();

/** Readings of one word read on its own. Each word needs its own pinyin-pro call: words joined by spaces in
 *  one long string still influence each other (认为 came out "rèn wèi" inside a 300-character string). */
function wordAlone(word: string, opts: ReadingOptions): WordAlone {
  const key = `${opts.personalName ? 'n' : ''}${opts.sandhi ? 's' : ''}|${word}`;
  let r = wordCache.get(key);
  if (r === undefined) {
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    r = { readings: runPinyin(word, opts), known: knownWord(word, opts.meter) };
    wordCache.set(key, r);
  }
  return r;
}

/** pinyin-pro's segment() returns a piece per dictionary word it matched: one piece means it knows the whole
 *  word. A word it does not know is read with default readings, which is wrong for the particles that ICU now
 *  and then glues to the next word (开了|一场 segmented 开/了一/场): those keep the sentence reading. */
function knownWord(word: string, meter: WorkMeter | undefined): boolean {
  if (meter) {
    meter.pinyinCalls++;
    meter.pinyinChars += word.length;
  }
  return segment(word, { format: OutputFormat.ZhSegment }).length === 1;
}

function countReadings(numbered: (NumberedSyllable | null)[], span: WordSpan): number {
  let n = 0;
  for (let i = span.start; i < span.end; i++) if (numbered[i]) n++;
  return n;
}

/**
 * Readings of `text` in context, plus its word spans (those containing at least one read hanzi). Long text is
 * read chunk by chunk (chunks.ts), so the work per character does not grow with the length of a paragraph.
 */
export function numberedReadings(text: string, opts: ReadingOptions): NumberedReadings {
  ensurePressDictionary();
  const simplified = simplifiedAligned(text, opts.toSimplified);
  const form = resolveZhu(simplified);
  const numbered: (NumberedSyllable | null)[] = [];
  const spans: WordSpan[] = [];
  let start = 0;
  for (const end of chunkEnds(form)) {
    // A personal name can only stand at the start of the text.
    const chunk = readChunk(form.slice(start, end), start === 0 ? opts : { ...opts, personalName: false });
    for (const syl of chunk.numbered) numbered.push(syl);
    for (const span of chunk.spans)
      spans.push(start === 0 ? span : { start: span.start + start, end: span.end + start });
    start = end;
  }
  return { text, simplified, numbered, spans };
}

/**
 * pinyin-pro matches its dictionary words across real word boundaries (上海|参加 read as 海参 "hǎi shēn",
 * 攻击|中国 as 击中, 举行|会谈 as 行会 "háng"), so each multi-character ICU word is read on its own, apart
 * from its neighbours. Single-character words keep the whole-sentence reading, which is what resolves
 * 了, 长, 得, 为 and the sandhi of 一/不 from their neighbours.
 */
function readChunk(form: string, opts: ReadingOptions): { numbered: (NumberedSyllable | null)[]; spans: WordSpan[] } {
  const numbered = runPinyin(form, opts);
  const segments = segmentSpans(form, opts.meter);
  const spans: WordSpan[] = [];
  for (const s of segments) {
    const n = countReadings(numbered, s);
    if (n === 0) continue;
    spans.push(s);
    if (n < 2) continue;
    const alone = wordAlone(form.slice(s.start, s.end), opts);
    for (let i = s.start; i < s.end; i++) {
      const ch = form[i] as string;
      // The sandhi of 一 and 不 depends on the next syllable, which may lie beyond the word.
      if (!numbered[i] || SANDHI_CHARS.includes(ch)) continue;
      if (!alone.known && PARTICLES.includes(ch)) continue;
      numbered[i] = alone.readings[i - s.start] ?? null;
    }
  }
  markComplementDe(form, numbered);
  const matches = dictionaryMatches(form, opts.meter);
  for (const m of matches) {
    m.syllables.forEach((syl, k) => {
      const i = m.start + k;
      if (numbered[i] && !(opts.sandhi && SANDHI_CHARS.includes(form[i] as string))) numbered[i] = syl;
    });
  }
  return { numbered, spans: mergeDictionaryWords(spans, matches) };
}

/** A dictionary word that ICU split into whole pieces (处|长) is shown as one word on hover. A dictionary word
 *  that ends inside an ICU word (司|长谈) is left alone: the ICU word may be the right one. */
function mergeDictionaryWords(spans: WordSpan[], matches: DictionaryMatch[]): WordSpan[] {
  if (matches.length === 0) return spans;
  const out: WordSpan[] = [];
  let k = 0;
  for (const m of matches) {
    const end = m.start + m.syllables.length;
    while (k < spans.length && (spans[k] as WordSpan).start < m.start) out.push(spans[k++] as WordSpan);
    let j = k;
    while (j < spans.length && (spans[j] as WordSpan).end < end) j++;
    const first = spans[k];
    const last = spans[j];
    if (first && last && first.start === m.start && last.end === end && j > k) {
      out.push({ start: m.start, end });
      k = j + 1;
    }
  }
  while (k < spans.length) out.push(spans[k++] as WordSpan);
  return out;
}

// 得 between a verb and a degree complement is the neutral "de" (做得很好, 发挥得更好, 说得不错); pinyin-pro, reading
// 发挥|得 across the word boundary, says "dé". After 不 (不得不, 不得很) it keeps the reading pinyin-pro gives.
const DEGREE_AFTER_DE = /^(很|非常|十分|比较|更|越来越|相当|太|特别|不错)/;
const DE: NumberedSyllable = { base: 'de', tone: 0 };

function markComplementDe(form: string, numbered: (NumberedSyllable | null)[]): void {
  for (let i = form.indexOf('得'); i > 0; i = form.indexOf('得', i + 1)) {
    const prev = form[i - 1] as string;
    if (!numbered[i - 1] || prev === '不' || prev === '获' || prev === '取') continue;
    if (DEGREE_AFTER_DE.test(form.slice(i + 1, i + 4))) numbered[i] = DE;
  }
}

/** One entry per UTF-16 code unit of `text`: the syllable of the hanzi starting there, else null. */
export function readingsFor(text: string, opts: ReadingOptions): (string | null)[] {
  const tone = opts.tone ?? 'marks';
  return numberedReadings(text, opts).numbered.map((s) => (s ? formatSyllable(s, tone) : null));
}
