// Real-layout check of the pinyin tooltip and ruby mode in headless Chromium (puppeteer-core), on the live sample.
//   npx tsx tests/unit/components/reader/live-sample.ts /tmp/reader-live.html
//   node tests/unit/components/reader/hover-check.mjs /tmp/reader-live.html /tmp/shots [/usr/bin/chromium]
// Moves the mouse over hanzi of the seed transcript; checks each tooltip's word contains the hovered character;
// times pointermove → tooltip placed (event timestamp to DOM, and to the next frame: wall clock, so it includes
// input queueing and any load on the machine) and the thread time of each pointermove task (the budget check);
// copies a selection made in ruby mode; writes screenshots.
/* global document, window, navigator, getSelection, innerWidth, innerHeight, scrollBy, requestAnimationFrame,
   MutationObserver, NodeFilter -- functions passed to page.evaluate run in the page */
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

const [file = '/tmp/reader-live.html', shots = '/tmp/reader-shots', chromium = '/usr/bin/chromium'] =
  process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const html = readFileSync(file);
const server = createServer((_req, res) =>
  res
    // Cross-origin isolation gives performance.now() its full resolution.
    .writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    })
    .end(html),
);
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: chromium, args: ['--no-sandbox'] });
await browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write']);
const page = await browser.newPage();
await page.setViewport({ width: 1100, height: 900 });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function open(query = '', scheme = 'light') {
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(`${origin}/${query}`);
  await page.waitForSelector('html[data-ready]');
  await page.evaluate(() => {
    const root = document.getElementById('host').shadowRoot;
    const log = (window.hoverLog = []);
    let move = null;
    let handler = null;
    root.addEventListener(
      'pointermove',
      (e) => {
        move = e.timeStamp;
        handler = performance.now();
      },
      { capture: true },
    );
    let last = '';
    new MutationObserver(() => {
      const tip = root.querySelector('.br-pinyin-tip[data-side]');
      const key = tip ? `${tip.getAttribute('data-word')}|${tip.style.left}|${tip.style.top}` : '';
      if (!tip || key === last || move === null) return;
      last = key;
      const now = performance.now();
      const entry = {
        word: tip.getAttribute('data-word'),
        pinyin: tip.getAttribute('data-pinyin'),
        dom: now - move,
        ours: now - handler,
      };
      log.push(entry);
      requestAnimationFrame(() => (entry.frame = performance.now() - move));
    }).observe(root, { subtree: true, childList: true, attributes: true });
  });
}

/** Centres of hanzi in turn paragraphs currently inside the viewport, with their paragraph character. */
const visibleHanzi = () =>
  page.evaluate(() => {
    const root = document.getElementById('host').shadowRoot;
    const out = [];
    for (const p of root.querySelectorAll('p[data-offset]')) {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        for (let i = 0; i < n.data.length; i += 3) {
          if (!/\p{Script=Han}/u.test(n.data[i])) continue;
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          const b = r.getBoundingClientRect();
          if (b.top > 80 && b.bottom < innerHeight - 10 && b.width > 0)
            out.push({ x: b.left + b.width / 2, y: b.top + b.height / 2, ch: n.data[i] });
        }
      }
    }
    return out;
  });

/** Main-thread tasks that dispatched a pointermove, from a trace: thread (CPU) time, which unlike wall time does
 *  not grow when other processes compete for the machine. It covers the browser's own hit testing, our handler,
 *  the Preact render of the tooltip, and the style/layout/paint of the frame when it runs in the same task. */
function pointermoveTasks(trace) {
  const ev = JSON.parse(trace).traceEvents;
  const moves = ev.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'pointermove');
  const tid = moves[0]?.tid;
  const tasks = ev.filter(
    (e) => e.tid === tid && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur,
  );
  return moves.flatMap((m) => {
    // Task events nest (scheduler and thread-controller levels): the outermost one is the whole task.
    const around = tasks.filter((k) => k.ts <= m.ts && k.ts + k.dur >= m.ts);
    const t = around.sort((a, b) => b.dur - a.dur)[0];
    return t ? [{ cpu: (t.tdur ?? t.dur) / 1000, wall: t.dur / 1000 }] : [];
  });
}

async function hoverRun(label, rounds = 6, perRound = 40) {
  const results = [];
  let wrong = 0;
  await page.tracing.start({
    categories: ['devtools.timeline', 'toplevel'],
  });
  for (let round = 0; round < rounds; round++) {
    await page.evaluate((k) => {
      const root = document.getElementById('host').shadowRoot;
      const sections = root.querySelectorAll('.br-section');
      sections[k % sections.length].scrollIntoView();
    }, round);
    await page.mouse.move(2, 2);
    await sleep(100);
    const targets = (await visibleHanzi()).sort(() => Math.random() - 0.5).slice(0, perRound);
    for (const t of targets) {
      await page.evaluate(() => (window.hoverLog.length = 0));
      await page.mouse.move(t.x, t.y);
      await sleep(40);
      const log = await page.evaluate(() => window.hoverLog.slice());
      const hit = log[log.length - 1];
      if (!hit) continue; // same word as before: nothing new to show
      if (!hit.word.includes(t.ch)) wrong++;
      results.push(hit);
    }
  }
  const tasks = pointermoveTasks(Buffer.from(await page.tracing.stop()).toString('utf8'));
  const q = (arr, p) => arr.slice().sort((a, b) => a - b)[Math.min(arr.length - 1, Math.floor(arr.length * p))];
  const cpu = tasks.map((t) => t.cpu);
  const dom = results.map((r) => r.dom);
  const ours = results.map((r) => r.ours);
  const frame = results.filter((r) => r.frame !== undefined).map((r) => r.frame);
  console.log(
    `${label}: ${results.length} tooltips, ${wrong} without the hovered character; ` +
      `DOM placed p50 ${q(dom, 0.5).toFixed(2)} ms p95 ${q(dom, 0.95).toFixed(2)} ms max ${Math.max(...dom).toFixed(2)} ms; ` +
      `handler → placed p50 ${q(ours, 0.5).toFixed(2)} ms p95 ${q(ours, 0.95).toFixed(2)} ms max ${Math.max(...ours).toFixed(2)} ms; ` +
      `next frame p50 ${q(frame, 0.5).toFixed(2)} ms p95 ${q(frame, 0.95).toFixed(2)} ms; ` +
      `pointermove task thread time (${cpu.length}) p50 ${q(cpu, 0.5).toFixed(2)} ms p95 ${q(cpu, 0.95).toFixed(2)} ms max ${Math.max(...cpu).toFixed(2)} ms`,
  );
  return { wrong, p95: q(cpu, 0.95) };
}

async function hoverWord(word) {
  const at = await page.evaluate((w) => {
    const root = document.getElementById('host').shadowRoot;
    for (const p of root.querySelectorAll('p[data-offset]')) {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.data.indexOf(w);
        if (i < 0) continue;
        p.scrollIntoView({ block: 'center' });
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
    }
    return null;
  }, word);
  if (!at) throw new Error(`${word} not found`);
  await page.mouse.move(1, 1);
  await sleep(50);
  await page.mouse.move(at.x, at.y);
  await sleep(80);
  return page.evaluate(() => {
    const tip = document.getElementById('host').shadowRoot.querySelector('.br-pinyin-tip');
    return (
      tip && [
        tip.getAttribute('data-word'),
        tip.getAttribute('data-pinyin'),
        tip.getAttribute('data-other'),
        tip.getAttribute('data-side'),
      ]
    );
  });
}

let failures = 0;
const check = (what, ok, detail = '') => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? `: ${detail}` : ''}`);
  if (!ok) failures++;
};

await open();
for (const [word, py] of [
  ['閔行', 'mǐn háng'],
  ['側重', 'cè zhòng'],
  ['注重', 'zhù zhòng'],
]) {
  const got = await hoverWord(word);
  check(`hover ${word}`, got?.[0] === word && got?.[1] === py, JSON.stringify(got));
}
await page.screenshot({ path: `${shots}/tip-light.png` });
await open('', 'dark');
await hoverWord('側重');
await page.screenshot({ path: `${shots}/tip-dark.png` });
await open();
const plain = await hoverRun('plain text');
check('plain: every tooltip holds the hovered character', plain.wrong === 0);
check('plain: pointermove task p95 ≤ 8 ms thread time', plain.p95 <= 8, `${plain.p95.toFixed(2)} ms`);

await open('?ruby=all');
const got = await hoverWord('側重');
check('ruby: hover 側重', got?.[0] === '側重', JSON.stringify(got));
await page.screenshot({ path: `${shots}/ruby-tip.png` });
const ruby = await hoverRun('ruby mode');
check('ruby: every tooltip holds the hovered character', ruby.wrong === 0);
check('ruby: pointermove task p95 ≤ 8 ms thread time', ruby.p95 <= 8, `${ruby.p95.toFixed(2)} ms`);

// Copy from ruby mode: drag-select across words, Ctrl+C, read the clipboard.
const span = await page.evaluate(() => {
  const root = document.getElementById('host').shadowRoot;
  const p = root.querySelector('p[data-turn="3"][data-block="0"]');
  p.scrollIntoView({ block: 'center' });
  const rubies = [...p.querySelectorAll('.br-ruby')];
  const a = rubies[2].getBoundingClientRect();
  const b = rubies[12].getBoundingClientRect();
  return { x0: a.left + 1, y0: a.bottom - 8, x1: b.right - 1, y1: b.bottom - 8, text: p.textContent };
});
await page.mouse.move(span.x0, span.y0);
await page.mouse.down();
await page.mouse.move(span.x1, span.y1, { steps: 8 });
await page.mouse.up();
await page.keyboard.down('Control');
await page.keyboard.press('c');
await page.keyboard.up('Control');
await sleep(100);
const copied = await page.evaluate(() => navigator.clipboard.readText());
const selected = await page.evaluate(
  () => document.getElementById('host').shadowRoot.getSelection?.()?.toString() ?? getSelection().toString(),
);
check(
  'ruby: copied text is characters only',
  copied.length > 0 && span.text.includes(copied) && !/[a-zāáǎàēéěèīíǐìōóǒòūúǔù]/i.test(copied),
  JSON.stringify(copied),
);
check('ruby: selection text is characters only', span.text.includes(selected), JSON.stringify(selected));
await page.screenshot({ path: `${shots}/ruby-selection.png` });

// Edges: a word in the top rows flips the tooltip below; near the right edge it is clamped.
await open();
await page.setViewport({ width: 420, height: 700 });
await open();
const edge = await page.evaluate(() => {
  const root = document.getElementById('host').shadowRoot;
  const p = root.querySelector('p[data-turn="1"][data-block="0"]');
  p.scrollIntoView({ block: 'start' });
  scrollBy(0, -4);
  const r = document.createRange();
  const n = p.firstChild;
  r.setStart(n, 0);
  r.setEnd(n, 1);
  const b = r.getBoundingClientRect();
  return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
});
await page.mouse.move(edge.x + 200, edge.y + 300);
await sleep(50);
await page.mouse.move(edge.x, edge.y);
await sleep(80);
const placed = await page.evaluate(() => {
  const tip = document.getElementById('host').shadowRoot.querySelector('.br-pinyin-tip');
  const b = tip?.getBoundingClientRect();
  return (
    tip && {
      side: tip.getAttribute('data-side'),
      left: b.left,
      right: b.right,
      top: b.top,
      bottom: b.bottom,
      vw: innerWidth,
      vh: innerHeight,
    }
  );
});
check(
  'narrow window: tooltip inside the viewport',
  placed && placed.left >= 0 && placed.right <= placed.vw && placed.top >= 0 && placed.bottom <= placed.vh,
  JSON.stringify(placed),
);
await page.screenshot({ path: `${shots}/tip-narrow.png` });
await page.keyboard.press('Escape');
await sleep(30);
check(
  'Escape closes',
  !(await page.evaluate(() => !!document.getElementById('host').shadowRoot.querySelector('.br-pinyin-tip'))),
);

await browser.close();
server.close();
console.log(failures ? `${failures} failed` : 'all checks passed');
process.exit(failures ? 1 : 0);
