// The reader's heavy engines (opencc-js dictionaries, pinyin-pro) are separate scripts, injected into the page only
// when the reader first needs them: the reader itself then loads and renders fast. All of an extension's content
// scripts in a page share one isolated world, so an engine script hands its API over through a global symbol.
import { sendMessage } from '@/platform/messaging';
import type { EngineName, Engines } from '@/lib/engines';

const key = (name: EngineName) => Symbol.for(`briefing-reader.engine.${name}`);

export function registerEngine<N extends EngineName>(name: N, api: Engines[N]): void {
  (globalThis as Record<symbol, unknown>)[key(name)] = api;
}

const loading = new Map<EngineName, Promise<unknown>>();

/** The engine's API, injecting its script on first use (the background runs it in this tab). */
export function loadEngine<N extends EngineName>(name: N): Promise<Engines[N]> {
  const ready = (globalThis as Record<symbol, unknown>)[key(name)] as Engines[N] | undefined;
  if (ready) return Promise.resolve(ready);
  let p = loading.get(name);
  if (!p) {
    p = sendMessage('tab:loadEngine', name).then(() => {
      const api = (globalThis as Record<symbol, unknown>)[key(name)];
      if (!api) throw new Error(`The ${name} engine did not start.`);
      return api;
    });
    p.catch(() => loading.delete(name));
    loading.set(name, p);
  }
  return p as Promise<Engines[N]>;
}
