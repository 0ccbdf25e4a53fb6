// Work on page text of any length runs in slices: a page may hold a megabyte on one line, and reading it all in one
// task would hold the tab for seconds. Jobs run in the order they came until a slice's budget is spent; the rest
// goes on in a later task, so the page stays responsive between slices.

export interface SliceQueue {
  /** Runs `job` in a coming slice; the function returned cancels it if it has not run yet. */
  add(job: () => void): () => void;
  /** Jobs waiting. */
  readonly pending: number;
}

export interface SliceClock {
  now(): number;
  /** Runs `task` in a later task. */
  later(task: () => void): void;
}

// One slice a frame, right after it is drawn: what a slice changes is styled and laid out before the next slice
// runs, so no frame has to lay out the work of several. (Without frames, a test DOM, a task each.)
const browserClock: SliceClock = {
  now: () => performance.now(),
  later: (task) =>
    void (typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(() => setTimeout(task, 0))
      : setTimeout(task, 0)),
};

/** `budgetMs`: time one slice may spend before it yields (at least one job always runs). `maxJobs`: jobs one slice
 *  may run, for jobs whose cost comes after them (a state change that Preact renders once the slice is over). */
export function createSliceQueue(budgetMs = 8, clock: SliceClock = browserClock, maxJobs = 4): SliceQueue {
  const jobs = new Set<() => void>();
  let scheduled = false;

  function slice(): void {
    scheduled = false;
    const until = clock.now() + budgetMs;
    let ran = 0;
    for (const job of jobs) {
      jobs.delete(job);
      job();
      if (++ran >= maxJobs || clock.now() >= until) break;
    }
    schedule();
  }

  function schedule(): void {
    if (scheduled || jobs.size === 0) return;
    scheduled = true;
    clock.later(slice);
  }

  return {
    add(job) {
      // A new function each time, so the same job added twice runs twice and each cancel removes only its own.
      const entry = () => job();
      jobs.add(entry);
      schedule();
      return () => void jobs.delete(entry);
    },
    get pending() {
      return jobs.size;
    },
  };
}

let shared: SliceQueue | null = null;

/** The reader's one queue: slices of every long paragraph take turns rather than each taking its own. */
export function readerSlices(): SliceQueue {
  return (shared ??= createSliceQueue());
}
