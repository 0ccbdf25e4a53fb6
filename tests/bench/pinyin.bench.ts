// Pinyin engine timings on the seed page. Run: npx tsx tests/bench/pinyin.bench.ts
// Prints medians (and p95 for hover lookups) in milliseconds.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createPinyinCache } from '../../lib/pinyin/cache';
import { segmentWords } from '../../lib/pinyin/words';

const SEED = new URL('../../../shared/fixtures/pages/seed-shanghai-20180612-tc/source.txt', import.meta.url);
const text = readFileSync(SEED, 'utf8');
const paragraphs = text.split(/\n+/).filter((p) => p.trim().length > 0);
const longest = paragraphs.reduce((a, b) => (b.length > a.length ? b : a));

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}
const fmt = (x: number): string => x.toFixed(3);

const cold = time(() => segmentWords(text));
const whole = Array.from({ length: 20 }, () => time(() => segmentWords(text)));

// First hover on a paragraph: a fresh cache analyses it.
const firstHover = Array.from({ length: 50 }, () => {
  const cache = createPinyinCache();
  return time(() => cache.wordAt(longest, 10));
});

// Later hovers on the same paragraph: lookups only.
const cache = createPinyinCache();
cache.wordAt(longest, 0);
const hover: number[] = [];
for (let k = 0; k < 5000; k++) {
  const offset = (k * 7919) % longest.length;
  hover.push(time(() => cache.wordAt(longest, offset)));
}

console.log(`seed page: ${text.length} chars, ${paragraphs.length} paragraphs, longest ${longest.length} chars`);
console.log(`segmentWords(seed page) cold (OpenCC t→cn build, pinyin-pro load): ${fmt(cold)} ms`);
console.log(`segmentWords(seed page) warm median: ${fmt(quantile(whole, 0.5))} ms`);
console.log(
  `first wordAt on the longest paragraph (analysis) median: ${fmt(quantile(firstHover, 0.5))} ms, p95 ${fmt(quantile(firstHover, 0.95))} ms`,
);
console.log(
  `wordAt on a cached paragraph median: ${fmt(quantile(hover, 0.5))} ms, p95 ${fmt(quantile(hover, 0.95))} ms`,
);
