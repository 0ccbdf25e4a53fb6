// What ranking reads of every conference, in one set of typed arrays for the whole library: per conference
// (indexed by its number) where its turns start and what the filters compare, per turn (indexed by that start plus
// the turn) its kind, section, speaker and outlet. A search touching a thousand conferences then reads a few
// contiguous arrays in order instead of a thousand summaries and their turn lists: no Map lookup and no pointer to
// follow per conference. Rows are appended as conferences are added; a conference added again gets new rows.
import type { ConferenceSummary } from './model';

export const KIND = { question: 0, answer: 1, host: 2 } as const;

/** Strings ranking compares (speakers, outlets, months, sites, addresses) as small numbers, so comparing and
 *  counting are indexing. Shared by every table, so a search's counts can be read back without the table. */
export class Names {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) this.ids.set(name, (id = this.names.push(name) - 1));
    return id;
  }
  /** The id, or -2 for a name nothing has (it equals no id, so a filter on it lets nothing through). */
  find(name: string): number {
    return this.ids.get(name) ?? -2;
  }
}
export const NAMES = new Names();

function grown<T extends Int32Array | Uint8Array>(a: T, n: number, make: (n: number) => T): T {
  if (n <= a.length) return a;
  const out = make(Math.max(n, a.length * 2));
  out.set(a);
  return out;
}
const int32 = (n: number) => new Int32Array(n);

export class TurnTable {
  // Per conference, by number. `turns` is 0 for a number with no conference (nothing of it is ranked).
  base = int32(16);
  turns = int32(16);
  sections = int32(16);
  /** Where the conference's speakers start in `speakerName`, and how many it has. */
  speakerBase = int32(16);
  speakers = int32(16);
  /** The day as yyyymmdd, for ordering without comparing strings. */
  dayKey = int32(16);
  month = int32(16);
  site = int32(16);
  url = int32(16);
  /** The day as stored: the date filters compare it as the summaries did, and a result carries it. */
  day: string[] = [];

  // Per turn, by base + turn. `speaker` is local to the conference (small, for the per-exchange marks).
  kind = new Uint8Array(256);
  section = int32(256);
  speaker = int32(256);
  outlet = int32(256);
  /** A conference's local speaker number as a shared name id, by speakerBase + local number. */
  speakerName = int32(64);

  private rows = 0;
  private names = 0;

  /** Adds a conference's turns (or replaces what the table held for its number). */
  add(s: ConferenceSummary): void {
    const no = s.no;
    this.growConferences(no + 1);
    const n = s.turns.length;
    const base = this.rows;
    this.growRows(base + n);
    const local = new Map<string, number>();
    const start = this.names;
    let sections = 0;
    for (let i = 0; i < n; i++) {
      const info = s.turns[i]!;
      const who = info.who ?? '?';
      let id = local.get(who);
      if (id === undefined) {
        local.set(who, (id = local.size));
        this.speakerName = grown(this.speakerName, start + id + 1, int32);
        this.speakerName[start + id] = NAMES.id(who);
      }
      this.kind[base + i] = KIND[info.kind];
      this.section[base + i] = info.section;
      this.speaker[base + i] = id;
      this.outlet[base + i] = info.outlet === null ? -1 : NAMES.id(info.outlet);
      sections = Math.max(sections, info.section + 1);
    }
    this.rows += n;
    this.names += local.size;
    this.base[no] = base;
    this.turns[no] = n;
    this.sections[no] = sections;
    this.speakerBase[no] = start;
    this.speakers[no] = local.size;
    this.dayKey[no] = Number(s.day.replace(/-/g, '')) || 0;
    this.month[no] = NAMES.id(s.day.slice(0, 7));
    this.site[no] = NAMES.id(s.site);
    this.url[no] = NAMES.id(s.url);
    this.day[no] = s.day;
  }

  /** Whether the table holds a conference with turns under this number. */
  has(no: number): boolean {
    return no < this.turns.length && this.turns[no]! > 0;
  }

  private growConferences(n: number): void {
    this.base = grown(this.base, n, int32);
    this.turns = grown(this.turns, n, int32);
    this.sections = grown(this.sections, n, int32);
    this.speakerBase = grown(this.speakerBase, n, int32);
    this.speakers = grown(this.speakers, n, int32);
    this.dayKey = grown(this.dayKey, n, int32);
    this.month = grown(this.month, n, int32);
    this.site = grown(this.site, n, int32);
    this.url = grown(this.url, n, int32);
  }

  private growRows(n: number): void {
    this.kind = grown(this.kind, n, (m) => new Uint8Array(m));
    this.section = grown(this.section, n, int32);
    this.speaker = grown(this.speaker, n, int32);
    this.outlet = grown(this.outlet, n, int32);
  }
}

/** A table of just these summaries (the database layer builds one from the summaries a search reads). */
export function tableOf(summaries: Iterable<ConferenceSummary>): TurnTable {
  const t = new TurnTable();
  for (const s of summaries) t.add(s);
  return t;
}
