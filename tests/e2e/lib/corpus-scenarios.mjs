// Every fixture at its real address, opened on request (issue 15), written once for both browsers. The test file
// gives a driver for the page's tab (lib/driver.mjs) and `b`, what only the browser's own tooling can do:
//   tabId(url), badge(tabId), status(tabId) — the background's tab:status —, ask(page, tabId, kind) — the user's
//   request, a trusted click in the popup (or the shortcut where the popup cannot reach the page) —, front().
import assert from 'node:assert/strict';
import { tsImport } from 'tsx/esm/api';
import { shot } from './browsers.mjs';

// The engine's own furniture table (examples and counter-examples in lib/transcript/furniture.ts): the only lines of
// a container the reader may leave out.
const { furnitureRule } = await tsImport('../../../lib/transcript/furniture.ts', import.meta.url);

const TIMEOUT = 20000;

/** Whether the detector watches a host by itself: the manifest's content-script matches (`*://*.gov.cn/*`…). */
export function watchedBy(manifest) {
  const hosts = manifest.content_scripts.flatMap((c) => c.matches).map((p) => /^\*:\/\/([^/]+)\//.exec(p)[1]);
  return (host) =>
    hosts.some((h) => (h.startsWith('*.') ? host === h.slice(2) || host.endsWith(h.slice(1)) : host === h));
}

/** Polls an async check (in Node) until it holds. */
export async function until(check, what) {
  const deadline = Date.now() + TIMEOUT;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function readerOpen() {
  return Boolean(document.querySelector('briefing-reader')?.shadowRoot?.querySelector('section'));
}

/** The reader is shown, whatever the engine found in the page (a negative opened anyway may have no section). */
function readerShown() {
  return Boolean(document.querySelector('briefing-reader')?.shadowRoot?.querySelector('.br-reader:not([hidden])'));
}

function noticeShown() {
  return [...document.documentElement.children].some((e) => e.localName === 'briefing-reader-notice');
}

/** What the reader shows of the page's words: its header (title, date), every turn (label and text) and every
 *  paragraph in no turn; the labels apart, with each question's number and asker as its section heading shows them
 *  (Q1 上海日報 stands for the page's 1、上海日報). A speaker's coloured disc repeats the name's first character as
 *  decoration (aria-hidden): it is not text the reader shows, and it is left out. */
function readerText() {
  const root = document.querySelector('briefing-reader').shadowRoot;
  const textOf = (e) => {
    const copy = e.cloneNode(true);
    for (const mark of copy.querySelectorAll('.br-mark')) mark.remove();
    return copy.textContent;
  };
  const parts = [...root.querySelectorAll('.br-header, .br-turn, .br-loose')].map(textOf);
  const headings = [...root.querySelectorAll('.br-section-heading')].map(
    (h) =>
      `${h.querySelector('.br-qnum')?.textContent ?? ''}${h.querySelector('.br-section-title')?.textContent ?? ''}`,
  );
  const labels = [...root.querySelectorAll('.br-turn-label, .br-people')].map(textOf).concat(headings);
  return {
    text: parts.join('\n'),
    labels: labels.join('\n'),
    exchanges: root.querySelectorAll('section.br-section--exchange').length,
  };
}

/**
 * The lines of the page's content, each with where it is: inside the original the reader stands in for (hidden
 * while it shows: every such line must be in the reader) or outside it (left on the page: it must still be seen
 * there). The content is the element holding the most paragraph text (a stored page is a fragment of its site; a
 * stored text is served as <p> lines in one <div>).
 */
function pageLines() {
  let best = document.body;
  let most = 0;
  for (const el of document.body.querySelectorAll('*')) {
    const n = [...el.children].filter((c) => c.localName === 'p').reduce((s, p) => s + p.textContent.length, 0);
    if (n > most) [best, most] = [el, n];
  }
  const original = document.querySelector('[data-briefing-reader-original]');
  return [...best.children]
    .map((c) => ({
      text: c.textContent.trim(),
      inReader: Boolean(original && (original === c || original.contains(c) || c.contains(original))),
      onPage: c.checkVisibility(),
    }))
    .filter((l) => l.text);
}

// Compared as characters: NFKC, no whitespace, no punctuation — the reader prints a label's colon or brackets as
// its own layout, and a page's full-width and half-width forms are the same text.
const norm = (s) => s.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');

/** The longest run of `l` from `i` that `text` holds. */
function longestAt(l, i, text) {
  let lo = 0;
  let hi = l.length - i;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (text.includes(l.slice(i, i + mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The parts of `line` the reader's text does not hold. The line is covered piece by piece, each piece the longest
 * run of its characters found in the reader's text, so that one line the engine split into several turns is still
 * accounted for. A piece shorter than four characters counts only as the whole rest of the line or as part of a
 * label the reader shows apart from its words (a name, a role, an outlet): stray characters never cover a line.
 */
export function missingParts(line, shown, labels) {
  const l = norm(line);
  const missing = [];
  let gap = '';
  for (let i = 0; i < l.length;) {
    let n = longestAt(l, i, shown);
    if (n < 4 && i + n < l.length) n = longestAt(l, i, labels) >= 2 ? longestAt(l, i, labels) : 0;
    if (n > 0) {
      if (gap) missing.push(gap);
      gap = '';
      i += n;
    } else {
      gap += l[i];
      i += 1;
    }
  }
  if (gap) missing.push(gap);
  return missing;
}

/** The container's lines that are furniture by the engine's rule, each with the rule's name. */
export function furnitureLines(lines) {
  return lines.flatMap((line) => {
    const rule = furnitureRule(line);
    return rule ? [`${line.slice(0, 60)}  [${rule.name}]`] : [];
  });
}

/**
 * Every line of the container is the transcript's own text and must be shown (the intro, the datelines, the notes
 * and the turns alike), except the lines the engine's furniture table names.
 */
export function unshownLines(lines, { text, labels }) {
  const shown = norm(text);
  const names = norm(labels);
  return lines
    .filter((line) => !furnitureRule(line))
    .map((line) => ({ line, missing: missingParts(line, shown, names) }))
    .filter((x) => x.missing.length > 0)
    .map((x) => ({
      line: `${x.line.slice(0, 60)}${x.line.length > 60 ? '…' : ''}  [missing: ${x.missing.join(' | ')}]`,
      missing: x.missing,
    }));
}

/** Where the notice's "Open anyway" is: its box is fixed at the top right and its root is closed, so the box is
 *  found by asking which element is under each point (the notice's host) and the button is its first, bottom left. */
function openAnywayPoint() {
  const host = document.querySelector('briefing-reader-notice');
  const onNotice = (x, y) => document.elementFromPoint(x, y) === host;
  const x0 = document.documentElement.clientWidth - 24;
  let left = x0;
  while (left > 0 && onNotice(left - 1, 24)) left--;
  let bottom = 24;
  while (bottom < document.documentElement.clientHeight && onNotice(left + 8, bottom + 1)) bottom++;
  return left < x0 ? { x: left + 30, y: bottom - 26 } : null;
}

async function step(what, run) {
  try {
    return await run();
  } catch (err) {
    throw new Error(`${what}: ${String(err?.message ?? err).split('\n')[0]}`);
  }
}

/** Opens one fixture's page and asks for the reader; checks what the issue asks of a transcript or a negative. */
export async function readOnRequest(d, b, page, { url, shots = {} }) {
  await d.goto(url);
  const tabId = await b.tabId(url);
  assert.ok(tabId !== undefined, `${page.id}: tab found`);
  // On the sites the detector watches, the page is analysed by itself: let that finish before asking, so that a
  // transcript the reader opened by itself is not closed by the request.
  if (b.watched(page.host)) {
    await b.waitFor(async () => (await b.status(tabId)) !== null, `the detector's verdict`);
    const status = await b.status(tabId);
    if (status.press) await step('the reader opening by itself', () => d.waitFor(readerOpen, undefined, TIMEOUT));
  }
  const byItself = await d.evaluate(readerOpen);
  if (!byItself) await step('asking', () => b.ask(page, tabId));
  const out = { id: page.id, byItself, unshown: [] };
  if (page.press) {
    await step('the reader opening', () => d.waitFor(readerOpen, undefined, TIMEOUT)).catch(async (err) => {
      throw new Error(`${err.message}${(await d.evaluate(noticeShown)) ? ' (the notice was shown: ruled out)' : ''}`);
    });
    const r = await d.evaluate(readerText);
    out.exchanges = r.exchanges;
    const lines = await d.evaluate(pageLines);
    const inReader = lines.filter((l) => l.inReader).map((l) => l.text);
    out.unshown = unshownLines(inReader, r);
    // A line the reader does not stand in for stays on the page, seen: never hidden with nothing in its place.
    out.lost = lines.filter((l) => !l.inReader && !l.onPage && !furnitureRule(l.text)).map((l) => l.text.slice(0, 60));
    out.furniture = furnitureLines(inReader);
    await b.waitFor(async () => (await b.badge(tabId)) === String(r.exchanges || '✓'), `${page.id}: badge`);
    if (shots.transcript) await d.screenshot(shot(shots.transcript));
  } else {
    await step('the notice', () => d.waitFor(noticeShown, undefined, TIMEOUT));
    assert.equal(await d.evaluate(() => document.querySelector('briefing-reader')), null, `${page.id}: no reader`);
    assert.equal(await b.badge(tabId), '', `${page.id}: no badge on a negative`);
    if (shots.notice) await d.screenshot(shot(shots.notice));
    await b.front();
    const at = await d.evaluate(openAnywayPoint);
    assert.ok(at, `${page.id}: the notice has a box on screen`);
    await d.page.mouse.click(at.x, at.y);
    await step('the reader after Open anyway', () => d.waitFor(readerShown, undefined, TIMEOUT));
    assert.equal(await d.evaluate(noticeShown), false, `${page.id}: the notice goes when the reader opens`);
    assert.equal(await b.badge(tabId), '', `${page.id}: still no badge once opened anyway`);
  }
  return out;
}

/** Runs every page and asserts at the end, so one run reports every fixture that falls short. */
export async function readCorpus(d, b, pages, { url, errors, shots }) {
  const results = [];
  for (const page of pages) {
    const seen = errors.length;
    let r;
    try {
      r = await readOnRequest(d, b, page, { url: url(page), shots: shots(page) });
    } catch (err) {
      r = { id: page.id, failed: String(err?.message ?? err).split('\n')[0], unshown: [] };
    }
    results.push({ ...r, errors: errors.slice(seen) });
  }
  for (const r of results) {
    const notes = [
      r.failed && `FAILED: ${r.failed}`,
      ...r.unshown.map((l) => `not in the reader: ${l.line}`),
      ...(r.lost ?? []).map((l) => `hidden, and not in the reader: ${l}`),
      ...(r.furniture ?? []).map((l) => `furniture, left out by rule: ${l}`),
      ...r.errors.map((e) => `console error: ${e}`),
    ].filter(Boolean);
    const how = r.byItself ? 'opened by itself' : 'opened on request';
    console.log(`# ${r.id}: ${how}${r.exchanges === undefined ? '' : `, ${r.exchanges} questions`}`);
    for (const n of notes) console.log(`#   ${n}`);
  }
  return results;
}

/** Console errors of the page's tab and the popup's, in one list in the order they came. */
export function collectErrors(tabs) {
  const errors = [];
  for (const [p, who] of tabs) {
    p.on('console', (m) => m.type() === 'error' && errors.push(`${who}: ${m.text()}`));
    p.on('pageerror', (e) => errors.push(`${who}: ${e}`));
  }
  return errors;
}

// Transcripts photographed in the reader: the seed, and a Taiwan briefing's minutes the browser once ruled out
// (its metadata lines, its agenda heading …報告: and the report under it).
const TRANSCRIPT_SHOTS = {
  'seed-shanghai-20180612-tc': 'corpus-transcript',
  'tw-mofa-20230207-tc': 'corpus-minutes',
};

/** Two transcripts and one negative (with its notice) photographed per browser. */
export const corpusShots = (browserName) => (p) => ({
  transcript: TRANSCRIPT_SHOTS[p.id] && `${browserName}-${TRANSCRIPT_SHOTS[p.id]}`,
  notice: p.id === 'neg-tw-president-news-20250113-tc' ? `${browserName}-corpus-notice` : undefined,
});

/** The checks on the run's results, as separate tests so that each kind of shortfall is named on its own. */
export function resultTests(test, run, outsideRequests) {
  const results = () => {
    assert.ok(run(), 'the run over every page finished');
    return run();
  };
  const failed = (r) => Boolean(r.failed);
  test('every page opened as the issue says (reader for a transcript, notice then Open anyway for a negative)', () => {
    assert.deepEqual(
      results()
        .filter(failed)
        .map((r) => `${r.id}: ${r.failed}`),
      [],
    );
  });
  test("every line of a transcript's container is in the reader, except furniture named by the engine's rule", () => {
    assert.deepEqual(
      results().flatMap((r) => [
        ...(r.unshown ?? []).map((u) => `${r.id}: ${u.line}`),
        ...(r.lost ?? []).map((l) => `${r.id}: hidden: ${l}`),
      ]),
      [],
    );
  });
  // Reported, not asserted: the furniture left out by rule.
  test('report: furniture left out by rule', (t) => {
    for (const r of results().filter((x) => (x.furniture ?? []).length))
      t.diagnostic(`${r.id}: ${r.furniture.length} furniture line(s) left out by rule`);
  });
  test('no console errors on any page or in the popup', () => {
    assert.deepEqual(
      results().flatMap((r) => (r.errors ?? []).map((e) => `${r.id}: ${e}`)),
      [],
    );
  });
  test('no request left the browser (only the local test server and the extension were reached)', () => {
    assert.deepEqual(outsideRequests(), []);
  });
}
