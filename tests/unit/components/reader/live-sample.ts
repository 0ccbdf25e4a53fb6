// Writes a self-contained HTML page with the live reader (see live-entry.tsx) on the seed transcript, for real
// layout: hover tooltips, ruby mode, copy. Used by hover-check.mjs; can be opened in any browser.
//   npx tsx tests/unit/components/reader/live-sample.ts /tmp/reader-live.html
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { transcriptFrom } from './sample';

const out = process.argv[2] ?? '/tmp/reader-live.html';
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const { transcript } = transcriptFrom('seed-shanghai-20180612-tc');
const css = readFileSync(here('../../../../components/reader/reader.css'), 'utf8');
const bundle = await build({
  entryPoints: [here('./live-entry.tsx')],
  bundle: true,
  write: false,
  format: 'iife',
  minify: true,
  jsx: 'automatic',
  jsxImportSource: 'preact',
  define: { SAMPLE: JSON.stringify({ transcript, css }) },
});
const js = bundle.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
writeFileSync(
  out,
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>html,body{margin:0}</style></head><body><div id="host"></div><script>${js}</script></body></html>`,
);
console.log(`wrote ${out} (${Math.round(js.length / 1024)} KiB of script)`);
