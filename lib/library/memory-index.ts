// The bigram index held in memory: for the tests and the bench, and the reference the IndexedDB layer must agree
// with. One sorted array of hits per bigram across the whole library.
import { conferenceGrams, hitOf } from './grams';
import { summarise, type ConferenceSummary, type LibraryTranscript } from './model';
import type { LibraryReader } from './query';
import type { HitSource, MatchSet } from './search';
import { TurnTable } from './turn-table';

export class MemoryIndex implements HitSource {
  /** Hits added since the bigram's array was last built. */
  private readonly pending = new Map<string, number[]>();
  private readonly built = new Map<string, Float64Array>();
  private readonly byFirst = new Map<string, Set<string>>();

  /** Conferences must be added in increasing number, so every list stays sorted without a sort. */
  add(conf: number, turnTexts: readonly string[]): void {
    for (const [gram, positions] of conferenceGrams(turnTexts)) {
      let list = this.pending.get(gram);
      if (!list) {
        this.pending.set(gram, (list = []));
        let grams = this.byFirst.get(gram[0]!);
        if (!grams) this.byFirst.set(gram[0]!, (grams = new Set()));
        grams.add(gram);
      }
      for (const p of positions) list.push(hitOf(conf, p));
    }
  }

  /** Builds every array now (the bench: no first-query cost, and the pending lists are freed). */
  freeze(): void {
    for (const gram of this.pending.keys()) this.hitsNow(gram);
  }

  hitsNow(gram: string): Float64Array {
    const added = this.pending.get(gram);
    const done = this.built.get(gram);
    if (!added) return done ?? new Float64Array(0);
    const out = new Float64Array((done?.length ?? 0) + added.length);
    if (done) out.set(done);
    out.set(added, done?.length ?? 0);
    this.built.set(gram, out);
    this.pending.delete(gram);
    return out;
  }

  hits(gram: string): Promise<Float64Array> {
    return Promise.resolve(this.hitsNow(gram));
  }

  prefixHits(char: string): Promise<Float64Array> {
    return Promise.resolve(mergeSorted([...(this.byFirst.get(char) ?? [])].map((g) => this.hitsNow(g))));
  }
}

/** A whole library in memory: the index plus the records, numbered from 1 in the order given. */
export class MemoryLibrary extends MemoryIndex implements LibraryReader {
  readonly texts = new Map<number, LibraryTranscript>();
  readonly sums = new Map<number, ConferenceSummary>();
  readonly table = new TurnTable();

  constructor(list: readonly LibraryTranscript[]) {
    super();
    list.forEach((t, i) => {
      const summary = summarise(t, i + 1);
      this.texts.set(i + 1, t);
      this.sums.set(i + 1, summary);
      this.table.add(summary);
      this.add(
        i + 1,
        t.turns.map((x) => x.text),
      );
    });
  }

  /** Every summary is in memory already: the whole map holds the ones asked for. */
  summaries(_nos: Iterable<number>): Promise<ReadonlyMap<number, ConferenceSummary>> {
    return Promise.resolve(this.sums);
  }

  transcript(no: number): Promise<LibraryTranscript | undefined> {
    return Promise.resolve(this.texts.get(no));
  }

  /** Built as the conferences were added: a search reads it as it is. */
  turnTable(_matches: MatchSet): Promise<TurnTable> {
    return Promise.resolve(this.table);
  }
}

/** One sorted array from several sorted ones. */
export function mergeSorted(lists: readonly ArrayLike<number>[]): Float64Array {
  const total = lists.reduce((n, l) => n + l.length, 0);
  const out = new Float64Array(total);
  let at = 0;
  for (const l of lists) for (let i = 0; i < l.length; i++) out[at++] = l[i]!;
  return out.sort();
}
