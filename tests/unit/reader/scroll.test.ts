import { describe, expect, it, vi } from 'vitest';
import { saveScroll } from '../../../entrypoints/reader.content/scroll';

function fakeWindow(x: number, y: number) {
  const win = {
    scrollX: x,
    scrollY: y,
    scrollTo: vi.fn((o: ScrollToOptions) => {
      win.scrollX = o.left ?? win.scrollX;
      win.scrollY = o.top ?? win.scrollY;
    }),
  };
  return win;
}

describe('saveScroll', () => {
  it('puts the page back exactly where it was, instantly whatever the page’s scroll-behavior', () => {
    const win = fakeWindow(0, 12345);
    const saved = saveScroll(win as unknown as Window);
    win.scrollY = 40;
    win.scrollX = 3;
    saved.restore();
    expect(win.scrollTo).toHaveBeenCalledWith({ left: 0, top: 12345, behavior: 'instant' });
    expect([win.scrollX, win.scrollY]).toEqual([0, 12345]);
  });

  it('does not scroll a page that is already there', () => {
    const win = fakeWindow(0, 700);
    saveScroll(win as unknown as Window).restore();
    expect(win.scrollTo).not.toHaveBeenCalled();
  });
});
