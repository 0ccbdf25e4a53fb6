// The library in memory, for the tests: the index of lib/library and plain maps for the records.
import { MemoryIndex } from '../../../lib/library/memory-index';
import { summarise, type ConferenceSummary, type LibraryTranscript } from '../../../lib/library/model';
import type { LibraryReader } from '../../../lib/library/query';

export class MemoryLibrary extends MemoryIndex implements LibraryReader {
  readonly texts = new Map<number, LibraryTranscript>();
  readonly sums = new Map<number, ConferenceSummary>();

  constructor(list: readonly LibraryTranscript[]) {
    super();
    list.forEach((t, i) => {
      this.texts.set(i + 1, t);
      this.sums.set(i + 1, summarise(t, i + 1));
      this.add(
        i + 1,
        t.turns.map((x) => x.text),
      );
    });
  }

  summaries(nos: Iterable<number>): Promise<Map<number, ConferenceSummary>> {
    return Promise.resolve(new Map([...nos].flatMap((n) => (this.sums.has(n) ? [[n, this.sums.get(n)!]] : []))));
  }

  transcript(no: number): Promise<LibraryTranscript | undefined> {
    return Promise.resolve(this.texts.get(no));
  }
}
