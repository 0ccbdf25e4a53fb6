// The slice queue that long-paragraph work runs in: jobs in order until a slice's budget is spent, the rest in a
// later task. Time is a hand-moved clock: each job says how long it "takes".
import { describe, expect, it } from 'vitest';
import { createSliceQueue } from '../../../../components/reader/slices';

function handClock() {
  let t = 0;
  const tasks: (() => void)[] = [];
  return {
    now: () => t,
    later: (task: () => void) => void tasks.push(task),
    spend: (ms: number) => void (t += ms),
    /** Runs the next task; false when none is waiting. */
    next: () => {
      const task = tasks.shift();
      task?.();
      return task !== undefined;
    },
    get waiting() {
      return tasks.length;
    },
  };
}

/** Runs jobs costing `costs` ms through a queue of `budget` ms; the job indexes each task ran. */
function slicesOf(budget: number, costs: number[], maxJobs = 100): number[][] {
  const clock = handClock();
  const queue = createSliceQueue(budget, clock, maxJobs);
  const slices: number[][] = [];
  let current: number[] = [];
  costs.forEach((cost, i) =>
    queue.add(() => {
      current.push(i);
      clock.spend(cost);
    }),
  );
  while (clock.next()) {
    slices.push(current);
    current = [];
  }
  expect(queue.pending).toBe(0);
  return slices;
}

describe('createSliceQueue', () => {
  it.each([
    { budget: 8, costs: [3, 3, 3, 3], slices: [[0, 1, 2], [3]] },
    { budget: 8, costs: [20, 1, 1], slices: [[0], [1, 2]] },
    { budget: 8, costs: [1, 1, 1], slices: [[0, 1, 2]] },
    { budget: 8, costs: [8, 8, 8], slices: [[0], [1], [2]] },
    { budget: 0, costs: [0, 0], slices: [[0], [1]] },
    { budget: 8, costs: [], slices: [] },
    { budget: 8, costs: [0, 0, 0, 0, 0], maxJobs: 2, slices: [[0, 1], [2, 3], [4]] },
    { budget: 8, costs: [5, 5, 0], maxJobs: 2, slices: [[0, 1], [2]] },
  ])('budget $budget ms, jobs of $costs ms, at most $maxJobs: slices $slices', ({ budget, costs, maxJobs, slices }) => {
    expect(slicesOf(budget, costs, maxJobs)).toEqual(slices);
  });

  it.each([
    // Weights: characters of ruby each job renders, 1,500 a slice.
    { weights: [400, 400, 400, 400], slices: [[0, 1, 2], [3]] },
    { weights: [1000, 1000, 1000], slices: [[0], [1], [2]] },
    {
      weights: [1000, 400, 400, 400],
      slices: [
        [0, 1],
        [2, 3],
      ],
    },
    // A job heavier than a slice still runs, alone.
    { weights: [5000, 10, 10], slices: [[0], [1, 2]] },
    { weights: [10, 5000, 10], slices: [[0], [1], [2]] },
  ])('jobs weighing $weights, 1,500 a slice: slices $slices', ({ weights, slices }) => {
    const clock = handClock();
    const queue = createSliceQueue(1e9, clock, 1500);
    const got: number[][] = [];
    let current: number[] = [];
    weights.forEach((w, i) => queue.add(() => current.push(i), w));
    while (clock.next()) {
      got.push(current);
      current = [];
    }
    expect(got).toEqual(slices);
  });

  it('runs nothing in the task that adds the job', () => {
    const clock = handClock();
    const queue = createSliceQueue(8, clock);
    let ran = false;
    queue.add(() => (ran = true));
    expect(ran).toBe(false);
    expect(clock.waiting).toBe(1);
    clock.next();
    expect(ran).toBe(true);
  });

  it('a cancelled job never runs, the others do; adding the same function twice runs it twice', () => {
    const clock = handClock();
    const queue = createSliceQueue(8, clock);
    const ran: string[] = [];
    const twice = () => ran.push('twice');
    queue.add(() => ran.push('a'));
    const cancel = queue.add(() => ran.push('b'));
    queue.add(twice);
    queue.add(twice);
    cancel();
    expect(queue.pending).toBe(3);
    while (clock.next());
    expect(ran).toEqual(['a', 'twice', 'twice']);
  });

  it('schedules one task at a time, however many jobs are added', () => {
    const clock = handClock();
    const queue = createSliceQueue(8, clock, 100);
    for (let i = 0; i < 100; i++) queue.add(() => clock.spend(1));
    expect(clock.waiting).toBe(1);
    let tasks = 0;
    while (clock.next()) tasks++;
    expect(tasks).toBe(Math.ceil(100 / 8));
  });
});
