// Pinyin scenarios (issue 6), for both browsers: hover shows the word's reading in context on the Traditional seed
// page; ruby mode on and off; a copy from ruby mode holds the characters only.
import assert from 'node:assert/strict';
import { shot } from './browsers.mjs';
import { settled } from './driver.mjs';
import { userClick } from './user-input.mjs';

const hasSections = () => Boolean(document.querySelector('briefing-reader')?.shadowRoot?.querySelector('section'));

/** The reader's pinyin controls as pressed or not (the ruby button exists only once pinyin is on), and the ruby count. */
function pinyinState() {
  const root = document.querySelector('briefing-reader').shadowRoot;
  const pressed = (l) =>
    [...root.querySelectorAll('button')].find((x) => x.textContent.trim() === l)?.getAttribute('aria-pressed') ?? null;
  return { pinyin: pressed('Pinyin'), ruby: pressed('Pinyin above'), marks: root.querySelectorAll('[data-py]').length };
}

/** Viewport point of the middle of `needle`'s `index`-th character inside the reader's turn text. */
export function pointOf({ needle, index }) {
  const root = document.querySelector('briefing-reader').shadowRoot;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.data.indexOf(needle);
    if (i < 0 || !n.parentElement?.closest('[data-turn]')) continue;
    n.parentElement.scrollIntoView({ block: 'center' });
    const r = document.createRange();
    r.setStart(n, i + index);
    r.setEnd(n, i + index + 1);
    const box = r.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }
  return null;
}

function tip() {
  const el = document.querySelector('briefing-reader').shadowRoot.querySelector('.br-pinyin-tip');
  return el ? { word: el.getAttribute('data-word'), pinyin: el.getAttribute('data-pinyin') } : null;
}

export async function pinyinHoverAndRuby({ d, mouseMove, browserName }) {
  await d.goto(d.url('seed'));
  await d.waitFor(hasSections);
  const click = (label) => userClick(d, label);
  await click('Pinyin');
  // The reader turns pinyin on once its engine has loaded.
  const on = await settled(d, pinyinState, undefined, (p) => p.pinyin === 'true' && p.ruby !== null);
  assert.equal(on.pinyin, 'true', 'pinyin is on');
  // [text around, index of the hovered character, a character of the word shown, its reading there]
  for (const [needle, index, word, reading] of [
    ['長三角', 0, '長', 'cháng'],
    ['改革上要率先', 4, '率先', 'shuài xiān'],
    ['倪區長', 2, '長', 'zhǎng'],
  ]) {
    const p = await d.evaluate(pointOf, { needle, index });
    assert.ok(p, `found ${needle}`);
    await mouseMove(p.x, p.y);
    // The move passes over other characters on its way, and each may show its own tooltip first: wait (up to 5 s)
    // for the one under the pointer's end, then check what is shown, whichever it is.
    await d
      .waitFor(
        (w) => {
          const el = document.querySelector('briefing-reader').shadowRoot.querySelector('.br-pinyin-tip');
          return el?.getAttribute('data-pinyin') && el.getAttribute('data-word')?.includes(w);
        },
        word,
        5000,
      )
      .catch(() => {});
    const t = await d.evaluate(tip);
    assert.ok(t, `hover over ${needle}[${index}] shows a tooltip`);
    assert.ok(t.word.includes(word), `hover over ${needle}[${index}] shows ${word}: got ${t.word}`);
    assert.ok(t.pinyin.includes(reading), `${t.word} reads ${reading}: got ${t.pinyin}`);
  }
  await d.screenshot(shot(`${browserName}-pinyin-tooltip`));
  await d.press('Escape');

  // Ruby over the whole transcript, then a copy of a passage: characters only.
  await click('Pinyin above');
  await settled(d, pinyinState, undefined, (p) => p.ruby === 'true' && p.marks > 100);
  const ruby = await d.evaluate(() => {
    const root = document.querySelector('briefing-reader').shadowRoot;
    const span = root.querySelector('[data-turn] [data-py]');
    const p = span?.closest('p');
    const sel = getSelection();
    sel.removeAllRanges();
    const r = document.createRange();
    r.selectNodeContents(p);
    sel.addRange(r);
    return {
      count: root.querySelectorAll('[data-py]').length,
      py: span?.getAttribute('data-py'),
      copied: sel.toString(),
      text: p.textContent,
    };
  });
  assert.ok(ruby.count > 100, `ruby marks words (${ruby.count})`);
  assert.ok(!/[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{2}/i.test(ruby.copied), `copy has no pinyin: ${ruby.copied.slice(0, 60)}`);
  assert.equal(ruby.copied.replace(/\s/g, ''), ruby.text.replace(/\s/g, ''));
  // What the user sees has its pinyin within a few frames: every paragraph in the window (far ones wait until the
  // reader scrolls near them).
  const seen = await settled(d, inVisibleRuby, undefined, (v) => v.visible > 0 && v.ready === v.visible);
  assert.ok(
    seen.visible > 0 && seen.ready === seen.visible,
    `paragraphs in the window with ruby: ${JSON.stringify(seen)}`,
  );
  await d.screenshot(shot(`${browserName}-pinyin-ruby`));
  await click('Pinyin above');
  const off = await settled(d, pinyinState, undefined, (p) => p.ruby === 'false' && p.marks === 0);
  assert.equal(off.marks, 0, 'ruby off');
  await click('Pinyin');
}

// ---- A paragraph of a megabyte on one line: pinyin and ruby never hold the main thread more than 200 ms ----

/** A page-side heartbeat: a timer chain that notes the longest wait between its turns, i.e. the longest time the
 *  main thread (the page's and our content script's alike) was held. */
function inStartHeartbeat() {
  const beat = { max: 0, byPhase: {}, long: [], last: performance.now(), on: true, phase: 'start' };
  window.__brBeat = beat;
  const tick = () => {
    const t = performance.now();
    const gap = t - beat.last;
    if (gap > beat.max) beat.max = gap;
    beat.byPhase[beat.phase] = Math.max(beat.byPhase[beat.phase] ?? 0, Math.round(gap));
    if (gap > 100) beat.long.push(`${Math.round(gap)} (${beat.phase})`);
    beat.last = t;
    if (beat.on) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
}

function inStopHeartbeat() {
  const beat = window.__brBeat;
  beat.on = false;
  return { max: Math.round(beat.max), byPhase: beat.byPhase, long: beat.long };
}

/** The reader's one long paragraph: its length, and its chunks (ruby) as ready / all. Reads no text. */
function inLongParagraph() {
  const root = document.querySelector('briefing-reader')?.shadowRoot;
  const p = [...(root?.querySelectorAll('p[data-turn]') ?? [])].find(
    (el) => el.querySelector('.br-ruby-chunk') || (el.firstChild?.nodeType === 3 && el.firstChild.length > 100000),
  );
  if (!p) return null;
  return {
    chunks: p.querySelectorAll('.br-ruby-chunk').length,
    ready: p.querySelectorAll('.br-ruby-chunk[data-ruby-ready]').length,
  };
}

/** Scrolls a point `fraction` of the way through the long paragraph to the middle of the window; its position, once
 *  the chunks around it are laid out (out of view they are not, in Chromium, and take their real height when shown). */
async function inLongParagraphPoint(fraction) {
  const root = document.querySelector('briefing-reader').shadowRoot;
  const chunks = root.querySelector('.br-ruby-chunk').closest('p').querySelectorAll('.br-ruby-chunk');
  const chunk = chunks[Math.min(chunks.length - 1, Math.floor(fraction * chunks.length))];
  // The chunk's first hanzi, found again each time: its text nodes are replaced when it gains or loses its pinyin.
  const first = () => {
    const walker = document.createTreeWalker(chunk, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.data.search(/[\u4e00-\u9fff]/);
      if (i >= 0) return { node: n, offset: i };
    }
    return null;
  };
  const box = () => {
    const { node, offset } = first();
    const r = document.createRange();
    r.setStart(node, offset);
    r.setEnd(node, offset + 1);
    return r.getBoundingClientRect();
  };
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  let scrolled = false;
  for (let i = 0; i < 5 && Math.abs(box().top - innerHeight / 2) > 40; i++) {
    window.scrollBy(0, box().top - innerHeight / 2);
    scrolled = true;
    await frame();
  }
  const b = box();
  const { node, offset } = first();
  return {
    x: b.left + b.width / 2,
    y: b.top + b.height / 2,
    char: node.data[offset],
    ready: chunk.hasAttribute('data-ruby-ready'),
    centred: Math.abs(b.top + b.height / 2 - innerHeight / 2) < 60,
    // Whether this call had to scroll: a point found right after a scroll says nothing about the text still moving.
    scrolled,
  };
}

/** Paragraphs of the reader in the window, and how many of them show their ruby. */
function inVisibleRuby() {
  const root = document.querySelector('briefing-reader').shadowRoot;
  const inWindow = [...root.querySelectorAll('p[data-turn]')].filter((p) => {
    const r = p.getBoundingClientRect();
    return r.height > 0 && r.bottom > 0 && r.top < innerHeight;
  });
  const ready = inWindow.filter((p) => p.hasAttribute('data-ruby-ready') || p.querySelector('[data-ruby-ready]'));
  return { visible: inWindow.length, ready: ready.length };
}

function inTipWord() {
  return document
    .querySelector('briefing-reader')
    .shadowRoot.querySelector('.br-pinyin-tip')
    ?.getAttribute('data-word');
}

function inPressed(label) {
  const root = document.querySelector('briefing-reader').shadowRoot;
  return [...root.querySelectorAll('button')].find((x) => x.textContent.trim() === label)?.getAttribute('aria-pressed');
}

/** Pinyin on, hovers at the start, middle and end of a 1 MB paragraph, ruby on (the chunks near the window get
 *  their pinyin, the others stay plain) at the end, middle and start, and off, under a heartbeat; returns what it
 *  measured. */
export async function longParagraphStaysResponsive({ d, mouseMove, browserName }) {
  await d.goto(d.url('longAnswer'));
  const shown = await settled(d, inLongParagraph, undefined, Boolean, 90000);
  assert.ok(shown, 'the reader shows the long paragraph');
  await d.evaluate(inStartHeartbeat);
  const phase = (name) => d.evaluate((n) => (window.__brBeat.phase = n), name);
  const click = (label) => userClick(d, label);
  await phase('pinyin on');
  await click('Pinyin');
  assert.equal(await settled(d, inPressed, 'Pinyin', (v) => v === 'true', 30000), 'true', 'pinyin is on');
  const hovered = [];
  for (const fraction of [0.001, 0.5, 0.999]) {
    await phase(`hover ${fraction}`);
    const at = await d.evaluate(inLongParagraphPoint, fraction);
    await mouseMove(at.x, at.y);
    const word = await settled(d, inTipWord, undefined, (w) => w?.includes(at.char), 10000);
    hovered.push(`${fraction}: ${at.char} → ${word ?? 'no card'}`);
    assert.ok(word?.includes(at.char), `hover ${fraction} of the way shows the word with ${at.char}: ${word}`);
  }
  await d.press('Escape');
  await phase('ruby on');
  await click('Pinyin above');
  // Ruby goes on where the reader is looking, and only there: far chunks stay plain text.
  const ruby = [];
  for (const fraction of [0.999, 0.5, 0.001]) {
    await phase(`ruby at ${fraction}`);
    // Chunks around it change height as they gain their pinyin: keep it in the middle of the window meanwhile.
    let last = null;
    const still = (p) => {
      const same =
        p.ready &&
        p.centred &&
        !p.scrolled &&
        last !== null &&
        Math.abs(p.y - last.y) < 2 &&
        Math.abs(p.x - last.x) < 2;
      last = p;
      return same;
    };
    const at = await settled(d, inLongParagraphPoint, fraction, still, 60000);
    assert.ok(
      at.ready && at.centred,
      `the chunk ${fraction} of the way has its pinyin, in the middle: ${JSON.stringify(at)}`,
    );
    // Each point sits in the middle of the window: leave it first (off the text, or the card of the word left
    // would stay for a pointer on its way to it), or the pointer would not move at all.
    await mouseMove(2, at.y);
    await mouseMove(at.x, at.y);
    const word = await settled(d, inTipWord, undefined, (w) => w?.includes(at.char), 10000);
    assert.ok(word?.includes(at.char), `hover in ruby ${fraction} of the way shows the word with ${at.char}: ${word}`);
    ruby.push(await d.evaluate(inLongParagraph));
  }
  await d.screenshot(shot(`${browserName}-long-paragraph-ruby`));
  for (const r of ruby)
    assert.ok(r.ready > 0 && r.ready < r.chunks / 4, `only chunks near the window: ${JSON.stringify(r)}`);
  await d.press('Escape');
  await phase('ruby off');
  await click('Pinyin above');
  const plain = await settled(d, inLongParagraph, undefined, (s) => s?.ready === 0, 240000);
  assert.equal(plain?.ready, 0, 'ruby off');
  await click('Pinyin');
  const beat = await d.evaluate(inStopHeartbeat);
  return { ...beat, hovered, chunks: ruby[0].chunks, ruby };
}

/** The anchor for the long paragraph's holds, in the same browser: the same steps on the seed page (pinyin on,
 *  three hovers, ruby on, a hover, ruby off, pinyin off) under the same heartbeat, the longest hold per step. */
export async function seedPageHolds({ d, mouseMove }) {
  await d.goto(d.url('seed'));
  await d.waitFor(hasSections);
  await d.evaluate(inStartHeartbeat);
  const phase = (name) => d.evaluate((n) => (window.__brBeat.phase = n), name);
  const click = (label) => userClick(d, label);
  await phase('pinyin on');
  await click('Pinyin');
  await settled(d, inPressed, 'Pinyin', (v) => v === 'true', 30000);
  await phase('hover');
  const hover = async (needle, index) => {
    const p = await d.evaluate(pointOf, { needle, index });
    await mouseMove(2, p.y);
    await mouseMove(p.x, p.y);
    await settled(d, inTipWord, undefined, Boolean, 10000);
  };
  for (const [needle, index] of [
    ['長三角', 0],
    ['改革上要率先', 4],
    ['倪區長', 2],
  ])
    await hover(needle, index);
  await d.press('Escape');
  await phase('ruby on');
  await click('Pinyin above');
  await settled(d, inPressed, 'Pinyin above', (v) => v === 'true', 30000);
  await hover('三角', 0);
  await d.press('Escape');
  await phase('ruby off');
  await click('Pinyin above');
  await settled(d, inPressed, 'Pinyin above', (v) => v === 'false', 30000);
  await click('Pinyin');
  return d.evaluate(inStopHeartbeat);
}

/** The issue's bound: no step holds the main thread longer than this, loading the engines included. */
export const HOLD_LIMIT_MS = 200;

/**
 * The 1 MB paragraph's holds, every step (loading the pinyin engine included) within HOLD_LIMIT_MS; `diagnostic`
 * prints a line of the report. The seed page's holds under the same steps are printed beside them: the anchor for
 * reading the numbers on a shared two-core machine, where absolute times move by 2x between runs. A run over the
 * limit is run once more on a fresh page (the engines load again), and that run must hold: a hiccup of the machine
 * passes, work that grows with the paragraph (~70x the seed page's) never does.
 */
export async function longParagraphAgainstSeed({ d, mouseMove, browserName, diagnostic }) {
  const seed = await seedPageHolds({ d, mouseMove });
  diagnostic(`seed page (anchor): longest hold ${seed.max} ms; holds over 100 ms: ${seed.long.join(', ') || 'none'}`);
  diagnostic(`seed page, longest hold per step: ${JSON.stringify(seed.byPhase)}`);
  let r = null;
  for (let run = 1; run <= 2 && (r === null || r.max > HOLD_LIMIT_MS); run++) {
    r = await longParagraphStaysResponsive({ d, mouseMove, browserName });
    diagnostic(
      `1 MB paragraph, run ${run}: longest hold ${r.max} ms; holds over 100 ms: ${r.long.join(', ') || 'none'}`,
    );
    diagnostic(`1 MB paragraph, run ${run}, longest hold per step: ${JSON.stringify(r.byPhase)}`);
  }
  diagnostic(r.hovered.join('; '));
  diagnostic(`chunks with ruby at the end, middle, start: ${r.ruby.map((x) => `${x.ready}/${x.chunks}`).join(', ')}`);
  assert.ok(r.max <= HOLD_LIMIT_MS, `held the main thread ${r.max} ms at once (limit ${HOLD_LIMIT_MS}): ${r.long}`);
}
