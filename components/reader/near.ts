// Which paragraphs and chunks are near the window: only those carry ruby, so turning it on costs what the reader can
// see, not the length of the transcript. One IntersectionObserver serves the whole reader.
import { createContext } from 'preact';
import { readerSlices, type SliceQueue } from './slices';

/** Calls `near(true)` while `el` is within reach of the window and `near(false)` once it is not; returns a stop. */
export type NearWatch = (el: Element, near: (on: boolean) => void) => () => void;

export type ObserverClass = new (
  cb: (entries: { target: Element; isIntersecting: boolean }[]) => void,
  init: { rootMargin: string },
) => { observe(el: Element): void; unobserve(el: Element): void; disconnect(): void };

/** Two windows' height above and below count as near, so the pinyin is there before the reader scrolls to it. */
const REACH = '200% 0px';

/** One observer for every element watched through it, made on the first watch. */
export function createNearWatch(Observer: ObserverClass): NearWatch {
  let observer: InstanceType<ObserverClass> | null = null;
  const subs = new Map<Element, (on: boolean) => void>();
  return (el, near) => {
    observer ??= new Observer((entries) => entries.forEach((e) => subs.get(e.target)?.(e.isIntersecting)), {
      rootMargin: REACH,
    });
    subs.set(el, near);
    observer.observe(el);
    return () => {
      subs.delete(el);
      observer?.unobserve(el);
    };
  };
}

/** Where the reader's ruby is worked out: the slice queue, and what says an element is near the window (null:
 *  everything is, for DOMs without the API). Tests provide their own. */
export interface RubyWork {
  queue: SliceQueue;
  watch: NearWatch | null;
}

let defaultWatch: NearWatch | null | undefined;

function browserWatch(): NearWatch | null {
  if (defaultWatch === undefined) {
    const Observer = (globalThis as { IntersectionObserver?: ObserverClass }).IntersectionObserver;
    defaultWatch = Observer ? createNearWatch(Observer) : null;
  }
  return defaultWatch;
}

export const RubyWorkContext = createContext<RubyWork>({
  get queue() {
    return readerSlices();
  },
  get watch() {
    return browserWatch();
  },
});
