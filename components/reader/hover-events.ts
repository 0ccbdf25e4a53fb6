// The hover's event wiring, apart from what it shows: pointer moves handled at most once per animation frame (the
// first move at once, the latest of any moves arriving during that frame when it ends), the modifier key, Escape,
// and everything that makes fixed-position boxes stale (scroll, resize, leaving the window).
import { isTrustedInput } from './trust';
import type { PinyinModifier } from './types';

export interface PointerState {
  x: number;
  y: number;
  target: Node | null;
  altKey: boolean;
  shiftKey: boolean;
}

export interface HoverHandlers {
  /** Show what is under the pointer (or hide); called with the latest pointer. */
  update(pointer: PointerState): void;
  hide(): void;
  /** The page or a box in it scrolled (by the user, or by scroll anchoring as text above changed height): the tip
   *  stays only if its word is still under the pointer. */
  scrolled(): void;
  /** The pointer left the text or the window. */
  leave(): void;
  /** Escape was pressed. */
  dismiss(): void;
  /** Any other key press while the pointer is over the text. */
  key?(event: KeyboardEvent): void;
  modifier(): PinyinModifier;
  /** Whether a tooltip was shown since the modifier went down (its keyup must not open the browser's menu bar);
   *  asking resets it. */
  usedModifier(): boolean;
}

type Frames = { request(cb: () => void): void; cancel(): void };

function frames(win: Window | null): Frames {
  let id = 0;
  return {
    request(cb) {
      id = win?.requestAnimationFrame ? win.requestAnimationFrame(cb) : (setTimeout(cb, 16) as unknown as number);
    },
    cancel() {
      if (!id) return;
      if (win?.cancelAnimationFrame) win.cancelAnimationFrame(id);
      else clearTimeout(id as unknown as ReturnType<typeof setTimeout>);
    },
  };
}

/** Runs `run` now, or at the end of the current frame if it already ran in it. */
function throttled(win: Window | null, run: () => void): { schedule(): void; stop(): void } {
  const frame = frames(win);
  let inFrame = false;
  let pending = false;
  return {
    schedule() {
      if (inFrame) {
        pending = true;
        return;
      }
      run();
      inFrame = true;
      frame.request(() => {
        inFrame = false;
        if (pending) {
          pending = false;
          run();
        }
      });
    },
    stop: () => frame.cancel(),
  };
}

function pointerOf(e: PointerEvent): PointerState {
  return {
    x: e.clientX,
    y: e.clientY,
    target: (e.composedPath?.()[0] as Node | undefined) ?? (e.target as Node | null),
    altKey: e.altKey,
    shiftKey: e.shiftKey,
  };
}

/** Where the key handlers read and write the pointer, and which key events they act on. */
export interface KeyScope {
  get(): PointerState | null;
  set(pointer: PointerState | null): void;
  trusted(event: KeyboardEvent): boolean;
  /** Whether a key press may act now (e.g. not while the reader covers the page's text). */
  active?(): boolean;
}

/** The hover's keys, shared by the reader and the page's own text: Escape, the modifier held and released. */
export function modifierKeys(h: HoverHandlers, scope: KeyScope) {
  const onKeyDown = (event: Event) => {
    const e = event as KeyboardEvent;
    if (!scope.trusted(e) || !(scope.active?.() ?? true)) return;
    if (e.key === 'Escape') return h.dismiss();
    const modifier = h.modifier();
    const pointer = scope.get();
    if (modifier !== 'none' && e.key === modifier && pointer && !e.repeat) {
      const next = { ...pointer, altKey: e.altKey || modifier === 'Alt', shiftKey: e.shiftKey || modifier === 'Shift' };
      scope.set(next);
      h.update(next);
      return;
    }
    if (pointer) h.key?.(e);
  };
  const onKeyUp = (event: Event) => {
    const e = event as KeyboardEvent;
    const modifier = h.modifier();
    if (!scope.trusted(e) || modifier === 'none' || e.key !== modifier) return;
    const pointer = scope.get();
    if (pointer)
      scope.set({
        ...pointer,
        altKey: modifier === 'Alt' ? false : pointer.altKey,
        shiftKey: modifier === 'Shift' ? false : pointer.shiftKey,
      });
    // Alt released after a card showed must not open the browser's menu bar.
    if (h.usedModifier() && modifier === 'Alt') e.preventDefault();
    h.hide();
  };
  return { onKeyDown, onKeyUp };
}

/** Listens on `root` (pointer) and `keys` (keyboard) until the returned function is called. */
export function attachHover(root: HTMLElement, keys: EventTarget, h: HoverHandlers): () => void {
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  let pointer: PointerState | null = null;
  const moves = throttled(win, () => {
    if (pointer) h.update(pointer);
  });

  const onMove = (event: Event) => {
    const e = event as PointerEvent;
    // The page's own pointer and key events move no tooltip and open no card: only the user's.
    if (!isTrustedInput(e)) return;
    // Dragging selects text (for a quote); a tooltip following the drag would only be in the way.
    if (e.buttons) {
      pointer = null;
      return h.hide();
    }
    pointer = pointerOf(e);
    moves.schedule();
  };
  const onLeave = () => {
    pointer = null;
    h.leave();
  };
  const { onKeyDown, onKeyUp } = modifierKeys(h, {
    get: () => pointer,
    set: (p) => (pointer = p),
    trusted: isTrustedInput,
  });

  root.addEventListener('pointermove', onMove);
  root.addEventListener('pointerleave', onLeave);
  keys.addEventListener('keydown', onKeyDown);
  keys.addEventListener('keyup', onKeyUp);
  // Boxes are in viewport coordinates: any scroll (page or inner) or resize makes them stale.
  doc.addEventListener('scroll', h.scrolled, { capture: true, passive: true });
  win?.addEventListener('resize', h.hide);
  win?.addEventListener('blur', onLeave);
  return () => {
    moves.stop();
    root.removeEventListener('pointermove', onMove);
    root.removeEventListener('pointerleave', onLeave);
    keys.removeEventListener('keydown', onKeyDown);
    keys.removeEventListener('keyup', onKeyUp);
    doc.removeEventListener('scroll', h.scrolled, { capture: true });
    win?.removeEventListener('resize', h.hide);
    win?.removeEventListener('blur', onLeave);
  };
}
