// Pinyin engine timings on the seed page, and ours vs raw pinyin-pro on 100,000 characters.
// Run: npx tsx tests/bench/pinyin.bench.ts [--json] [--quick]   (--quick: fewer runs)
// Prints medians (and p95 for hover lookups) in milliseconds; --json prints one JSON document instead.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pinyin } from 'pinyin-pro';
import { getConverter } from '../../lib/script/converters';
import { createPinyinCache } from '../../lib/pinyin/index';
import { segmentWords } from '../../lib/pinyin/index';

const SEED = new URL('../fixtures/pages/seed-shanghai-20180612-tc/source.txt', import.meta.url);
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
const QUICK = process.argv.includes('--quick');

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

// 100,000 characters of transcript, in the page's Traditional and in Simplified (pinyin-pro's own script, where
// the raw call is at its most accurate). The raw call is the anchor: one pinyin-pro call, array output.
let trad100k = '';
while (trad100k.length < 100_000) trad100k += `${text}\n`;
trad100k = trad100k.slice(0, 100_000);
const hans100k = getConverter('twp', 'cn')(trad100k);
const runs100k = (fn: () => void) => {
  fn();
  return Array.from({ length: QUICK ? 3 : 9 }, () => time(fn));
};
const rawHans = runs100k(() => pinyin(hans100k, { type: 'array', toneType: 'num' }));
const rawTrad = runs100k(() => pinyin(trad100k, { type: 'array', toneType: 'num' }));
// Ours as the reader calls it, one paragraph at a time; and the same text as ONE paragraph (line breaks removed),
// as a one-line page hands it over. Interleaved, so background load hits both alike.
const parasOf = (s: string) => s.split('\n').filter((p) => p.trim());
const oneLine = trad100k.replace(/\n/g, '');
const perParagraphOfLine = [...parasOf(trad100k)];
const oursTrad: number[] = [];
const oursWhole: number[] = [];
segmentWords(oneLine);
for (let k = 0; k < (QUICK ? 3 : 5); k++) {
  oursTrad.push(time(() => perParagraphOfLine.forEach((p) => segmentWords(p))));
  oursWhole.push(time(() => segmentWords(oneLine)));
}
const oursHans = runs100k(() => parasOf(hans100k).forEach((p) => segmentWords(p)));

if (process.argv.includes('--json')) {
  const stat = (xs: number[]) => ({ median: quantile(xs, 0.5), p95: quantile(xs, 0.95), runs: xs.length });
  process.stdout.write(
    `${JSON.stringify({
      seedChars: text.length,
      segmentSeedCold: cold,
      segmentSeedWarm: stat(whole),
      firstHover: stat(firstHover),
      cachedHover: stat(hover),
      chars100k: trad100k.length,
      raw100kHans: stat(rawHans),
      raw100kHant: stat(rawTrad),
      ours100kHant: stat(oursTrad),
      ours100kHans: stat(oursHans),
      ours100kHantOneCall: stat(oursWhole),
    })}\n`,
  );
  process.exit(0);
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
console.log(
  `100k chars: raw pinyin-pro (array) Simplified ${fmt(quantile(rawHans, 0.5))} ms, Traditional ${fmt(quantile(rawTrad, 0.5))} ms; ` +
    `ours (words in context, per paragraph) Traditional ${fmt(quantile(oursTrad, 0.5))} ms, ` +
    `Simplified ${fmt(quantile(oursHans, 0.5))} ms; ours as one paragraph ${fmt(quantile(oursWhole, 0.5))} ms`,
);
