// Figures benchmark: median time over 200,000 characters of fixture transcript text, and the corpus score.
// When @microsoft/recognizers-text-number-with-unit is installed (dev dependency), it is measured side by side.
// Run: npx tsx tests/unit/figures/bench.ts
import { performance } from 'node:perf_hooks';
import { findFigures } from '../../../lib/figures/index';
import { loadPages, scoreFigures } from './corpus';

const pages = loadPages();
const lines = pages.flatMap((p) => p.lines);
const turns: Array<{ text: string }> = [];
let size = 0;
for (let i = 0; size < 200_000; i++) {
  const text = lines[i % lines.length]!;
  turns.push({ text });
  size += text.length;
}

function median(fn: () => void, runs = 21): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

function corpusScore(find: (lines: string[]) => Array<{ text: string; value: number }>): string {
  const T = { good: 0, pred: 0, found: 0, gold: 0 };
  for (const page of pages) {
    if (!page.expected.press || !(page.expected.figures?.length ?? 0)) continue;
    const s = scoreFigures(page.expected, find(page.lines));
    T.good += s.good;
    T.pred += s.pred;
    T.found += s.found;
    T.gold += s.gold;
  }
  return `P ${(T.good / T.pred).toFixed(3)} R ${(T.found / T.gold).toFixed(3)} (${T.good}/${T.pred} good, ${T.found}/${T.gold} found)`;
}

findFigures({ turns } as never); // warm-up
const ours = median(() => findFigures({ turns } as never));
console.log(`briefing-reader figures: ${size} chars in ${ours.toFixed(1)} ms (median of 21)`);
console.log(`  corpus ${corpusScore((l) => findFigures({ turns: l.map((text) => ({ text })) } as never))}`);

// Optional comparison: the package is not a dependency of the project, so a missing module is reported, not fatal.
const mod = '@microsoft/recognizers-text-number-with-unit';
try {
  const rt = (await import(mod)) as {
    recognizeNumber?: (t: string, c: string) => Array<{ text: string; resolution?: { value?: string } }>;
  };
  const { recognizeNumber } = (await import('@microsoft/recognizers-text-number')) as {
    recognizeNumber: (t: string, c: string) => Array<{ text: string; resolution?: { value?: string } }>;
  };
  void rt;
  const find = (l: string[]) =>
    l.flatMap((t) => recognizeNumber(t, 'zh-cn').map((r) => ({ text: r.text, value: Number(r.resolution?.value) })));
  const all = turns.map((t) => t.text);
  const theirs = median(() => find(all), 5);
  console.log(`Recognizers-Text number: ${size} chars in ${theirs.toFixed(1)} ms (median of 5)`);
  console.log(`  corpus ${corpusScore(find)}`);
} catch {
  console.log(`Recognizers-Text: ${mod} is not installed, comparison skipped`);
}
