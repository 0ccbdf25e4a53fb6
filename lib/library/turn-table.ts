// What ranking reads of every conference, in two typed arrays for the whole library: a record per conference
// (indexed by its number) with where its turns start and what the filters compare, and a record per turn (indexed
// by that start plus the turn) with its kind, section, speaker and outlet. A search touching a thousand
// conferences then reads two arrays in order instead of a thousand summaries and their turn lists: no Map lookup,
// no pointer to follow, and a turn's fields share one cache line (a search runs after other work has pushed the
// library out of the caches, so lines read, not instructions, are what it costs). Records are appended as
// conferences are added; a conference added again gets new turn records.
import type { ConferenceSummary } from './model';

export const KIND = { question: 0, answer: 1, host: 2 } as const;

/** Strings ranking compares as small numbers, so comparing and counting are indexing. Shared by every table, so
 *  a search's counts can be read back without the table. */
export class Names {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  private order = new Int32Array(0);
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) this.ids.set(name, (id = this.names.push(name) - 1));
    return id;
  }
  /** The id, or -2 for a name nothing has (it equals no id, so a filter on it lets nothing through). */
  find(name: string): number {
    return this.ids.get(name) ?? -2;
  }
  /** Each id's place in the code-unit order of the names, sorted again only after names were added: the counts
   *  of a search are ordered by comparing numbers, not strings scattered through the heap. */
  places(): Int32Array {
    const { names } = this;
    if (this.order.length !== names.length) {
      const ids = names.map((_, id) => id).sort((a, b) => (names[a]! < names[b]! ? -1 : 1));
      this.order = new Int32Array(names.length);
      ids.forEach((id, place) => (this.order[id] = place));
    }
    return this.order;
  }
}
/** Speakers, outlets and months: what a search counts. */
export const NAMES = new Names();
/** Sites and addresses: what the filters compare (kept apart, so a new address does not reorder the names). */
export const PLACES = new Names();

/** A conference's record: 8 numbers at no * CONF_FIELDS (two records a cache line). `turns` is 0 for a number with
 *  no conference (nothing of it is ranked); `speakers` counts its people; `names` is where its local speaker
 *  numbers' name ids start in `names`, its outlets' following them; `day` is yyyymmdd, for ordering without
 *  comparing strings; month, site and url are name ids. */
export const CONF_FIELDS = 8;
export const C = { base: 0, turns: 1, speakers: 2, day: 3, month: 4, site: 5, url: 6, names: 7 } as const;

/** A turn is one 32-bit word at base + turn: its kind in bits 0-1, its speaker's number local to the conference in
 *  bits 2-7, its outlet's local number plus one (0: none asked) in bits 8-14, its section in bits 15-30. Four bytes
 *  a turn: after other work has pushed the library out of the caches, what a search pays for is the memory it
 *  touches (cache lines and pages), and a conference's turns fit in a few lines. A turn whose numbers do not fit
 *  has a negative word (the kind still in bits 0-1) and its three numbers in the `wide` arrays. */
export const W = {
  kindBits: 3,
  speakerShift: 2,
  speakerBits: 63,
  outletShift: 8,
  outletBits: 127,
  sectionShift: 15,
  sectionLimit: 2 ** 16,
} as const;

function grown(a: Int32Array, n: number): Int32Array {
  if (n <= a.length) return a;
  const out = new Int32Array(Math.max(n, a.length * 2));
  out.set(a);
  return out;
}

/** Local numbers for the distinct values of one conference, in order of first appearance. */
function locals(values: readonly string[]): { of: Map<string, number>; names: number[] } {
  const of = new Map<string, number>();
  const names: number[] = [];
  for (const v of values) if (!of.has(v)) of.set(v, names.push(NAMES.id(v)) - 1);
  return { of, names };
}

export class TurnTable {
  /** Conference records, by number. */
  confs: Int32Array = new Int32Array(16 * CONF_FIELDS);
  /** Turn words, by base + turn. */
  words: Int32Array = new Int32Array(256);
  /** Name ids of each conference's local speakers, then of its local outlets. */
  names: Int32Array = new Int32Array(64);
  /** Section, local speaker and local outlet plus one of the turns whose word is negative, by base + turn. */
  wideSection: Int32Array = new Int32Array(0);
  wideSpeaker: Int32Array = new Int32Array(0);
  wideOutlet: Int32Array = new Int32Array(0);
  /** The day as stored, by number: the date filters compare it as the summaries did, and a result carries it. */
  day: string[] = [];
  /** Turns in use. */
  rows = 0;
  /** One past the highest conference number added. */
  size = 0;
  /** The most sections, and sections times speakers, of any conference: what marks per section need. */
  maxSections = 0;
  maxMarks = 0;
  private named = 0;

  /** Adds a conference's turns (or replaces what the table held for its number). */
  add(s: ConferenceSummary): void {
    const n = s.turns.length;
    const base = this.rows;
    this.words = grown(this.words, base + n);
    const speakers = locals(s.turns.map((t) => t.who ?? '?'));
    const outlets = locals(s.turns.flatMap((t) => (t.outlet === null ? [] : [t.outlet])));
    let sections = 0;
    for (let i = 0; i < n; i++) {
      const info = s.turns[i]!;
      const outlet = info.outlet === null ? 0 : outlets.of.get(info.outlet)! + 1;
      this.words[base + i] = this.word(
        base + i,
        KIND[info.kind],
        speakers.of.get(info.who ?? '?')!,
        outlet,
        info.section,
      );
      sections = Math.max(sections, info.section + 1);
    }
    const at = this.named;
    this.names = grown(this.names, at + speakers.names.length + outlets.names.length);
    this.names.set(speakers.names, at);
    this.names.set(outlets.names, at + speakers.names.length);
    this.named += speakers.names.length + outlets.names.length;
    this.rows += n;
    this.size = Math.max(this.size, s.no + 1);
    this.confs = grown(this.confs, this.size * CONF_FIELDS);
    const day = Number(s.day.replace(/-/g, '')) || 0;
    const [month, site, url] = [NAMES.id(s.day.slice(0, 7)), PLACES.id(s.site), PLACES.id(s.url)];
    this.confs.set([base, n, speakers.names.length, day, month, site, url, at], s.no * CONF_FIELDS);
    this.day[s.no] = s.day;
    this.maxSections = Math.max(this.maxSections, sections);
    this.maxMarks = Math.max(this.maxMarks, sections * speakers.names.length);
  }

  private word(row: number, kind: number, speaker: number, outlet: number, section: number): number {
    if (speaker <= W.speakerBits && outlet <= W.outletBits && section < W.sectionLimit) {
      return kind | (speaker << W.speakerShift) | (outlet << W.outletShift) | (section << W.sectionShift);
    }
    this.wideSection = grown(this.wideSection, row + 1);
    this.wideSpeaker = grown(this.wideSpeaker, row + 1);
    this.wideOutlet = grown(this.wideOutlet, row + 1);
    this.wideSection[row] = section;
    this.wideSpeaker[row] = speaker;
    this.wideOutlet[row] = outlet;
    return kind | (1 << 31);
  }

  /** Whether the table holds a conference with turns under this number. */
  has(no: number): boolean {
    return no < this.size && this.confs[no * CONF_FIELDS + C.turns]! > 0;
  }
}

/** A table of just these summaries (the database layer builds one from the summaries a search reads). */
export function tableOf(summaries: Iterable<ConferenceSummary>): TurnTable {
  const t = new TurnTable();
  for (const s of summaries) t.add(s);
  return t;
}
