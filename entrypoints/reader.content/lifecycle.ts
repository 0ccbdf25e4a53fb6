// WXT ends an older copy of a content script when a newer one starts by dispatching a DOM event on the document,
// named from the extension's id (public for a store extension) and the script's name. Any page can dispatch the
// same event, and the reader would then stop answering for good. So the reader blocks that event altogether and
// hands over between its own copies through a slot in the content scripts' isolated world, which the page cannot
// read or write.
import { ContentScriptContext } from 'wxt/utils/content-script-context';

const CURRENT = Symbol.for('briefing-reader.reader.context');

/** The event WXT's context listens for (a private static in WXT's types, public at run time). */
export function scriptStartedEvent(): string {
  return (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
}

/**
 * Makes `ctx` the reader's one live context: from now on the page's start-up events never reach it (a capture
 * listener on the window runs before WXT's on the document), and the copy it replaces, if any, is ended here.
 */
export function takeOver(ctx: ContentScriptContext, win: Window = window, eventName = scriptStartedEvent()): void {
  const stop = (event: Event) => event.stopImmediatePropagation();
  win.addEventListener(eventName, stop, { capture: true });
  ctx.onInvalidated(() => win.removeEventListener(eventName, stop, { capture: true }));
  const slot = globalThis as Record<symbol, ContentScriptContext | undefined>;
  const before = slot[CURRENT];
  slot[CURRENT] = ctx;
  if (before && before !== ctx && before.isValid) before.notifyInvalidated();
}
