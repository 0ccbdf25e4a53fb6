// Arrays a search writes into and the next search reuses: ranking a common phrase touches thousands of exchanges,
// and allocating per search would make the garbage collector part of every search's time. Ranking is synchronous,
// so no two searches share them at once.
import { NAMES } from './turn-table';

/** A growable scratch array. */
export class Scratch<T extends Int32Array | Float64Array> {
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
export const ints = (n: number) => new Scratch(new Int32Array(n), (m) => new Int32Array(m));
export const floats = (n: number) => new Scratch(new Float64Array(n), (m) => new Float64Array(m));

/** Counts by shared name id for one search; only the ids touched are read back, and cleared. */
export class Counts {
  private readonly counts = ints(1024);
  private readonly touched = ints(256);
  private n = 0;
  /** The count array, long enough for every name known now (names are only added between searches). */
  array(): Int32Array {
    return this.counts.at(NAMES.names.length);
  }
  /** Adds to a name's count in `c` (from `array()`). */
  add(c: Int32Array, id: number, by = 1): void {
    if (c[id] === 0) this.touched.at(this.n + 1)[this.n++] = id;
    c[id]! += by;
  }
  /** The names counted with their counts, by count (most first) or not, then in code-unit order (not
   *  localeCompare: microseconds a comparison, and a common phrase has hundreds of speakers); cleared. */
  take(byCount: boolean): [string, number][] {
    const c = this.counts.at(0);
    const place = NAMES.places();
    const ids = this.touched.at(0).subarray(0, this.n);
    ids.sort(byCount ? (a, b) => c[b]! - c[a]! || place[a]! - place[b]! : (a, b) => place[a]! - place[b]!);
    const rows: [string, number][] = [];
    for (const id of ids) {
      rows.push([NAMES.names[id]!, c[id]!]);
      c[id] = 0;
    }
    this.n = 0;
    return rows;
  }
}
