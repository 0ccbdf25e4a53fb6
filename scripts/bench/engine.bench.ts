// Engine in Node: detect + parse + figures on the seed page and on long generated transcripts (time per 100k
// characters at each size shows whether growth is linear), and figures alone on 200k characters.
// Run: npx tsx scripts/bench/engine.bench.ts [--json]
import { performance } from 'node:perf_hooks';
import { findFigures } from '../../lib/figures/index';
import { analyzeSource, blocksFromText } from '../../lib/transcript/index';
import { buildTranscript, questionCount } from './transcript.mjs';
import { median, quantile } from './stats.mjs';

function timeRuns(fn: () => void, runs: number): number[] {
  fn(); // warm-up: JIT and any lazily built tables
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return xs;
}

const analyze = (text: string) => {
  const t = analyzeSource({ blocks: blocksFromText(text) });
  return { t, figures: findFigures(t) };
};

const seed = buildTranscript(0);
const seedRuns = timeRuns(() => analyze(seed), 31);
const seedOut = analyze(seed);

const SIZES = [50_000, 100_000, 200_000, 400_000, 2_000_000];
const sizes = SIZES.map((target) => {
  const text = buildTranscript(target);
  const runs = timeRuns(() => analyze(text), target >= 1_000_000 ? 5 : target >= 400_000 ? 9 : 25);
  const out = analyze(text);
  const ms = median(runs);
  return {
    target,
    chars: text.length,
    medianMs: ms,
    p95Ms: quantile(runs, 0.95),
    runs: runs.length,
    msPer100k: (ms / text.length) * 100_000,
    press: out.t.press,
    questionsGenerated: questionCount(text),
    questionsFound: out.t.sections.filter((s) => s.kind === 'exchange').length,
    figures: out.figures.length,
  };
});

// Figures alone on the 200k transcript's turns (the parse is done once, outside the timing).
const t200 = analyze(buildTranscript(200_000)).t;
const figRuns = timeRuns(() => findFigures(t200), 21);

const result = {
  seed: {
    chars: seed.length,
    medianMs: median(seedRuns),
    p95Ms: quantile(seedRuns, 0.95),
    runs: seedRuns.length,
    press: seedOut.t.press,
    questions: seedOut.t.sections.filter((s) => s.kind === 'exchange').length,
    figures: seedOut.figures.length,
  },
  sizes,
  figures200k: {
    chars: t200.turns.reduce((n, t) => n + t.text.length, 0),
    medianMs: median(figRuns),
    p95Ms: quantile(figRuns, 0.95),
    runs: figRuns.length,
  },
};

if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result)}\n`);
else console.log(JSON.stringify(result, null, 2));
