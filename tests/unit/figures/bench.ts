// Figures benchmark: median time over 200,000 characters of fixture transcript text, and the corpus score.
// When @microsoft/recognizers-text-number-with-unit is installed (dev dependency), it is measured side by side.
// Run: npx tsx tests/unit/figures/bench.ts [--no-combined]   (--no-combined: Recognizers-Text numbers only; the
// combined recognisers take minutes over the corpus, too long for npm run bench)
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

// Optional comparison with Microsoft Recognizers-Text (number + number-with-unit, zh-cn): a missing package is
// reported, not fatal. "combined" takes percentages, currencies, dimensions and ages, then the plain numbers that
// none of those covers, which is the most favourable reading of its output for this task.
type RtResult = { text: string; start: number; end: number; resolution?: { value?: string } | null };
type Recognize = (text: string, culture: string) => RtResult[];
try {
  const num = (await import('@microsoft/recognizers-text-number')) as unknown as Record<string, Recognize>;
  const unit = (await import('@microsoft/recognizers-text-number-with-unit')) as unknown as Record<string, Recognize>;
  const value = (r: RtResult): number => parseFloat(String(r.resolution?.value ?? 'NaN'));
  const numbersOnly = (l: string[]) =>
    l.flatMap((t) => num.recognizeNumber!(t, 'zh-cn').map((r) => ({ text: r.text, value: value(r) })));
  const combined = (l: string[]) =>
    l.flatMap((t) => {
      const typed = [
        ...num.recognizePercentage!(t, 'zh-cn'),
        ...unit.recognizeCurrency!(t, 'zh-cn'),
        ...unit.recognizeDimension!(t, 'zh-cn'),
        ...unit.recognizeAge!(t, 'zh-cn'),
      ];
      const plain = num.recognizeNumber!(t, 'zh-cn').filter(
        (r) => !typed.some((u) => r.start <= u.end && r.end >= u.start),
      );
      return [...typed, ...plain].map((r) => ({ text: r.text, value: value(r) }));
    });
  const all = turns.map((t) => t.text);
  // combined takes ~20 s per run over 200k characters: one run is enough to show the order of magnitude
  const systems = [
    ['numbers', numbersOnly, 3],
    ['combined', combined, 1],
  ] as const;
  for (const [name, find, runs] of process.argv.includes('--no-combined') ? systems.slice(0, 1) : systems) {
    const ms = median(() => find(all), runs);
    console.log(`Recognizers-Text ${name}: ${size} chars in ${ms.toFixed(1)} ms (median of ${runs})`);
    console.log(`  corpus ${corpusScore(find)}`);
  }
} catch (e) {
  console.log(`Recognizers-Text not available, comparison skipped (${(e as Error).message.split('\n')[0]})`);
}
