import type { ContentScriptContext } from '#imports';

/**
 * Runs `start` once per page for an injected script: the background may inject the same file again, and a second
 * copy would fight the first. Cleared when the context is invalidated (extension reload or update).
 */
export function oncePerPage(name: string, ctx: ContentScriptContext, start: () => void): void {
  const key = Symbol.for(`briefing-reader.started.${name}`);
  const g = globalThis as Record<symbol, boolean | undefined>;
  if (g[key]) return;
  g[key] = true;
  ctx.onInvalidated(() => {
    g[key] = false;
  });
  start();
}
