// Work on page text of any length runs in slices: a page may hold a megabyte on one line, and reading it all in one
// task would hold the tab for seconds. Jobs run in the order they came until a slice's budget is spent; the rest
// goes on in a later task, so the page stays responsive between slices.

export interface SliceQueue {
  /** Runs `job` in a coming slice; the function returned cancels it if it has not run yet. `cost` is what the job
   *  weighs against the queue's `maxCost` (1 by default; the reader weighs ruby by the characters it renders). */
  add(job: () => void, cost?: number): () => void;
  /** Jobs waiting. */
  readonly pending: number;
}

export interface SliceClock {
  now(): number;
  /** Runs `task` in a later task. */
  later(task: () => void): void;
}

// One slice when the page is next idle: what a slice changes is styled and laid out in the frame after it, and the
// page's own tasks (and the user's input) go first. Run right after each frame instead, a slice and the next frame's
// layout of it came back to back, and the page waited for both. (Without idle callbacks, after the next frame; without
// frames, a test DOM, a task each.)
type Idle = (cb: () => void, opts: { timeout: number }) => number;
const browserClock: SliceClock = {
  now: () => performance.now(),
  later: (task) => {
    const idle = (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback;
    if (typeof idle === 'function') idle.call(globalThis, task, { timeout: 250 });
    else if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(task, 0));
    else setTimeout(task, 0);
  },
};

/** `budgetMs`: time one slice may spend before it yields (at least one job always runs). `maxCost`: the summed cost
 *  of the jobs one slice may run, for jobs whose price comes after them (a state change that Preact renders, and the
 *  browser lays out, once the slice is over). */
export function createSliceQueue(budgetMs = 8, clock: SliceClock = browserClock, maxCost = 4): SliceQueue {
  const jobs = new Map<() => void, number>();
  let scheduled = false;

  function slice(): void {
    scheduled = false;
    const until = clock.now() + budgetMs;
    let spent = 0;
    for (const [job, cost] of jobs) {
      // A job that would take the slice past its cost waits for the next one (unless it is the slice's first).
      if (spent > 0 && spent + cost > maxCost) break;
      jobs.delete(job);
      job();
      spent += cost;
      if (spent >= maxCost || clock.now() >= until) break;
    }
    schedule();
  }

  function schedule(): void {
    if (scheduled || jobs.size === 0) return;
    scheduled = true;
    clock.later(slice);
  }

  return {
    add(job, cost = 1) {
      // A new function each time, so the same job added twice runs twice and each cancel removes only its own.
      const entry = () => job();
      jobs.set(entry, Math.max(0, cost));
      schedule();
      return () => void jobs.delete(entry);
    },
    get pending() {
      return jobs.size;
    },
  };
}

/** Characters of ruby one slice renders: what the browser then styles and lays out in the frame (about 2,200 boxes,
 *  up to ~40 ms on a loaded two-core machine). A long paragraph's chunk is at most 500 characters (CHUNK_MAX); short
 *  paragraphs go a few at a time, a longer one alone. */
export const RUBY_CHARS_PER_SLICE = 800;

let shared: SliceQueue | null = null;

/** The reader's one queue: the ruby of every paragraph and chunk takes its turn in it, rather than each its own. */
export function readerSlices(): SliceQueue {
  return (shared ??= createSliceQueue(8, browserClock, RUBY_CHARS_PER_SLICE));
}
