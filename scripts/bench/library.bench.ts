// Library search over 1,000 generated conferences (about 20 M characters) beside a plain scan of all their texts,
// in the same run. Conferences are built from the real fixture turns (both scripts), shuffled with a fixed seed.
// The indexed search is the whole of a search: matches, filters and counts over every match, and the texts of the
// first page of 20 exchanges. The scan is String.indexOf over texts normalised beforehand (its best case).
// Run: npx tsx scripts/bench/library.bench.ts [--conferences N] [--json]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { captureTranscript } from '../../lib/library/capture';
import { MemoryLibrary } from '../../lib/library/memory-index';
import type { LibraryTranscript, LibraryTurn } from '../../lib/library/model';
import { normalise } from '../../lib/library/normalise';
import { searchLibrary } from '../../lib/library/query';
import { findMatches } from '../../lib/library/search';
import { rankResults } from '../../lib/library/rank';
import { analyzeSource, blocksFromText } from '../../lib/transcript/index';
import { median, quantile } from './stats.mjs';

const args = process.argv.slice(2);
const COUNT = args.includes('--conferences') ? Number(args[args.indexOf('--conferences') + 1]) : 1000;
const CHARS = 20_000;
const PAGES = join(process.cwd(), 'tests', 'fixtures', 'pages');

/** Mulberry32: the same library on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ (t + Math.imul(t ^ (t >>> 14), 71 | t));
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pool(): LibraryTurn[] {
  const turns: LibraryTurn[] = [];
  for (const id of readdirSync(PAGES).filter(
    (d) => !d.startsWith('neg-') && existsSync(join(PAGES, d, 'source.txt')),
  )) {
    const t = analyzeSource({ blocks: blocksFromText(readFileSync(join(PAGES, id, 'source.txt'), 'utf8')) });
    for (const turn of t.turns) if (turn.text.length > 20) turns.push({ ...turn, section: 0 });
  }
  return turns;
}

function generate(count: number, turns: LibraryTurn[], rnd: () => number): LibraryTranscript[] {
  const out: LibraryTranscript[] = [];
  for (let c = 0; c < count; c++) {
    const picked: LibraryTurn[] = [];
    let chars = 0;
    while (chars < CHARS) {
      const turn = turns[Math.floor(rnd() * turns.length)]!;
      picked.push(turn);
      chars += turn.text.length;
    }
    const day = new Date(Date.UTC(2010, 0, 1) + c * 4 * 86_400_000).toISOString().slice(0, 10);
    const t = captureTranscript(
      {
        press: true,
        score: 1,
        reasons: [],
        title: `Generated conference ${c + 1}`,
        date: day,
        turns: picked.map((x, i) => ({ ...x, blocks: [], section: Math.floor(i / 2) })),
        sections: Array.from({ length: Math.ceil(picked.length / 2) }, (_, s) => ({
          kind: 'exchange' as const,
          turns: [2 * s, 2 * s + 1].filter((i) => i < picked.length),
          number: s + 1,
        })),
        blocks: [],
      },
      {
        url: `https://example.gov.cn/${c}.html`,
        site: 'example.gov.cn',
        script: 'mixed',
        figures: [],
        savedAt: new Date(0),
      },
    );
    out.push(t);
  }
  return out;
}

/** Queries: a few fixed phrases and 40 drawn from the texts (2–6 characters, any script). */
function queries(list: LibraryTranscript[], rnd: () => number): string[] {
  const out = ['台湾', '臺灣', '共同发展', '外交', '经济增长', '记者'];
  while (out.length < 46) {
    const t = list[Math.floor(rnd() * list.length)]!;
    const turn = t.turns[Math.floor(rnd() * t.turns.length)]!;
    const len = 2 + Math.floor(rnd() * 5);
    const at = Math.floor(rnd() * Math.max(1, turn.text.length - len));
    const q = turn.text.slice(at, at + len);
    if (/^[\u4e00-\u9fff]+$/.test(q)) out.push(q);
  }
  return out;
}

async function main() {
  const rnd = random(18);
  const list = generate(COUNT, pool(), rnd);
  const chars = list.reduce((n, t) => n + t.turns.reduce((m, x) => m + x.text.length, 0), 0);
  let t0 = performance.now();
  const lib = new MemoryLibrary(list);
  lib.freeze();
  const buildMs = performance.now() - t0;
  const normalised = list.map((t) => t.turns.map((x) => normalise(x.text)));
  const qs = queries(list, rnd);
  const scan = (q: string) => {
    const n = normalise(q);
    let hits = 0;
    for (const turns of normalised)
      for (const text of turns) for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) hits++;
    return hits;
  };
  const indexed: number[] = [];
  const scanned: number[] = [];
  for (const q of qs) await searchLibrary(lib, q); // warm-up
  for (let round = 0; round < 3; round++) {
    for (const q of qs) {
      t0 = performance.now();
      await searchLibrary(lib, q);
      indexed.push(performance.now() - t0);
      t0 = performance.now();
      scan(q);
      scanned.push(performance.now() - t0);
    }
  }
  const result = {
    conferences: COUNT,
    chars,
    queries: qs.length,
    buildMs,
    indexP50: median(indexed),
    indexP95: quantile(indexed, 0.95),
    scanP50: median(scanned),
    scanP95: quantile(scanned, 0.95),
    ratio: quantile(indexed, 0.95) / median(scanned),
  };
  if (args.includes('--detail')) {
    // The slowest queries with their number of matches: where the p95 comes from.
    const rows = qs.map((q, i) => ({ q, ms: Math.max(...[0, 1, 2].map((r) => indexed[r * qs.length + i]!)) }));
    for (const r of rows.sort((a, b) => b.ms - a.ms).slice(0, 10)) {
      const t1 = performance.now();
      const m = await findMatches(lib, r.q);
      const t2 = performance.now();
      const table = await lib.turnTable(m);
      const t3 = performance.now();
      const { facets } = rankResults(m, table);
      const t4 = performance.now();
      const phases = [t2 - t1, t3 - t2, t4 - t3].map((x) => x.toFixed(3)).join(' / ');
      console.log(
        `  ${r.q}\t${r.ms.toFixed(3)} ms\t${m.hits.length} matches\t${facets.total} exchanges, ${facets.bySpeaker.length} speakers\tmatch / table / rank ${phases} ms`,
      );
    }
  }
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    const ms = (x: number) => `${x.toFixed(2)} ms`;
    console.log(`${COUNT} conferences, ${(chars / 1e6).toFixed(1)} M characters, ${qs.length} queries × 3`);
    console.log(`index built in ${ms(buildMs)}`);
    console.log(`indexed search p50 ${ms(result.indexP50)}, p95 ${ms(result.indexP95)}`);
    console.log(`plain scan p50 ${ms(result.scanP50)}, p95 ${ms(result.scanP95)}`);
    console.log(`ratio (search p95 ÷ scan median) ${result.ratio.toFixed(4)} (budget ≤ 0.05)`);
  }
}

void main();
