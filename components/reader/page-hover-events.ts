// The hover's events on a page's own text: only input the user made (event.isTrusted) counts, since the page can
// dispatch pointer and key events of its own. Pointer moves are handled at most once per animation frame (the latest
// move of the frame when it ends); scrolling, resizing and leaving the window hide the card (its boxes are in
// viewport coordinates). Listeners are on the document, in the capture phase, passive where nothing is prevented.
import { modifierKeys, type HoverHandlers, type PointerState } from './hover-events';

export interface PageHoverOptions {
  /** Whether the hover is on now (e.g. not while the reader shows). */
  active(): boolean;
  /** A pointer already over a word when the hover starts, shown at once. */
  initial?: PointerState | null;
}

function pointerOf(e: PointerEvent): PointerState {
  return { x: e.clientX, y: e.clientY, target: e.target as Node | null, altKey: e.altKey, shiftKey: e.shiftKey };
}

/** Listens on the document until the returned function is called. */
export function attachPageHover(doc: Document, h: HoverHandlers, opts: PageHoverOptions): () => void {
  const win = doc.defaultView;
  let pointer: PointerState | null = opts.initial ?? null;
  let frame = 0;
  const run = () => {
    frame = 0;
    if (!opts.active()) return h.hide();
    if (pointer) h.update(pointer);
  };

  const onMove = (event: Event) => {
    const e = event as PointerEvent;
    if (!e.isTrusted) return;
    // Dragging selects text; a card following the drag would be in the way.
    if (e.buttons) {
      pointer = null;
      return h.hide();
    }
    pointer = pointerOf(e);
    if (!frame) frame = win?.requestAnimationFrame(run) ?? 0;
  };
  const onLeave = (event: Event) => {
    const e = event as MouseEvent;
    // Out of the window: no element to go to.
    if (event.type === 'mouseout' && (!e.isTrusted || e.relatedTarget !== null)) return;
    pointer = null;
    h.leave();
  };
  const { onKeyDown, onKeyUp } = modifierKeys(h, {
    get: () => pointer,
    set: (p) => (pointer = p),
    trusted: (e) => e.isTrusted,
    active: opts.active,
  });
  const hide = () => h.hide();

  const passive = { capture: true, passive: true };
  doc.addEventListener('pointermove', onMove, passive);
  doc.addEventListener('mouseout', onLeave, passive);
  doc.addEventListener('keydown', onKeyDown, true);
  doc.addEventListener('keyup', onKeyUp, true);
  doc.addEventListener('scroll', hide, passive);
  win?.addEventListener('resize', hide);
  win?.addEventListener('blur', onLeave);
  if (pointer) run();
  return () => {
    if (frame) win?.cancelAnimationFrame(frame);
    doc.removeEventListener('pointermove', onMove, passive);
    doc.removeEventListener('mouseout', onLeave, passive);
    doc.removeEventListener('keydown', onKeyDown, true);
    doc.removeEventListener('keyup', onKeyUp, true);
    doc.removeEventListener('scroll', hide, passive);
    win?.removeEventListener('resize', hide);
    win?.removeEventListener('blur', onLeave);
  };
}
