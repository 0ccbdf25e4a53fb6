// npm run score [-- --dir DIR] [-v] [--min-detect X] [--min-turn-f1 X] [--min-fig-p X] [--min-fig-r X] [--cmd "CMD"]
// Scores what `analyze` reads in each fixture against its hand-made answers (scripts/cli/corpus-score.ts holds the
// rules). By default the engine runs in this process, through the very code `analyze` uses; `--cmd` runs a
// command instead (`CMD <file> --json`), to score another build. Exit 1 under a threshold, 2 on a usage error.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { messageOf } from '../lib/errors';
import { analyzeFile } from './cli/analysis-json';
import {
  caseLine,
  failedCase,
  scoreCase,
  shortfalls,
  summarize,
  summaryLine,
  type CaseResult,
  type Expected,
  type Thresholds,
} from './cli/corpus-score';

const USAGE =
  'usage: score [--dir DIR] [-v] [--min-detect X] [--min-turn-f1 X] [--min-fig-p X] [--min-fig-r X] [--cmd CMD]';
function fail(message: string): never {
  process.stderr.write(`score: ${message} (${USAGE})\n`);
  process.exit(2);
}

function parseArgs(argv: string[]) {
  const opts = {
    dir: 'tests/fixtures/pages',
    verbose: false,
    cmd: '',
    min: { detect: 0, turnF1: 0, figP: 0, figR: 0 },
  };
  const mins: Record<string, keyof Thresholds> = {
    '--min-detect': 'detect',
    '--min-turn-f1': 'turnF1',
    '--min-fig-p': 'figP',
    '--min-fig-r': 'figR',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => argv[++i] ?? fail(`missing value for ${arg}`);
    if (arg === '-v') opts.verbose = true;
    else if (arg === '--dir') opts.dir = value();
    else if (arg === '--cmd') opts.cmd = value();
    else if (arg in mins) {
      const n = Number(value());
      if (!Number.isFinite(n) || n < 0 || n > 1) fail(`${arg} takes a number from 0 to 1`);
      opts.min[mins[arg] as keyof Thresholds] = n;
    } else fail(`unknown argument ${arg}`);
  }
  return opts;
}

interface Output {
  press: boolean;
  turns: { kind: string; label: string; text: string }[];
  figures: { text: string; value: number }[];
}

function analyse(file: string, cmd: string): Output {
  if (!cmd) return analyzeFile(file, readFileSync(file)).json;
  const [bin, ...pre] = cmd.split(/\s+/).filter(Boolean);
  const stdout = execFileSync(bin as string, [...pre, file, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(stdout) as Output;
}

function main(argv: string[]): void {
  const opts = parseArgs(argv);
  if (!existsSync(opts.dir)) fail(`no such folder: ${opts.dir}`);
  const ids = readdirSync(opts.dir)
    .filter((d) => existsSync(path.join(opts.dir, d, 'expected.json')))
    .sort();
  if (!ids.length) fail(`no fixtures (folders with expected.json) in ${opts.dir}`);
  const results: CaseResult[] = [];
  for (const id of ids) {
    const folder = path.join(opts.dir, id);
    const exp = JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf8')) as Expected;
    const file = ['source.html', 'source.txt'].map((f) => path.join(folder, f)).find((f) => existsSync(f));
    let result: CaseResult;
    try {
      result = file ? scoreCase(id, exp, analyse(file, opts.cmd)) : failedCase(id, exp, 'no source.html or source.txt');
    } catch (e) {
      result = failedCase(id, exp, messageOf(e).split('\n').slice(-3).join(' | '));
    }
    results.push(result);
    console.log(caseLine(result, opts.verbose));
  }
  const summary = summarize(results);
  console.log(summaryLine(summary));
  const short = shortfalls(summary, opts.min);
  if (short.length) {
    console.log(`BELOW: ${short.join('; ')}`);
    process.exit(1);
  }
}

main(process.argv.slice(2));
