// Script-switch benchmark: our engine vs opencc-js (Converter, HTMLConverter), cold and warm. Prints medians.
// Run: npx tsx tests/bench/script.bench.ts [--json] [--quick]   (cold figures come from fresh child processes;
// --json prints one JSON document instead of the table; --quick runs fewer processes)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import * as OpenCC from 'opencc-js';
import { getConverter } from '../../lib/script/converters';
import { createScriptSwitcher } from '../../lib/script/dom';
import type { Variant } from '../../lib/script/types';

const HERE = fileURLToPath(import.meta.url);
const DIR = dirname(HERE);
// The cold children run from a bundle elsewhere: they are told where the fixtures are.
const PAGES = process.env.BR_BENCH_PAGES ?? join(DIR, '../fixtures/pages');
const seed = readFileSync(join(PAGES, 'seed-shanghai-20180612-tc/source.txt'), 'utf8');
const hansPages = readdirSync(PAGES)
  .filter((d) => JSON.parse(readFileSync(join(PAGES, d, 'meta.json'), 'utf8')).lang === 'zh-Hans')
  .flatMap((d) =>
    readdirSync(join(PAGES, d))
      .filter((f) => f === 'source.txt')
      .map((f) => readFileSync(join(PAGES, d, f), 'utf8')),
  );
let hans100k = '';
while (hans100k.length < 100000) hans100k += hansPages.join('\n');
hans100k = hans100k.slice(0, 100000);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const time = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

function page(lang: string) {
  const window = new Window();
  const doc = window.document;
  doc.documentElement.setAttribute('lang', lang);
  doc.body.innerHTML = seed
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const i = l.indexOf(':');
      const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      return i > 0 ? `<p><strong>${esc(l.slice(0, i + 1))}</strong>${esc(l.slice(i + 1))}</p>` : `<p>${esc(l)}</p>`;
    })
    .join('');
  return { window, doc };
}

// One cold measurement, in a fresh process.
const COLD: Record<string, () => number> = {
  'ours twp→cn seed text': () => time(() => getConverter('twp', 'cn')(seed)),
  'opencc twp→cn seed text': () => time(() => OpenCC.Converter({ from: 'twp', to: 'cn' })(seed)),
  'ours cn→tw 100k chars': () => time(() => getConverter('cn', 'tw')(hans100k)),
  'opencc cn→tw 100k chars': () => time(() => OpenCC.Converter({ from: 'cn', to: 'tw' })(hans100k)),
  // The heap opencc-js's cn→tw converter keeps (its tries), after a full collection on both sides (--expose-gc).
  'opencc cn→tw build heap MB': () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) throw new Error('run with --expose-gc');
    gc();
    const before = process.memoryUsage().heapUsed;
    const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });
    convert('汉字');
    gc();
    const after = process.memoryUsage().heapUsed;
    return convert('') === '' ? (after - before) / 1048576 : NaN;
  },
  'ours switcher seed page → 简体': () => {
    const { doc, window } = page('zh-TW');
    const s = createScriptSwitcher(doc.body as unknown as Element, {
      source: 'twp',
      MutationObserver: window.MutationObserver as unknown as typeof MutationObserver,
    });
    return time(() => s.switchTo('hans'));
  },
  'opencc HTMLConverter seed page → 简体': () => {
    const { doc, window } = page('zh-TW');
    (globalThis as Record<string, unknown>).Node = window.Node;
    return time(() =>
      OpenCC.HTMLConverter(
        OpenCC.Converter({ from: 'twp', to: 'cn' }),
        doc.documentElement as unknown as HTMLElement,
        'zh-TW',
        'zh-CN',
      ).convert(),
    );
  },
};

const which = process.argv[2];
if (which && COLD[which]) {
  process.stdout.write(String(COLD[which]()));
  process.exit(0);
}

const RUNS = process.argv.includes('--quick') ? 3 : 5;
const rows: [string, number, number | null][] = [];
// The cold children run this file bundled once into plain JavaScript: starting tsx for each of them cost seconds
// on the shared machine, and the bundle is what a browser would run anyway.
// Packages stay external, resolved from the repository's node_modules (the bundle is written under tmp/).
const { buildSync } = await import('esbuild');
const bundleDir = join(DIR, '../../tmp');
mkdirSync(bundleDir, { recursive: true });
const bundled = join(bundleDir, `script-bench-${process.pid}.mjs`);
buildSync({
  entryPoints: [HERE],
  outfile: bundled,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  logLevel: 'silent',
});
function cold(name: string): number {
  const xs: number[] = [];
  const env = { ...process.env, BR_BENCH_PAGES: PAGES };
  for (let i = 0; i < RUNS; i++) {
    xs.push(Number(execFileSync(process.execPath, ['--expose-gc', bundled, name], { encoding: 'utf8', env })));
  }
  return median(xs);
}

function warm(name: string, f: () => void, n = 30): number {
  f();
  f();
  const xs: number[] = [];
  for (let i = 0; i < n; i++) xs.push(time(f));
  return median(xs);
}

// Warm: converters already built.
const oursTwp = getConverter('twp', 'cn');
const refTwp = OpenCC.Converter({ from: 'twp', to: 'cn' });
const oursCnTw = getConverter('cn', 'tw');
const refCnTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const warmRows: [string, number, number][] = [
  ['twp→cn seed text', warm('', () => oursTwp(seed)), warm('', () => refTwp(seed))],
  ['cn→tw 100k chars', warm('', () => oursCnTw(hans100k), 10), warm('', () => refCnTw(hans100k), 10)],
];
{
  const { doc, window } = page('zh-TW');
  const s = createScriptSwitcher(doc.body as unknown as Element, {
    source: 'twp',
    MutationObserver: window.MutationObserver as unknown as typeof MutationObserver,
  });
  const order: Variant[] = ['hans', 'tw', 'hk', 'original'];
  let k = 0;
  const ours = warm('', () => s.switchTo(order[k++ % order.length] as Variant), 40);
  const p2 = page('zh-TW');
  (globalThis as Record<string, unknown>).Node = p2.window.Node;
  const h = OpenCC.HTMLConverter(refTwp, p2.doc.documentElement as unknown as HTMLElement, 'zh-TW', 'zh-CN');
  let flip = false;
  const ref = warm(
    '',
    () => {
      flip = !flip;
      if (flip) h.convert();
      else h.restore();
    },
    40,
  );
  warmRows.push(['seed page switch (DOM)', ours, ref]);
}

for (const [a, b] of [
  ['ours twp→cn seed text', 'opencc twp→cn seed text'],
  ['ours cn→tw 100k chars', 'opencc cn→tw 100k chars'],
  ['ours switcher seed page → 简体', 'opencc HTMLConverter seed page → 简体'],
] as const) {
  const x = cold(a);
  const y = cold(b);
  rows.push([`cold ${a} vs opencc`, x, y]);
}
const openccHeapMB = cold('opencc cn→tw build heap MB');
rmSync(bundled, { force: true });
for (const [name, x, y] of warmRows) rows.push([`warm ${name}`, x, y]);
if (process.argv.includes('--json')) {
  process.stdout.write(
    `${JSON.stringify({
      coldRuns: RUNS,
      seedChars: seed.length,
      rows: rows.map(([name, ours, opencc]) => ({ name, ours, opencc })),
      heapUsedMB: process.memoryUsage().heapUsed / 1048576,
      openccHeapMB,
    })}\n`,
  );
  process.exit(0);
}
console.log(`Script switching, medians in ms (cold: ${RUNS} fresh processes; warm: repeated in one process)`);
for (const [name, x, y] of rows) {
  console.log(
    `${name.padEnd(48)} ours ${x.toFixed(2).padStart(8)}  opencc ${(y ?? NaN).toFixed(2).padStart(8)}  ratio ${(x / (y ?? NaN)).toFixed(2)}`,
  );
}
const mem = process.memoryUsage();
console.log(`heap used after all (both engines loaded): ${(mem.heapUsed / 1048576).toFixed(1)} MB`);
console.log(`opencc-js cn→tw converter heap (fresh process): ${openccHeapMB.toFixed(1)} MB`);
