// From matches to exchanges: the counts for the whole query and the refs of only the page shown. A common phrase
// has tens of thousands of matches in most of the library's conferences, so nothing here is made per match or
// per conference: one pass over the sorted hits visits each matched turn once (hits of one turn are adjacent),
// reads the conference and its turns from the library-wide turn table (turn-table.ts: arrays read in order, no
// lookup), counts into scratch arrays reused by every search, and builds a ResultRef with its ranges only for the
// exchanges on the page.
import type { Facets, Filters, Ranking, ResultRef } from './results';
import { mergeRanges } from './results';
import { Counts, floats, ints } from './scratch';
import { gallop, lengthAt, type MatchSet } from './search';
import * as layout from './turn-table';
import { NAMES, PLACES, type TurnTable } from './turn-table';

const CONF = 2 ** 32;
const TURN = 2 ** 18;
// The table's layout as this module's own constants: an imported binding can be a property read at every use
// (CommonJS output, as the bench runs), and the loops below read these for every matched turn.
const { CONF_FIELDS } = layout;
const { base: C_BASE, turns: C_TURNS, speakers: C_SPEAKERS, day: C_DAY, month: C_MONTH } = layout.C;
const { site: C_SITE, url: C_URL, names: C_NAMES } = layout.C;
const { kindBits: KIND_BITS, speakerShift: SPEAKER_SHIFT, speakerBits: SPEAKER_BITS } = layout.W;
const { outletShift: OUTLET_SHIFT, outletBits: OUTLET_BITS, sectionShift: SECTION_SHIFT } = layout.W;
const ANSWER = layout.KIND.answer;
/** Multiplying by it divides exactly (a power of two) and is cheaper than dividing. */
const PER_TURN = 2 ** -18;

const BY_SPEAKER = new Counts();
const BY_OUTLET = new Counts();
const BY_MONTH = new Counts();
// Marks for the conference being ranked, stamped with its generation so that none needs clearing: per section its
// exchange in this search, per (section, local speaker) whether the speaker is counted for it.
const EX_STAMP = ints(256);
const EX_OF = ints(256);
const SPOKE = ints(256);
let generation = 0;
/** Per matched conference: number, first and last hit, first exchange (and the next one's), day. */
const CONF_NO = ints(1024);
const CONF_FROM = ints(1024);
const CONF_TO = ints(1024);
const CONF_EX = ints(1024);
const CONF_DAY = ints(1024);
/** Per exchange found: its section, and 1 where the preferred speaker speaks in it. */
const EX_SECTION = ints(4096);
const EX_PREFERRED = ints(4096);
const ORDER = floats(1024);

/** Work done ranking, for the tests: conferences and matched turns visited, and refs built (the page only). */
export interface RankMeter {
  conferences: number;
  turns: number;
  refs: number;
}

export const createRankMeter = (): RankMeter => ({ conferences: 0, turns: 0, refs: 0 });

export interface Ranked {
  facets: Facets;
  /** The exchanges from `offset`, at most `limit`. */
  page: ResultRef[];
}

/** One search: the filters as shared ids (-1: no filter; -2, a name nothing has: nothing passes), and the arrays
 *  it writes into, each long enough for the whole search (so the loops below never check). */
interface Pass {
  site: number;
  from: string;
  to: string;
  /** The address left out, or -1 (equal to no address's id). */
  exclude: number;
  answersOnly: boolean;
  who: number;
  outlet: number;
  /** The preferred speaker's id, or -2. */
  prefer: number;
  speakers: Int32Array;
  outlets: Int32Array;
  months: Int32Array;
  exStamp: Int32Array;
  exOf: Int32Array;
  spoke: Int32Array;
  /** Per exchange found: its section, and 1 where the preferred speaker speaks in it. */
  sections: Int32Array;
  preferred: Int32Array;
}

function passOf(f: Filters, r: Ranking, t: TurnTable, hits: number): Pass {
  // A stamp from a generation long past must never look current: start again well before wrapping round.
  if (generation > 2 ** 30) {
    EX_STAMP.at(0).fill(0);
    SPOKE.at(0).fill(0);
    generation = 0;
  }
  // No more exchanges than matched turns, nor than turns in the table.
  const exchanges = Math.min(hits, t.rows) + 1;
  return {
    site: f.site ? PLACES.find(f.site) : -1,
    from: f.from ?? '',
    to: f.to ?? '',
    exclude: r.excludeUrl === undefined ? -1 : PLACES.find(r.excludeUrl),
    answersOnly: r.answersOnly === true,
    who: f.speaker ? NAMES.find(f.speaker) : -1,
    outlet: f.outlet ? NAMES.find(f.outlet) : -1,
    prefer: r.preferSpeaker ? NAMES.find(r.preferSpeaker) : -2,
    speakers: BY_SPEAKER.array(),
    outlets: BY_OUTLET.array(),
    months: BY_MONTH.array(),
    exStamp: EX_STAMP.at(t.maxSections),
    exOf: EX_OF.at(t.maxSections),
    spoke: SPOKE.at(t.maxMarks),
    sections: EX_SECTION.at(exchanges),
    preferred: EX_PREFERRED.at(exchanges),
  };
}

function passes(t: TurnTable, conf: number, p: Pass): boolean {
  const c = conf * CONF_FIELDS;
  return (
    t.has(conf) &&
    (p.site === -1 || t.confs[c + C_SITE] === p.site) &&
    (p.from === '' || t.day[conf]! >= p.from) &&
    (p.to === '' || t.day[conf]! <= p.to) &&
    t.confs[c + C_URL] !== p.exclude
  );
}

// A turn's numbers from its word (turn-table.ts), or from the wide arrays when they did not fit in it.
const sectionOf = (t: TurnTable, row: number, w: number): number => (w < 0 ? t.wideSection[row]! : w >>> SECTION_SHIFT);
const speakerOf = (t: TurnTable, row: number, w: number): number =>
  w < 0 ? t.wideSpeaker[row]! : (w >> SPEAKER_SHIFT) & SPEAKER_BITS;
/** The local outlet plus one, 0 when none asked. */
const outletOf = (t: TurnTable, row: number, w: number): number =>
  w < 0 ? t.wideOutlet[row]! : (w >> OUTLET_SHIFT) & OUTLET_BITS;

/** Whether a turn of conference record `c` passes the turn filters. */
function turnPasses(t: TurnTable, c: number, row: number, p: Pass): boolean {
  const w = t.words[row]!;
  const names = t.confs[c + C_NAMES]!;
  const outlet = outletOf(t, row, w);
  return (
    (!p.answersOnly || (w & KIND_BITS) === ANSWER) &&
    (p.who === -1 || t.names[names + speakerOf(t, row, w)] === p.who) &&
    (p.outlet === -1 || (outlet > 0 && t.names[names + t.confs[c + C_SPEAKERS]! + outlet - 1] === p.outlet))
  );
}

/** The exchanges of one conference's hits [from, to), appended from `start` on and counted; returns the new end. */
function confExchanges(
  hits: Float64Array,
  conf: number,
  from: number,
  to: number,
  t: TurnTable,
  p: Pass,
  start: number,
  meter?: RankMeter,
): number {
  const base = conf * CONF;
  const c = conf * CONF_FIELDS;
  const rows = t.confs[c + C_BASE]!;
  const count = t.confs[c + C_TURNS]!;
  const people = t.confs[c + C_SPEAKERS]!;
  const speakers = t.confs[c + C_NAMES]!;
  const outlets = speakers + people - 1;
  const { words, names } = t;
  const { exStamp, exOf, spoke, sections, preferred, prefer } = p;
  const filtered = p.answersOnly || p.who !== -1 || p.outlet !== -1;
  const gen = ++generation;
  let end = start;
  // The hits of one turn are adjacent: past its first, a hit below the turn's end needs one comparison.
  let turnEnd = -1;
  for (let i = from; i < to; i++) {
    const hit = hits[i]!;
    if (hit < turnEnd) continue;
    const turn = Math.floor((hit - base) * PER_TURN);
    turnEnd = base + (turn + 1) * TURN;
    if (meter) meter.turns++;
    const row = rows + turn;
    if (turn >= count || (filtered && !turnPasses(t, c, row, p))) continue;
    const w = words[row]!;
    const section = w < 0 ? t.wideSection[row]! : w >>> SECTION_SHIFT;
    const local = w < 0 ? t.wideSpeaker[row]! : (w >> SPEAKER_SHIFT) & SPEAKER_BITS;
    let ex = exOf[section]!;
    if (exStamp[section] !== gen) {
      ex = end++;
      sections[ex] = section;
      preferred[ex] = 0;
      exStamp[section] = gen;
      exOf[section] = ex;
      const outlet = w < 0 ? t.wideOutlet[row]! : (w >> OUTLET_SHIFT) & OUTLET_BITS;
      if (outlet > 0) BY_OUTLET.add(p.outlets, names[outlets + outlet]!);
    }
    const speaker = names[speakers + local]!;
    const mark = section * people + local;
    if (spoke[mark] !== gen) {
      spoke[mark] = gen;
      BY_SPEAKER.add(p.speakers, speaker);
    }
    if (speaker === prefer) preferred[ex] = 1;
  }
  if (end > start) BY_MONTH.add(p.months, t.confs[c + C_MONTH]!, end - start);
  return end;
}

/** Groups matches into exchanges, filtered and ranked (preferred speaker, newest, conference, section order). */
export function rankResults(
  matches: MatchSet,
  table: TurnTable,
  filters: Filters = {},
  ranking: Ranking = {},
  window: { offset?: number; limit?: number } = {},
  meter?: RankMeter,
): Ranked {
  const { hits } = matches;
  const p = passOf(filters, ranking, table, hits.length);
  // No more conferences than hits, nor than numbers in the table.
  const most = Math.min(hits.length, table.size) + 1;
  const [nos, firstHit, lastHit, firstEx, days] = [CONF_NO, CONF_FROM, CONF_TO, CONF_EX, CONF_DAY].map((a) =>
    a.at(most),
  ) as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  let confs = 0;
  let exchanges = 0;
  for (let from = 0; from < hits.length;) {
    const conf = Math.floor(hits[from]! / CONF);
    // A conference's hits are a run: its end is found by galloping, not by walking hits a filter may drop.
    const to = gallop(hits, (conf + 1) * CONF, from + 1);
    if (meter) meter.conferences++;
    if (passes(table, conf, p)) {
      const end = confExchanges(hits, conf, from, to, table, p, exchanges, meter);
      if (end > exchanges) {
        nos[confs] = conf;
        firstHit[confs] = from;
        lastHit[confs] = to;
        firstEx[confs] = exchanges;
        firstEx[confs + 1] = end;
        days[confs] = table.confs[conf * CONF_FIELDS + C_DAY]!;
        confs++;
        exchanges = end;
      }
    }
    from = to;
  }
  return {
    page: pageOf(matches, table, newestFirst(confs), p, window, meter),
    facets: {
      total: exchanges,
      bySpeaker: BY_SPEAKER.take(true),
      byOutlet: BY_OUTLET.take(true),
      byMonth: BY_MONTH.take(false),
    },
  };
}

/** The matched conferences' places, newest first, then the higher number: a typed sort of (day, place) keys;
 *  places follow the conference numbers, as the hits do. */
function newestFirst(confs: number): number[] {
  const keys = ORDER.at(confs).subarray(0, confs);
  const days = CONF_DAY.at(0);
  let sorted = true;
  for (let i = 0; i < confs; i++) {
    keys[i] = days[i]! * 2 ** 21 + i;
    if (i > 0 && keys[i]! < keys[i - 1]!) sorted = false;
  }
  // Numbers mostly rise with the day (a conference is usually kept when it is new): often nothing to sort.
  if (!sorted) keys.sort();
  const order: number[] = [];
  // The place by subtraction: % on numbers past 2^31 is a call to fmod.
  for (let k = confs - 1; k >= 0; k--) order.push(keys[k]! - Math.floor(keys[k]! * 2 ** -21) * 2 ** 21);
  return order;
}

/** The refs from `offset`: the preferred exchanges first, then the rest, each in the conferences' order. */
function pageOf(
  matches: MatchSet,
  table: TurnTable,
  order: readonly number[],
  p: Pass,
  window: { offset?: number; limit?: number },
  meter?: RankMeter,
): ResultRef[] {
  const offset = window.offset ?? 0;
  const end = offset + (window.limit ?? 20);
  const out: ResultRef[] = [];
  const { sections, preferred } = p;
  let seen = 0;
  for (const wanted of p.prefer === -2 ? [-1] : [1, 0]) {
    for (const c of order) {
      if (seen >= end) return out;
      const from = CONF_EX.at(0)[c]!;
      const to = CONF_EX.at(0)[c + 1]!;
      const picked: number[] = [];
      for (let ex = from; ex < to; ex++) if (wanted === -1 || preferred[ex] === wanted) picked.push(ex);
      picked.sort((a, b) => sections[a]! - sections[b]!);
      for (const ex of picked) {
        if (seen++ < offset) continue;
        if (seen > end) return out;
        if (meter) meter.refs++;
        const conf = CONF_NO.at(0)[c]!;
        const hits: [number, number] = [CONF_FROM.at(0)[c]!, CONF_TO.at(0)[c]!];
        out.push(refOf(matches, table, conf, hits, sections[ex]!, preferred[ex] === 1, p));
      }
    }
  }
  return out;
}

/** One exchange's matched turns with their merged ranges, read again from the conference's hits. */
function refOf(
  matches: MatchSet,
  table: TurnTable,
  conf: number,
  hits: [number, number],
  section: number,
  preferred: boolean,
  p: Pass,
): ResultRef {
  const turns: ResultRef['turns'] = [];
  const rows = table.confs[conf * CONF_FIELDS + C_BASE]!;
  const count = table.confs[conf * CONF_FIELDS + C_TURNS]!;
  for (let i = hits[0]; i < hits[1]; i++) {
    const position = matches.hits[i]! - conf * CONF;
    const turn = Math.floor(position / TURN);
    const row = rows + turn;
    if (turn >= count || sectionOf(table, row, table.words[row]!) !== section) continue;
    if (!turnPasses(table, conf * CONF_FIELDS, row, p)) continue;
    let t = turns[turns.length - 1];
    if (t?.turn !== turn) t = turns.find((x) => x.turn === turn);
    if (!t) turns.push((t = { turn, ranges: [] }));
    const start = position % TURN;
    t.ranges.push([start, start + lengthAt(matches, i)]);
  }
  turns.sort((a, b) => a.turn - b.turn);
  for (const t of turns) t.ranges = mergeRanges(t.ranges);
  return { conf, day: table.day[conf]!, section, turns, preferred };
}
