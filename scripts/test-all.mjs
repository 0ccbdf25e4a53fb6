#!/usr/bin/env node
// `npm test`: every check CI runs, in order, each one a step that can fail. Keeps going after a failure so one run
// shows everything that is wrong, then exits non-zero if anything failed. Ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
const only = process.argv.slice(2);
const evalTool = path.resolve(root, '..', 'shared', 'tools', 'eval-corpus.mjs');

/** @type {{name: string, cmd: string, args: string[], counts?: (out: string) => {passed: number, failed: number}}[]} */
const steps = [
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '--noEmit', '-p', '.'] },
  { name: 'lint', cmd: 'npx', args: ['eslint', '.'] },
  { name: 'format', cmd: 'npx', args: ['prettier', '--check', '.'] },
  { name: 'unit', cmd: 'npx', args: ['vitest', 'run'], counts: vitestCounts },
  // `wxt zip` builds .output/<target>/ and packs it: the store packages are what the browser tests load.
  { name: 'build+zip chrome-mv3', cmd: 'npx', args: ['wxt', 'zip'] },
  { name: 'build+zip firefox-mv3', cmd: 'npx', args: ['wxt', 'zip', '-b', 'firefox', '--mv3'] },
  { name: 'build+zip firefox-mv2', cmd: 'npx', args: ['wxt', 'zip', '-b', 'firefox'] },
  { name: 'bundle size', cmd: 'node', args: ['scripts/bundle-size.mjs'] },
  { name: 'web-ext lint firefox-mv2', cmd: 'node', args: ['scripts/webext-lint.mjs', '.output/firefox-mv2'] },
  { name: 'web-ext lint firefox-mv3', cmd: 'node', args: ['scripts/webext-lint.mjs', '.output/firefox-mv3'] },
  {
    name: 'corpus',
    cmd: 'node',
    args: [
      fs.existsSync(evalTool) ? evalTool : 'tests/corpus/eval-missing.mjs',
      '--dir',
      'tests/fixtures/pages',
      '--min-detect',
      '1',
      '--min-turn-f1',
      '0.95',
      '--min-fig-p',
      '0.95',
      '--min-fig-r',
      '0.95',
    ],
  },
  { name: 'e2e chromium', cmd: 'node', args: ['tests/e2e/run.mjs', '--browser', 'chromium'], counts: nodeTestCounts },
  { name: 'e2e firefox', cmd: 'node', args: ['tests/e2e/run.mjs', '--browser', 'firefox'], counts: nodeTestCounts },
];

function vitestCounts(out) {
  const m = /Tests\s+(?:(\d+) failed \| )?(\d+) passed/.exec(
    out.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), ''),
  );
  return m ? { passed: Number(m[2]), failed: Number(m[1] ?? 0) } : { passed: 0, failed: 0 };
}
function nodeTestCounts(out) {
  const pass = /^# pass (\d+)/m.exec(out);
  const fail = /^# fail (\d+)/m.exec(out);
  return { passed: Number(pass?.[1] ?? 0), failed: Number(fail?.[1] ?? 0) };
}

const results = [];
for (const step of steps) {
  if (only.length && !only.some((o) => step.name.startsWith(o))) continue;
  const t0 = Date.now();
  process.stdout.write(`\n▶ ${step.name}\n`);
  const r = spawnSync(step.cmd, step.args, {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  process.stdout.write(out.length > 20000 ? `…${out.slice(-20000)}` : out);
  const ok = r.status === 0;
  const counts = step.counts?.(out);
  results.push({ name: step.name, ok, secs: (Date.now() - t0) / 1000, counts });
  process.stdout.write(`${ok ? '✔' : '✘'} ${step.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
}

console.log('\nSummary');
let passed = 0;
let failed = 0;
for (const r of results) {
  const c = r.counts ? ` — ${r.counts.passed} tests passed, ${r.counts.failed} failed` : '';
  console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.secs.toFixed(1)} s)${c}`);
  if (r.counts) {
    passed += r.counts.passed;
    failed += r.counts.failed;
    if (!r.ok && r.counts.failed === 0) failed += 1; // a runner that crashed before reporting still counts
  } else if (r.ok) passed += 1;
  else failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || results.some((r) => !r.ok) ? 1 : 0);
