// The bigram index held in memory: for the tests and the bench, and the reference the IndexedDB layer must agree
// with. One sorted array of hits per bigram across the whole library.
import { conferenceGrams, hitOf } from './grams';
import type { HitSource } from './search';

export class MemoryIndex implements HitSource {
  private readonly lists = new Map<string, number[]>();
  private readonly frozen = new Map<string, Float64Array>();
  private readonly byFirst = new Map<string, Set<string>>();

  /** Conferences must be added in increasing number, so every list stays sorted without a sort. */
  add(conf: number, turnTexts: readonly string[]): void {
    for (const [gram, positions] of conferenceGrams(turnTexts)) {
      let list = this.lists.get(gram);
      if (!list) {
        this.lists.set(gram, (list = []));
        let grams = this.byFirst.get(gram[0]!);
        if (!grams) this.byFirst.set(gram[0]!, (grams = new Set()));
        grams.add(gram);
      }
      for (const p of positions) list.push(hitOf(conf, p));
      this.frozen.delete(gram);
    }
  }

  private sync(gram: string): Float64Array {
    let f = this.frozen.get(gram);
    if (!f) {
      f = Float64Array.from(this.lists.get(gram) ?? []);
      this.frozen.set(gram, f);
    }
    return f;
  }

  hitsNow(gram: string): Float64Array {
    return this.sync(gram);
  }

  hits(gram: string): Promise<Float64Array> {
    return Promise.resolve(this.sync(gram));
  }

  prefixHits(char: string): Promise<Float64Array> {
    return Promise.resolve(mergeSorted([...(this.byFirst.get(char) ?? [])].map((g) => this.sync(g))));
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
