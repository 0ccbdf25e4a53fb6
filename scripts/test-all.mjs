#!/usr/bin/env node
// `npm test`: every check CI runs, in order, each one a step that can fail. Keeps going after a failure so one run
// shows everything that is wrong, then exits non-zero if anything failed. Ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
const only = process.argv.slice(2);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-test-'));
const vitestJson = path.join(tmp, 'vitest.json');

/** @type {{name: string, cmd: string, args: string[], counts?: (out: string) => {passed: number, failed: number, files?: number}}[]} */
const steps = [
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '--noEmit', '-p', '.'] },
  { name: 'lint', cmd: 'npx', args: ['eslint', '.'] },
  { name: 'format', cmd: 'npx', args: ['prettier', '--check', '.'] },
  {
    name: 'unit',
    cmd: 'npx',
    args: ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
    counts: vitestCounts,
  },
  // `wxt zip` builds .output/<target>/ and packs it: the store packages are what the packages tests load.
  { name: 'build+zip chrome-mv3', cmd: 'npx', args: ['wxt', 'zip'] },
  { name: 'build+zip firefox-mv3', cmd: 'npx', args: ['wxt', 'zip', '-b', 'firefox', '--mv3'] },
  { name: 'build+zip firefox-mv2', cmd: 'npx', args: ['wxt', 'zip', '-b', 'firefox'] },
  // The browser tests' own builds: the same but for the reader's shadow root, open for them (tests/e2e/lib/browsers.mjs).
  { name: 'test build chrome-mv3', cmd: 'npx', args: ['wxt', 'build', '--mode', 'e2e'] },
  { name: 'test build firefox-mv2', cmd: 'npx', args: ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e'] },
  { name: 'bundle size', cmd: 'node', args: ['scripts/bundle-size.mjs'] },
  { name: 'web-ext lint firefox-mv2', cmd: 'node', args: ['scripts/webext-lint.mjs', '.output/firefox-mv2'] },
  { name: 'web-ext lint firefox-mv3', cmd: 'node', args: ['scripts/webext-lint.mjs', '.output/firefox-mv3'] },
  // The engine against the hand-made answers of every fixture (README § How the corpus is scored).
  {
    name: 'corpus',
    cmd: 'npx',
    args: [
      'tsx',
      'scripts/score.ts',
      '--dir',
      'tests/fixtures/pages',
      '--min-detect',
      '1',
      '--min-turn-f1',
      '0.97',
      '--min-fig-p',
      '0.95',
      '--min-fig-r',
      '0.95',
    ],
  },
  { name: 'e2e chromium', cmd: 'node', args: ['tests/e2e/run.mjs', '--browser', 'chromium'], counts: nodeTestCounts },
  { name: 'e2e firefox', cmd: 'node', args: ['tests/e2e/run.mjs', '--browser', 'firefox'], counts: nodeTestCounts },
];

/**
 * From vitest's JSON report: a file that fails to load has no tests in it, so it would vanish from a count of tests;
 * each such file counts as one failure.
 */
function vitestCounts() {
  let report;
  try {
    report = JSON.parse(fs.readFileSync(vitestJson, 'utf8'));
  } catch {
    return { passed: 0, failed: 1 };
  }
  const unloaded = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0);
  for (const f of unloaded) process.stdout.write(`unit file failed to load: ${path.relative(root, f.name)}\n`);
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + unloaded.length,
    files: report.testResults.length,
  };
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
  const files = r.counts?.files ? ` in ${r.counts.files} files` : '';
  const c = r.counts ? ` — ${r.counts.passed} tests passed, ${r.counts.failed} failed${files}` : '';
  console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.secs.toFixed(1)} s)${c}`);
  if (r.counts) {
    passed += r.counts.passed;
    failed += r.counts.failed;
    if (!r.ok && r.counts.failed === 0) failed += 1; // a runner that crashed before reporting still counts
  } else if (r.ok) passed += 1;
  else failed += 1;
}
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || results.some((r) => !r.ok) ? 1 : 0);
