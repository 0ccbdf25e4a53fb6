#!/usr/bin/env node
// web-ext lint of one Firefox build: errors fail; warnings fail unless they come from a vendored runtime
// (Preact's UNSAFE_VAR_ASSIGNMENT lives in chunks we do not write). Prints what it found either way.
import { spawnSync } from 'node:child_process';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: webext-lint.mjs <source-dir>');
  process.exit(2);
}
const r = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
  encoding: 'utf8',
  maxBuffer: 64 << 20,
});
let report;
try {
  report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
} catch {
  console.error(`web-ext lint did not produce JSON:\n${r.stdout}\n${r.stderr}`);
  process.exit(1);
}
const vendored = (m) => m.code === 'UNSAFE_VAR_ASSIGNMENT' && /chunks\/|content-scripts\/reader/.test(m.file ?? '');
const show = (m) => `  ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`;
const errors = report.errors ?? [];
const warnings = (report.warnings ?? []).filter((m) => !vendored(m));
const ignored = (report.warnings ?? []).filter(vendored);
console.log(`${dir}: ${errors.length} errors, ${warnings.length} warnings (+${ignored.length} from Preact's runtime)`);
for (const m of [...errors, ...warnings]) console.log(show(m));
for (const m of ignored) console.log(`  (vendored) ${show(m).trim()}`);
process.exit(errors.length || warnings.length ? 1 : 0);
