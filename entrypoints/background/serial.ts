/**
 * Runs async tasks one after another. The background is the only writer of the quote list; chaining every write
 * here means two tabs saving at the same moment can never read the same old list and overwrite each other.
 */
export function createSerialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task);
    tail = run.catch(() => {});
    return run;
  };
}
