// Where the page was scrolled when the reader opened, so closing it puts the page back exactly there. The reader
// replaces the transcript's container, and scrolls to a section it opens; without this the page comes back at
// whatever offset the reader last had. `behavior: 'instant'` overrides a page's `scroll-behavior: smooth`, which
// would otherwise animate towards the offset and leave the page short of it for a while.
export interface SavedScroll {
  restore(): void;
}

export function saveScroll(win: Window): SavedScroll {
  const left = win.scrollX;
  const top = win.scrollY;
  return {
    restore() {
      if (win.scrollX !== left || win.scrollY !== top) win.scrollTo({ left, top, behavior: 'instant' });
    },
  };
}
