// The word card's engine in Node, beside pinyin-pro's first use: first use of the dictionary (running the built
// data files, joining them, building the lookups), then a card for every Han character of the seed page on the
// warm dictionary (the lookup a hover makes), as p95 against one frame (16.7 ms).
// Run: npx tsx scripts/bench/dictionary.bench.ts [--json]
import { performance } from 'node:perf_hooks';
import { compactCedict } from '../../lib/dictionary/cedict';
import { DATA_SYMBOL, dataFiles, joinParts, type DataParts } from '../../lib/dictionary/data-files';
import { createWordCards } from '../../lib/dictionary/index';
import { createPinyinCache } from '../../lib/pinyin/index';
import { readCedict } from '../dictionary-data';
import { buildTranscript } from './transcript.mjs';
import { median, quantile } from './stats.mjs';

const FRAME_MS = 1000 / 60;
const files = [...dataFiles(compactCedict(readCedict())).values()];

// First use, as the engine script does it in a tab: the data scripts run, then the lookups are built.
const t0 = performance.now();
const scope: Record<symbol, DataParts | undefined> = {};
for (const text of files) new Function('globalThis', text)(scope);
const t1 = performance.now();
const data = joinParts(scope[Symbol.for(DATA_SYMBOL)]);
if (!data) throw new Error('data files did not join');
const cards = createWordCards(data);
const t2 = performance.now();

// pinyin-pro's first use on the same machine, for the row beside it.
const p0 = performance.now();
createPinyinCache().wordAt('銀行行長表示', 0);
const pinyinFirstMs = performance.now() - p0;

const paragraphs = buildTranscript(0)
  .split('\n')
  .filter((p) => /\p{Script=Han}/u.test(p));
const times: number[] = [];
let shown = 0;
for (const text of paragraphs) {
  for (let i = 0; i < text.length; i++) {
    if (!/\p{Script=Han}/u.test(text[i]!)) continue;
    const s = performance.now();
    const card = cards.cardAt(text, i, { script: 'hant', tone: 'marks' });
    times.push(performance.now() - s);
    if (card) shown++;
  }
}
const p95 = quantile(times, 0.95);
const result = {
  entries: cards.size,
  dataBytes: files.reduce((n, f) => n + Buffer.byteLength(f), 0),
  firstUse: { runDataMs: t1 - t0, buildMs: t2 - t1, totalMs: t2 - t0 },
  pinyinFirstUseMs: pinyinFirstMs,
  lookups: { count: times.length, withCard: shown, medianMs: median(times), p95Ms: p95, p95Frames: p95 / FRAME_MS },
};
if (process.argv.includes('--json')) console.log(JSON.stringify(result));
else {
  console.log(`dictionary: ${result.entries} entries, ${(result.dataBytes / 1048576).toFixed(1)} MB of data files`);
  console.log(
    `first use: ${result.firstUse.totalMs.toFixed(0)} ms (run data ${result.firstUse.runDataMs.toFixed(0)} ms, build ${result.firstUse.buildMs.toFixed(0)} ms); pinyin-pro first use ${pinyinFirstMs.toFixed(0)} ms`,
  );
  console.log(
    `card lookup on a warm dictionary: ${result.lookups.count} lookups, median ${result.lookups.medianMs.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms = ${result.lookups.p95Frames.toFixed(3)} frame`,
  );
}
