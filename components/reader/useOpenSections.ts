// Which sections are open. A script switch gives a new transcript with the same sections: the open/closed state is
// kept; a different structure resets it.
import { useState } from 'preact/hooks';
import type { Section } from '../../lib/transcript/types';

export interface OpenSections {
  /** open[i]: section i is expanded (for the current sections). */
  open: readonly boolean[];
  setOpen(indices: readonly number[], open: boolean): void;
}

export function useOpenSections(sections: readonly Section[], startCollapsed: boolean | undefined): OpenSections {
  const fresh = () => sections.map(() => !startCollapsed);
  const [expanded, setExpanded] = useState<boolean[]>(fresh);
  const open = expanded.length === sections.length ? expanded : fresh();
  const setOpen = (indices: readonly number[], value: boolean) =>
    setExpanded((prev) => {
      const base = prev.length === sections.length ? prev : fresh();
      if (indices.every((i) => base[i] === value)) return base;
      const next = base.slice();
      for (const i of indices) next[i] = value;
      return next;
    });
  return { open, setOpen };
}
