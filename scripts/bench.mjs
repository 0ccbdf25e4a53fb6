#!/usr/bin/env node
// npm run bench [-- --quick] [-- --no-build] [-- --runs N] [-- --report-only]
// Every benchmark in one go: builds the extension, runs the Node benches (engine, figures vs Recognizers-Text,
// corpus score, script vs opencc-js, pinyin vs pinyin-pro) one after another, then the Chromium bench, prints the
// goals (ratios to anchors of the same run) first and writes docs/performance.md. Reads only the repository.
// --quick: fewer runs everywhere, for development (its report says so). Raw results go to tmp/bench-results.json.
// Exits non-zero only when a part could not run; a missed goal is marked in the report, not an error.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { snapshotBuild } from './bench/chromium.bench.mjs';
import { goals } from './bench/goals.mjs';
import { renderReport } from './bench/report.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const runsArg = args.includes('--runs') ? ['--runs', args[args.indexOf('--runs') + 1]] : QUICK ? ['--runs', '3'] : [];
const quickArg = QUICK ? ['--quick'] : [];
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const say = (m) => process.stderr.write(`bench: ${m}\n`);

const machine = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memGB: os.totalmem() / 1024 ** 3,
  platform: `${os.type()} ${os.release()} ${os.arch()}`,
  loadStart: os.loadavg(),
  quick: QUICK,
  commit: (() => {
    try {
      const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
      const dirty = execFileSync('git', ['status', '--porcelain', '--', 'lib', 'components', 'entrypoints'], {
        cwd: ROOT,
        encoding: 'utf8',
      }).trim();
      return dirty ? `${head} (with uncommitted changes in lib/components/entrypoints)` : head;
    } catch {
      return 'unknown';
    }
  })(),
};

/** Runs one part; returns its stdout, or records the failure so the report can say what did not run. */
const failures = [];
function run(name, cmd, argv, { timeout = 300_000 } = {}) {
  say(`${name}…`);
  const t0 = Date.now();
  const r = spawnSync(cmd, argv, { cwd: ROOT, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0 && !(name === 'corpus' && r.status === 1)) {
    const out = (r.stderr || r.stdout).trim();
    // The first error line says more than the stack's tail.
    const why = r.error?.message ?? /^.*Error\b.*$/m.exec(out)?.[0] ?? out.split('\n').slice(-3).join(' | ');
    failures.push(`${name}: ${why}`);
    say(`${name} FAILED after ${secs} s: ${why}`);
    return null;
  }
  say(`${name} done in ${secs} s`);
  return r.stdout;
}
const json = (s) => (s ? JSON.parse(s.trim().split('\n').pop()) : null);

// --report-only: render docs/performance.md again from the last run's raw results.
if (args.includes('--report-only')) {
  const last = JSON.parse(fs.readFileSync(path.join(ROOT, 'tmp', 'bench-results.json'), 'utf8'));
  fs.writeFileSync(path.join(ROOT, 'docs', 'performance.md'), renderReport(last));
  process.stdout.write(`${goals(last).text}\n`);
  say('wrote docs/performance.md from tmp/bench-results.json');
  process.exit(0);
}

if (!args.includes('--no-build')) {
  // The browser tests' build: the store build but for the reader's root, open so the bench can see it render.
  if (run('build', 'npx', ['wxt', 'build', '--mode', 'e2e']) === null) {
    say('cannot build the extension; stopping');
    process.exit(1);
  }
}
// The Chromium part loads this copy: .output may be rebuilt by other work while the Node parts run.
const extDir = await snapshotBuild().catch((e) => {
  failures.push(`chromium: ${e.message}`);
  return null;
});

const results = { machine };
results.engine = json(run('engine', TSX, ['scripts/bench/engine.bench.ts', '--json']));
results.figures = parseFiguresBench(run('figures', TSX, ['tests/unit/figures/bench.ts', '--no-combined']));
results.corpus = parseCorpus(run('corpus', TSX, ['scripts/score.ts']));
results.script = json(run('script', TSX, ['tests/bench/script.bench.ts', '--json', ...quickArg]));
results.pinyin = json(run('pinyin', TSX, ['tests/bench/pinyin.bench.ts', '--json', ...quickArg]));
results.dictionary = json(run('dictionary', TSX, ['scripts/bench/dictionary.bench.ts', '--json']));
results.library = json(
  run('library', TSX, ['scripts/bench/library.bench.ts', '--json', ...(QUICK ? ['--conferences', '200'] : [])]),
);
results.chromium = extDir
  ? json(
      run('chromium', 'node', ['scripts/bench/chromium.bench.mjs', '--json', '--ext', extDir, ...runsArg], {
        timeout: 480_000,
      }),
    )
  : null;
if (extDir) fs.rmSync(extDir, { recursive: true, force: true });
machine.loadEnd = os.loadavg();
results.failures = failures;

fs.mkdirSync(path.join(ROOT, 'tmp'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'tmp', 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
const md = renderReport(results);
fs.writeFileSync(path.join(ROOT, 'docs', 'performance.md'), md);
// The goals first: the rest is in the report.
process.stdout.write(`${goals(results).text}\n`);
say(
  `wrote docs/performance.md and tmp/bench-results.json${failures.length ? `; ${failures.length} part(s) failed` : ''}`,
);
process.exit(failures.length ? 1 : 0);

/** tests/unit/figures/bench.ts prints a line per system and a corpus line under it. */
function parseFiguresBench(text) {
  if (!text) return null;
  const systems = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const head = /^(.+?): (\d+) chars in ([\d.]+) ms \(median of (\d+)\)/.exec(lines[i]);
    const score = /corpus P ([\d.]+) R ([\d.]+) \((\d+)\/(\d+) good, (\d+)\/(\d+) found\)/.exec(lines[i + 1] ?? '');
    if (head && score) {
      systems.push({
        name: head[1],
        chars: Number(head[2]),
        ms: Number(head[3]),
        runs: Number(head[4]),
        precision: Number(score[1]),
        recall: Number(score[2]),
        good: Number(score[3]),
        pred: Number(score[4]),
        found: Number(score[5]),
        gold: Number(score[6]),
      });
    }
  }
  if (systems.length === 0) failures.push(`figures: output not understood: ${text.slice(0, 200)}`);
  return { systems, skipped: /not available/.test(text) };
}

/** The corpus score's SUMMARY line (scripts/score.ts). */
function parseCorpus(text) {
  const m =
    /SUMMARY cases (\d+) · detection (\d+)\/\d+ · turns P ([\d.]+) R ([\d.]+) F1 ([\d.]+) · figures P ([\d.]+) R ([\d.]+)/.exec(
      text ?? '',
    );
  if (!m) {
    if (text !== null) failures.push('corpus: no SUMMARY line');
    return null;
  }
  const [, cases, detected, tp, tr, tf1, fp, fr] = m.map(Number);
  return { cases, detected, turnP: tp, turnR: tr, turnF1: tf1, figP: fp, figR: fr };
}
