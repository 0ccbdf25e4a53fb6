// The reader's context cannot be ended by the page: WXT's start-up event (public name) is stopped on the window,
// and a newer copy of the reader ends the older one through the isolated world instead.
import { afterEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { scriptStartedEvent, takeOver } from '../../../entrypoints/reader.content/lifecycle';

const live: ContentScriptContext[] = [];
afterEach(() => {
  while (live.length) live.pop()!.abort();
});
function context(): ContentScriptContext {
  const ctx = new ContentScriptContext('reader');
  live.push(ctx);
  return ctx;
}

/** What a page script dispatches, with the detail WXT's check wants. */
function forge(): void {
  document.dispatchEvent(
    new CustomEvent(scriptStartedEvent(), { detail: { contentScriptName: 'reader', messageId: 'page' } }),
  );
}

describe('takeOver', () => {
  it('names the event WXT listens for', () => {
    expect(scriptStartedEvent()).toMatch(/:wxt:content-script-started$/);
  });

  it('is needed: without it one forged event ends the context', () => {
    const ctx = context();
    forge();
    expect(ctx.signal.aborted).toBe(true);
  });

  it('keeps the context alive through 100 forged events', () => {
    const ctx = context();
    takeOver(ctx);
    let ended = 0;
    ctx.onInvalidated(() => ended++);
    for (let i = 0; i < 100; i++) forge();
    expect(ctx.signal.aborted).toBe(false);
    expect(ended).toBe(0);
  });

  it('ends the older copy when a newer one takes over, and the newer one is guarded in turn', () => {
    const old = context();
    takeOver(old);
    const next = context();
    // The newer context's own start-up event was stopped like the page's; the hand-over is explicit.
    expect(old.signal.aborted).toBe(false);
    takeOver(next);
    expect(old.signal.aborted).toBe(true);
    for (let i = 0; i < 100; i++) forge();
    expect(next.signal.aborted).toBe(false);
  });
});
