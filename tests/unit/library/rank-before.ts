// The ranking as it was before the library-wide turn table (rank.ts at 647648f, ranking over summaries), kept as
// the reference rank-same.test.ts compares the new ranking with (same pages, same counts).
// From matches to exchanges: the counts for the whole query and the refs of only the page shown. A common phrase
// has tens of thousands of matches in most of the library's conferences, so nothing here is made per match or
// per conference: one pass over the sorted hits visits each matched turn once (hits of one turn are adjacent),
// reads the conference's turns as typed arrays (built once per summary), counts into scratch arrays reused by
// every search, and builds a ResultRef with its ranges only for the exchanges on the page.
import type { ConferenceSummary } from '../../../lib/library/model';
import type { Facets, Filters, Ranking, ResultRef } from '../../../lib/library/results';
import { mergeRanges } from '../../../lib/library/results';
import { lengthAt, type MatchSet } from '../../../lib/library/search';

const CONF = 2 ** 32;
const TURN = 2 ** 18;
const KIND = { question: 0, answer: 1, host: 2 } as const;

/** Names (speakers, outlets, months) as small numbers shared by every conference, so counting is indexing. */
class Names {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) this.ids.set(name, (id = this.names.push(name) - 1));
    return id;
  }
  find(name: string): number {
    return this.ids.get(name) ?? -2;
  }
}
const NAMES = new Names();

/** A summary's turns as numbers. `who` is an id local to the conference (small, for the per-exchange marks);
 *  `whoName` turns it into the shared id; outlets and the month are shared ids. */
interface TurnTable {
  kind: Uint8Array;
  section: Int32Array;
  who: Int32Array;
  whoName: Int32Array;
  outlet: Int32Array;
  month: number;
  /** The day as yyyymmdd, for ordering without comparing strings. */
  day: number;
  sections: number;
}

const tables = new WeakMap<ConferenceSummary, TurnTable>();

function turnTable(s: ConferenceSummary): TurnTable {
  const cached = tables.get(s);
  if (cached) return cached;
  const n = s.turns.length;
  const local = new Map<string, number>();
  const whoName: number[] = [];
  const t: TurnTable = {
    kind: new Uint8Array(n),
    section: new Int32Array(n),
    who: new Int32Array(n),
    whoName: new Int32Array(0),
    outlet: new Int32Array(n),
    month: NAMES.id(s.day.slice(0, 7)),
    day: Number(s.day.replace(/-/g, '')) || 0,
    sections: 0,
  };
  s.turns.forEach((info, i) => {
    const who = info.who ?? '?';
    let id = local.get(who);
    if (id === undefined) local.set(who, (id = whoName.push(NAMES.id(who)) - 1));
    t.kind[i] = KIND[info.kind];
    t.section[i] = info.section;
    t.who[i] = id;
    t.outlet[i] = info.outlet === null ? -1 : NAMES.id(info.outlet);
    t.sections = Math.max(t.sections, info.section + 1);
  });
  t.whoName = Int32Array.from(whoName);
  tables.set(s, t);
  return t;
}

/** A growable scratch array, reused by every search (ranking is synchronous: no two run at once). */
class Scratch<T extends Int32Array | Float64Array> {
  constructor(
    private array: T,
    private readonly make: (n: number) => T,
  ) {}
  /** The array, at least `n` long (old contents kept). */
  at(n: number): T {
    if (n > this.array.length) {
      const grown = this.make(Math.max(n, this.array.length * 2));
      grown.set(this.array);
      this.array = grown;
    }
    return this.array;
  }
}
const ints = (n: number) => new Scratch(new Int32Array(n), (m) => new Int32Array(m));

/** Counts by shared name id for one search; only the ids touched are read back, and cleared. */
class Counts {
  private readonly counts = ints(1024);
  private readonly touched: number[] = [];
  add(id: number, by = 1): void {
    const c = this.counts.at(id + 1);
    if (c[id] === 0) this.touched.push(id);
    c[id]! += by;
  }
  take(): [string, number][] {
    const c = this.counts.at(0);
    const rows = this.touched.map((id): [string, number] => [NAMES.names[id]!, c[id]!]);
    for (const id of this.touched) c[id] = 0;
    this.touched.length = 0;
    return rows;
  }
}

/** Marks stamped with a generation number, so a conference's marks need no clearing. */
class Stamps {
  private readonly stamp = ints(256);
  private readonly value = ints(256);
  private gen = 0;
  next(size: number): void {
    this.stamp.at(size);
    this.value.at(size);
    this.gen++;
  }
  get(i: number): number {
    return this.stamp.at(0)[i] === this.gen ? this.value.at(0)[i]! : -1;
  }
  set(i: number, v: number): void {
    this.stamp.at(0)[i] = this.gen;
    this.value.at(0)[i] = v;
  }
}

const BY_SPEAKER = new Counts();
const BY_OUTLET = new Counts();
const BY_MONTH = new Counts();
const EXCHANGE = new Stamps();
const SPOKE = new Stamps();
/** Per matched conference: number, first and last hit, first and last exchange. */
const CONF_NO = ints(1024);
const CONF_FROM = ints(1024);
const CONF_TO = ints(1024);
const CONF_EX = ints(1024);
const CONF_DAY = ints(1024);
/** Per exchange found: its section, and 1 where the preferred speaker speaks in it. */
const EX_SECTION = ints(4096);
const EX_PREFERRED = ints(4096);
const ORDER = new Scratch(new Float64Array(1024), (m) => new Float64Array(m));

/** Work done ranking, for the tests: matched turns visited, and refs built (the page only). */
export interface RankMeter {
  turns: number;
  refs: number;
}

export interface Ranked {
  facets: Facets;
  /** The exchanges from `offset`, at most `limit`. */
  page: ResultRef[];
}

// Ties in code-unit order: a locale-aware compare costs microseconds, and a common phrase has hundreds of speakers.
const byName = (a: [string, number], b: [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
const byCount = (rows: [string, number][]) => rows.sort((a, b) => b[1] - a[1] || byName(a, b));

function passes(s: ConferenceSummary, f: Filters, r: Ranking): boolean {
  return (
    (!f.site || s.site === f.site) &&
    (!f.from || s.day >= f.from) &&
    (!f.to || s.day <= f.to) &&
    s.turns.length > 0 &&
    s.url !== r.excludeUrl
  );
}

/** The turn filters as shared ids (-1: no filter; -2: a name no conference has, so nothing passes). */
interface TurnFilter {
  answersOnly: boolean;
  who: number;
  outlet: number;
  /** The preferred speaker's id, or -2. */
  prefer: number;
}

const turnFilter = (f: Filters, r: Ranking): TurnFilter => ({
  answersOnly: r.answersOnly === true,
  who: f.speaker ? NAMES.find(f.speaker) : -1,
  outlet: f.outlet ? NAMES.find(f.outlet) : -1,
  prefer: r.preferSpeaker ? NAMES.find(r.preferSpeaker) : -2,
});

function turnPasses(t: TurnTable, turn: number, f: TurnFilter): boolean {
  return (
    turn < t.kind.length &&
    (!f.answersOnly || t.kind[turn] === KIND.answer) &&
    (f.who === -1 || t.whoName[t.who[turn]!] === f.who) &&
    (f.outlet === -1 || t.outlet[turn] === f.outlet)
  );
}

/** The exchanges of one conference's hits [from, to), appended from `ex` on and counted; returns the new end. */
function confExchanges(
  hits: Float64Array,
  conf: number,
  range: [number, number],
  table: TurnTable,
  filter: TurnFilter,
  start: number,
  meter?: RankMeter,
): number {
  const base = conf * CONF;
  const people = table.whoName.length;
  EXCHANGE.next(table.sections);
  SPOKE.next(table.sections * people);
  const sections = EX_SECTION.at(start + table.sections);
  const preferred = EX_PREFERRED.at(start + table.sections);
  let end = start;
  // The hits of one turn are adjacent: past its first, a hit below the turn's end needs one comparison.
  let turnEnd = -1;
  for (let i = range[0]; i < range[1]; i++) {
    const hit = hits[i]!;
    if (hit < turnEnd) continue;
    const turn = Math.floor((hit - base) / TURN);
    turnEnd = base + (turn + 1) * TURN;
    if (meter) meter.turns++;
    if (!turnPasses(table, turn, filter)) continue;
    const section = table.section[turn]!;
    let ex = EXCHANGE.get(section);
    if (ex < 0) {
      ex = end++;
      sections[ex] = section;
      preferred[ex] = 0;
      EXCHANGE.set(section, ex);
      const outlet = table.outlet[turn]!;
      if (outlet >= 0) BY_OUTLET.add(outlet);
    }
    const who = table.who[turn]!;
    if (SPOKE.get(section * people + who) < 0) {
      SPOKE.set(section * people + who, 1);
      BY_SPEAKER.add(table.whoName[who]!);
    }
    if (table.whoName[who] === filter.prefer) preferred[ex] = 1;
  }
  if (end > start) BY_MONTH.add(table.month, end - start);
  return end;
}

/** Groups matches into exchanges, filtered and ranked (preferred speaker, newest, conference, section order). */
export function rankResults(
  matches: MatchSet,
  summaries: ReadonlyMap<number, ConferenceSummary>,
  filters: Filters = {},
  ranking: Ranking = {},
  window: { offset?: number; limit?: number } = {},
  meter?: RankMeter,
): Ranked {
  const { hits } = matches;
  const filter = turnFilter(filters, ranking);
  const range: [number, number] = [0, 0];
  let confs = 0;
  let exchanges = 0;
  for (let from = 0; from < hits.length;) {
    const conf = Math.floor(hits[from]! / CONF);
    const next = (conf + 1) * CONF;
    let to = from + 1;
    while (to < hits.length && hits[to]! < next) to++;
    const summary = summaries.get(conf);
    if (summary && passes(summary, filters, ranking)) {
      range[0] = from;
      range[1] = to;
      const end = confExchanges(hits, conf, range, turnTable(summary), filter, exchanges, meter);
      if (end > exchanges) {
        CONF_NO.at(confs + 1)[confs] = conf;
        CONF_FROM.at(confs + 1)[confs] = from;
        CONF_TO.at(confs + 1)[confs] = to;
        CONF_EX.at(confs + 2)[confs] = exchanges;
        CONF_EX.at(0)[confs + 1] = end;
        CONF_DAY.at(confs + 1)[confs] = turnTable(summary).day;
        confs++;
        exchanges = end;
      }
    }
    from = to;
  }
  // Newest first, then the higher number: a typed sort of (day, position) keys; positions follow the conference
  // numbers, as the hits do.
  const keys = ORDER.at(confs).subarray(0, confs);
  const days = CONF_DAY.at(0);
  for (let i = 0; i < confs; i++) keys[i] = days[i]! * 2 ** 21 + i;
  keys.sort();
  const order: number[] = [];
  for (let k = confs - 1; k >= 0; k--) order.push(keys[k]! % 2 ** 21);
  return {
    page: pageOf(matches, summaries, order, filter, window, meter),
    facets: {
      total: exchanges,
      bySpeaker: byCount(BY_SPEAKER.take()),
      byOutlet: byCount(BY_OUTLET.take()),
      byMonth: BY_MONTH.take().sort(byName),
    },
  };
}

/** The refs from `offset`: the preferred exchanges first, then the rest, each in the conferences' order. */
function pageOf(
  matches: MatchSet,
  summaries: ReadonlyMap<number, ConferenceSummary>,
  order: readonly number[],
  filter: TurnFilter,
  window: { offset?: number; limit?: number },
  meter?: RankMeter,
): ResultRef[] {
  const offset = window.offset ?? 0;
  const end = offset + (window.limit ?? 20);
  const out: ResultRef[] = [];
  const sections = EX_SECTION.at(0);
  const preferred = EX_PREFERRED.at(0);
  let seen = 0;
  for (const wanted of filter.prefer === -2 ? [-1] : [1, 0]) {
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
        const summary = summaries.get(conf)!;
        const hits: [number, number] = [CONF_FROM.at(0)[c]!, CONF_TO.at(0)[c]!];
        out.push(refOf(matches, conf, summary, hits, sections[ex]!, preferred[ex] === 1, filter));
      }
    }
  }
  return out;
}

/** One exchange's matched turns with their merged ranges, read again from the conference's hits. */
function refOf(
  matches: MatchSet,
  conf: number,
  summary: ConferenceSummary,
  hits: [number, number],
  section: number,
  preferred: boolean,
  filter: TurnFilter,
): ResultRef {
  const table = turnTable(summary);
  const turns: ResultRef['turns'] = [];
  for (let i = hits[0]; i < hits[1]; i++) {
    const position = matches.hits[i]! - conf * CONF;
    const turn = Math.floor(position / TURN);
    if (table.section[turn] !== section || !turnPasses(table, turn, filter)) continue;
    let t = turns[turns.length - 1];
    if (t?.turn !== turn) t = turns.find((x) => x.turn === turn);
    if (!t) turns.push((t = { turn, ranges: [] }));
    const start = position % TURN;
    t.ranges.push([start, start + lengthAt(matches, i)]);
  }
  turns.sort((a, b) => a.turn - b.turn);
  for (const t of turns) t.ranges = mergeRanges(t.ranges);
  return { conf, day: summary.day, section, turns, preferred };
}
