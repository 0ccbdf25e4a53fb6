// What to bring into view after the next render: the element may only exist, or unhide, once state is applied.
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

export interface ScrollJob {
  selector: string;
  block: ScrollLogicalPosition;
  /** Selector of an element to focus (without scrolling) once the target is in view. */
  focus?: string;
}

export interface PendingScroll {
  request(job: ScrollJob): void;
  /** Runs the pending job now if its target is there and shown (also done after every render). */
  flush(): void;
}

export function usePendingScroll(rootRef: RefObject<HTMLElement | null>): PendingScroll {
  const pending = useRef<ScrollJob | null>(null);
  const flush = () => {
    const job = pending.current;
    const root = rootRef.current;
    if (!job || !root) return;
    const el = root.querySelector(job.selector);
    if (!el || (el as HTMLElement).closest('[hidden]')) return;
    pending.current = null;
    (el as HTMLElement).scrollIntoView?.({ block: job.block, inline: 'nearest' });
    if (job.focus) (root.querySelector(job.focus) as HTMLElement | null)?.focus({ preventScroll: true });
  };
  useLayoutEffect(flush);
  return {
    request: (job) => {
      pending.current = job;
    },
    flush,
  };
}
