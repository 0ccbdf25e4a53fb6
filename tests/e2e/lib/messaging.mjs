// Messages sent from an extension context the way the product sends them: through platform/messaging.ts itself,
// bundled for the browser once per run, so the envelope (id, type, timestamp) and the reply's unwrapping stay the
// messaging library's and no test spells them out. `ctx` is anything with evaluate(fn, arg) that runs in an
// extension context: a Playwright page or service worker, a Puppeteer page.
import path from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './browsers.mjs';

/** Where the script leaves sendMessage: callbacks evaluated in the page call globalThis[MESSAGING_GLOBAL]. */
export const MESSAGING_GLOBAL = '__briefingReaderMessaging';
let bundle;

/** platform/messaging.ts as one script that leaves its sendMessage on globalThis. */
function messagingBundle() {
  bundle ??= build({
    stdin: {
      contents: `import { sendMessage } from './platform/messaging';\nglobalThis.${MESSAGING_GLOBAL} = { sendMessage };`,
      resolveDir: ROOT,
      sourcefile: 'e2e-messaging.ts',
      loader: 'ts',
    },
    absWorkingDir: ROOT,
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0].text);
  return bundle;
}

/** Loads the messaging script into `ctx` unless it is there already (a navigation drops it). */
export async function installMessaging(ctx) {
  const has = await ctx.evaluate((name) => typeof globalThis[name]?.sendMessage === 'function', MESSAGING_GLOBAL);
  if (!has) await ctx.evaluate(await messagingBundle());
}

/**
 * Sends `type` with `data` from `ctx`: to the content scripts of tab `tabId` when given, else to the background.
 * Resolves to the handler's answer; a handler's error rejects, as it does in the product.
 */
export async function sendFrom(ctx, type, data, tabId) {
  await installMessaging(ctx);
  return ctx.evaluate(
    ([name, t, d, id]) => globalThis[name].sendMessage(t, d, id),
    [MESSAGING_GLOBAL, type, data, tabId],
  );
}
