// Which input the reader acts on. A page script can dispatch any event it likes at our elements (`.click()` on a
// button, a keydown "s" on the document), and those reach Preact's listeners like the user's own; only the
// browser's `isTrusted` tells them apart. The component cannot know whether the page it sits in is hostile, so the
// content script says so once (`trustOnly`) and every listener here asks `isTrustedInput`. Extension pages and the
// unit tests keep the default, which accepts everything: there the events come from our own code or the test.

export type TrustPredicate = (event: Event) => boolean;

const acceptAll: TrustPredicate = () => true;
let predicate: TrustPredicate = acceptAll;

export function isTrustedInput(event: Event): boolean {
  return predicate(event);
}

/**
 * From now on only events the predicate accepts are input (the content script passes `e => e.isTrusted`; tests,
 * where a DOM's dispatched events are never trusted, pass their own). Returns a function that puts back the
 * previous predicate.
 */
export function trustOnly(next: TrustPredicate = (e) => e.isTrusted): () => void {
  const before = predicate;
  predicate = next;
  return () => {
    predicate = before;
  };
}

/** Every kind of event a page could forge to act through our UI: input, pointer, focus-free activation, clipboard. */
export const GUARDED_EVENTS: readonly string[] = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'mouseover',
  'mouseout',
  'mousemove',
  'mouseenter',
  'mouseleave',
  'pointerdown',
  'pointerup',
  'pointermove',
  'pointerover',
  'pointerout',
  'pointerenter',
  'pointerleave',
  'pointercancel',
  'touchstart',
  'touchend',
  'touchmove',
  'touchcancel',
  'wheel',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
  'reset',
  'toggle',
  'select',
  'copy',
  'cut',
  'paste',
  'drop',
  'dragstart',
  'compositionstart',
  'compositionend',
];

/**
 * Stops every forged event on its way down to our elements: a capture-phase listener on `target` (a shadow root,
 * or the window for events that cross into a closed root) runs before any listener inside it, so Preact's handlers
 * never see the event and its default action (a link followed, a form submitted) is cancelled. `within` narrows a
 * window-level guard to events bound for our UI, so the page's own synthetic events keep working. Returns the
 * function that removes the guard.
 */
export function guardTrustedInput(
  target: EventTarget,
  within: (event: Event) => boolean = () => true,
  types: readonly string[] = GUARDED_EVENTS,
): () => void {
  const stop = (event: Event) => {
    if (isTrustedInput(event) || !within(event)) return;
    event.stopImmediatePropagation();
    if (event.cancelable) event.preventDefault();
  };
  for (const type of types) target.addEventListener(type, stop, { capture: true });
  return () => {
    for (const type of types) target.removeEventListener(type, stop, { capture: true });
  };
}

/** For a window-level guard: whether the event is headed into (or dispatched at) `host`. */
export function headedFor(host: () => Element | null | undefined): (event: Event) => boolean {
  return (event) => {
    const el = host();
    return !!el && (event.composedPath?.() ?? []).includes(el);
  };
}
