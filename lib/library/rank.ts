// From matches to exchanges: the counts for the whole query and the refs of only the page shown. A common phrase
// has tens of thousands of matches in most of the library's conferences, so nothing here is made per match or
// per conference: one pass over the sorted hits visits each matched turn once (hits of one turn are adjacent),
// reads the conference and its turns from the library-wide turn table (turn-table.ts: arrays read in order, no
// lookup), counts into scratch arrays reused by every search, and builds a ResultRef with its ranges only for the
// exchanges on the page.
import type { Facets, Filters, Ranking, ResultRef } from './results';
import { mergeRanges } from './results';
import { Counts, floats, ints, Stamps } from './scratch';
import { gallop, lengthAt, type MatchSet } from './search';
import { KIND, NAMES, type TurnTable } from './turn-table';

const CONF = 2 ** 32;
const TURN = 2 ** 18;

const BY_SPEAKER = new Counts();
const BY_OUTLET = new Counts();
const BY_MONTH = new Counts();
/** Per section of the conference being ranked: its exchange in this search. */
const EXCHANGE = new Stamps();
/** Per (section, local speaker) of the conference being ranked: counted already. */
const SPOKE = new Stamps();
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

// Ties in code-unit order: a locale-aware compare costs microseconds, and a common phrase has hundreds of speakers.
const byName = (a: [string, number], b: [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
const byCount = (rows: [string, number][]) => rows.sort((a, b) => b[1] - a[1] || byName(a, b));

/** The filters as shared ids (-1: no filter; -2, a name nothing has: nothing passes) and the count arrays. */
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
}

const passOf = (f: Filters, r: Ranking): Pass => ({
  site: f.site ? NAMES.find(f.site) : -1,
  from: f.from ?? '',
  to: f.to ?? '',
  exclude: r.excludeUrl === undefined ? -1 : NAMES.find(r.excludeUrl),
  answersOnly: r.answersOnly === true,
  who: f.speaker ? NAMES.find(f.speaker) : -1,
  outlet: f.outlet ? NAMES.find(f.outlet) : -1,
  prefer: r.preferSpeaker ? NAMES.find(r.preferSpeaker) : -2,
  speakers: BY_SPEAKER.array(),
  outlets: BY_OUTLET.array(),
  months: BY_MONTH.array(),
});

function passes(t: TurnTable, conf: number, p: Pass): boolean {
  return (
    t.has(conf) &&
    (p.site === -1 || t.site[conf] === p.site) &&
    (p.from === '' || t.day[conf]! >= p.from) &&
    (p.to === '' || t.day[conf]! <= p.to) &&
    t.url[conf] !== p.exclude
  );
}

function turnPasses(t: TurnTable, conf: number, turn: number, p: Pass): boolean {
  const row = t.base[conf]! + turn;
  return (
    turn < t.turns[conf]! &&
    (!p.answersOnly || t.kind[row] === KIND.answer) &&
    (p.who === -1 || t.speakerName[t.speakerBase[conf]! + t.speaker[row]!] === p.who) &&
    (p.outlet === -1 || t.outlet[row] === p.outlet)
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
  const rows = t.base[conf]!;
  const turns = t.turns[conf]!;
  const names = t.speakerBase[conf]!;
  const people = t.speakers[conf]!;
  EXCHANGE.next(t.sections[conf]!);
  SPOKE.next(t.sections[conf]! * people);
  const { stamp: exStamp, value: exOf, gen: exGen } = EXCHANGE;
  const { stamp: spoke, gen: spokeGen } = SPOKE;
  const sections = EX_SECTION.at(start + t.sections[conf]!);
  const preferred = EX_PREFERRED.at(start + t.sections[conf]!);
  let end = start;
  // The hits of one turn are adjacent: past its first, a hit below the turn's end needs one comparison.
  let turnEnd = -1;
  for (let i = from; i < to; i++) {
    const hit = hits[i]!;
    if (hit < turnEnd) continue;
    const turn = Math.floor((hit - base) / TURN);
    turnEnd = base + (turn + 1) * TURN;
    if (meter) meter.turns++;
    const row = rows + turn;
    if (turn >= turns || (p.answersOnly && t.kind[row] !== KIND.answer)) continue;
    const who = t.speaker[row]!;
    const name = t.speakerName[names + who]!;
    if ((p.who !== -1 && name !== p.who) || (p.outlet !== -1 && t.outlet[row] !== p.outlet)) continue;
    const section = t.section[row]!;
    let ex = exOf[section]!;
    if (exStamp[section] !== exGen) {
      ex = end++;
      sections[ex] = section;
      preferred[ex] = 0;
      exStamp[section] = exGen;
      exOf[section] = ex;
      const outlet = t.outlet[row]!;
      if (outlet >= 0) BY_OUTLET.add(p.outlets, outlet);
    }
    if (spoke[section * people + who] !== spokeGen) {
      spoke[section * people + who] = spokeGen;
      BY_SPEAKER.add(p.speakers, name);
    }
    if (name === p.prefer) preferred[ex] = 1;
  }
  if (end > start) BY_MONTH.add(p.months, t.month[conf]!, end - start);
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
  const p = passOf(filters, ranking);
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
        CONF_NO.at(confs + 1)[confs] = conf;
        CONF_FROM.at(confs + 1)[confs] = from;
        CONF_TO.at(confs + 1)[confs] = to;
        CONF_EX.at(confs + 2)[confs] = exchanges;
        CONF_EX.at(0)[confs + 1] = end;
        CONF_DAY.at(confs + 1)[confs] = table.dayKey[conf]!;
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
      bySpeaker: byCount(BY_SPEAKER.take()),
      byOutlet: byCount(BY_OUTLET.take()),
      byMonth: BY_MONTH.take().sort(byName),
    },
  };
}

/** The matched conferences' places, newest first, then the higher number: a typed sort of (day, place) keys;
 *  places follow the conference numbers, as the hits do. */
function newestFirst(confs: number): number[] {
  const keys = ORDER.at(confs).subarray(0, confs);
  const days = CONF_DAY.at(0);
  for (let i = 0; i < confs; i++) keys[i] = days[i]! * 2 ** 21 + i;
  keys.sort();
  const order: number[] = [];
  for (let k = confs - 1; k >= 0; k--) order.push(keys[k]! % 2 ** 21);
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
  const sections = EX_SECTION.at(0);
  const preferred = EX_PREFERRED.at(0);
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
  const rows = table.base[conf]!;
  for (let i = hits[0]; i < hits[1]; i++) {
    const position = matches.hits[i]! - conf * CONF;
    const turn = Math.floor(position / TURN);
    if (turn >= table.turns[conf]! || table.section[rows + turn] !== section || !turnPasses(table, conf, turn, p)) {
      continue;
    }
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
