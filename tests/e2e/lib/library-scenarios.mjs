// Library scenarios (issue 18), written once and run in Chromium and in Firefox. `open(url)` gives a driver
// (lib/driver.mjs) on a new tab; the library page is driven through its own DOM.
/* global HTMLAnchorElement, DataTransfer, File -- page.evaluate callbacks run in the page. */
import assert from 'node:assert/strict';
import { userChoose } from './user-input.mjs';
import { strFromU8, unzipSync } from 'fflate';
import { shot } from './browsers.mjs';
import { settled } from './driver.mjs';
import { fixtureExpected } from './pages.mjs';
import { inSelectInReader } from './quotes.mjs';

export const PAGES = ['seed', 'mfa', 'govcn'];
/** In the seed page (Traditional, 2018) and the MFA page (Simplified, 2022): 共同發展 / 共同发展. */
export const PHRASE = '共同发展';

const hasSections = () => Boolean(document.querySelector('briefing-reader')?.shadowRoot?.querySelector('section'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Opens each page; the reader opens by itself on these known hosts and the background keeps each transcript. */
export async function readThree(d) {
  for (const name of PAGES) {
    await d.goto(d.url(name));
    await d.waitFor(hasSections);
    // The reader hands its transcript over when the page is first idle: idle callbacks run in the order asked for,
    // so once this one has run, the reader's has too.
    await d.evaluate(() => new Promise((resolve) => globalThis.requestIdleCallback(() => resolve(true))));
  }
}

// --- in the library page ---
const inRows = () =>
  [...document.querySelectorAll('li.lb-conf')].map((li) => ({
    no: Number(li.dataset.no),
    title: li.querySelector('.lb-conf-title')?.textContent,
    day: li.querySelector('.lb-day')?.textContent,
    site: li.querySelector('.lb-site')?.textContent,
    people: [...li.querySelectorAll('.lb-people')].map((p) => p.textContent),
  }));
const inSearch = (q) => {
  const input = document.querySelector('input[name=q]');
  input.value = q;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  document.querySelector('form.lb-search').requestSubmit();
};
const inPick = ([name, value]) => {
  const select = document.querySelector(`select[name=${name}]`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
};
const inResults = () =>
  [...document.querySelectorAll('li.lb-result')].map((li) => ({
    no: Number(li.dataset.no),
    section: li.dataset.section,
    marks: [...li.querySelectorAll('mark')].map((m) => m.textContent),
    who: [...li.querySelectorAll('.lb-passage .lb-who')].map((w) => w.textContent),
    link: li.querySelector('a.lb-open-at')?.href,
  }));
/** Captures what the page saves as a download (the anchor click), as bytes. */
const inCaptureDownloads = () => {
  window.__saved = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (!this.download) return click.call(this);
    const name = this.download;
    void fetch(this.href)
      .then((r) => r.arrayBuffer())
      .then((buf) => window.__saved.push({ name, bytes: Array.from(new Uint8Array(buf)) }));
  };
};
const inTakeDownload = () => window.__saved.shift() ?? null;
const inClick = (selector) => {
  const el = document.querySelector(selector);
  el?.click();
  return !!el;
};
const inImport = (text) => {
  const input = document.querySelector('.lb-import input[type=file]');
  const dt = new DataTransfer();
  dt.items.add(new File([text], 'library.json', { type: 'application/json' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
};

async function download(lib, selector) {
  assert.ok(await lib.evaluate(inClick, selector), `${selector} is there`);
  const deadline = Date.now() + 10000;
  for (;;) {
    const got = await lib.evaluate(inTakeDownload);
    if (got) return { name: got.name, bytes: Uint8Array.from(got.bytes) };
    if (Date.now() > deadline) throw new Error(`no download from ${selector}`);
    await sleep(100);
  }
}

export async function listsThree(lib) {
  await lib.waitFor(() => document.querySelectorAll('li.lb-conf').length === 3);
  const rows = await lib.evaluate(inRows);
  assert.deepEqual(
    rows.map((r) => r.day),
    ['2022-10-27', '2019-03-14', '2018-06-12'],
    'newest first',
  );
  assert.match(rows[0].title, /外交部发言人毛宁/);
  assert.ok(
    rows[2].people.some((p) => /張英/.test(p)),
    'the seed lists its speakers',
  );
  assert.match(await lib.evaluate(() => document.querySelector('.lb-total').textContent), /3/);
  await lib.screenshot(shot(`${lib.browserName}-library-list`));
  return rows;
}

export async function searchAndFilter(lib) {
  await lib.evaluate(inSearch, PHRASE);
  await lib.waitFor(() => document.querySelectorAll('li.lb-result').length > 0);
  const results = await lib.evaluate(inResults);
  assert.equal(new Set(results.map((r) => r.no)).size, 2, 'found in two conferences');
  const marks = new Set(results.flatMap((r) => r.marks));
  assert.ok(marks.has('共同发展') && marks.has('共同發展'), `both scripts marked: ${[...marks]}`);
  await lib.waitFor(() => document.querySelector('.lb-bars li'));
  await lib.screenshot(shot(`${lib.browserName}-library-search`));
  await lib.evaluate(inPick, ['speaker', '毛宁']);
  await lib.waitFor(() => {
    const items = [...document.querySelectorAll('li.lb-result')];
    return (
      items.length > 0 && items.every((li) => li.querySelector('.lb-passage .lb-who')?.textContent.startsWith('毛宁'))
    );
  });
  const narrowed = await lib.evaluate(inResults);
  assert.ok(narrowed.length < results.length, 'the speaker filter narrows the results');
  assert.equal(new Set(narrowed.map((r) => r.no)).size, 1);
  // Offline: the stored copy opens at the same exchange.
  assert.ok(await lib.evaluate(inClick, 'li.lb-result .lb-stored'));
  await lib.waitFor(() => document.querySelector('.lb-stored-view section.lb-target'));
  assert.equal(
    await lib.evaluate(() => document.querySelector('.lb-stored-view section.lb-target').id),
    narrowed[0].section,
  );
  assert.ok(await lib.evaluate(inClick, 'button.lb-back'));
  await lib.waitFor(() => document.querySelector('li.lb-result'));
  return narrowed[0];
}

export async function opensAtSection(page, result) {
  assert.match(result.link, /#br-q-\d+$/);
  await page.goto(result.link);
  await page.waitFor(hasSections);
  const id = result.link.slice(result.link.indexOf('#') + 1);
  const inView = (sid) => {
    const el = document.querySelector('briefing-reader')?.shadowRoot?.getElementById(sid);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    const expanded = el.querySelector('.br-section-toggle').getAttribute('aria-expanded') === 'true';
    return expanded && r.top >= -5 && r.top < innerHeight ? { top: r.top } : null;
  };
  // The reader opens the section and scrolls to it once its layout has settled.
  await page.waitFor(inView, id, 5000);
}

export async function exportsOne(lib, no) {
  const expected = fixtureExpected('seed-shanghai-20180612-tc').turns;
  await lib.evaluate(inCaptureDownloads);
  const at = `li.lb-conf[data-no="${no}"]`;
  const json = JSON.parse(strFromU8((await download(lib, `${at} button[data-export=json]`)).bytes));
  assert.deepEqual(Object.keys(json).slice(0, 8), [
    'press',
    'score',
    'reasons',
    'title',
    'date',
    'script',
    'turns',
    'figures',
  ]);
  assert.deepEqual(
    json.turns.map((t) => [t.kind, t.label]),
    expected.map((t) => [t.kind, t.label]),
  );
  const md = await download(lib, `${at} button[data-export=md]`);
  assert.match(md.name, /^transcript-2018-06-12-.*\.md$/);
  const text = strFromU8(md.bytes);
  assert.equal(text.match(/^## Question \d+$/gm)?.length, expected.filter((t) => t.kind === 'question').length);
  for (const t of json.turns) assert.ok(text.includes(`**${t.speaker ?? t.label}`), `Markdown labels ${t.label}`);
  const csvBytes = (await download(lib, `${at} button[data-export=csv]`)).bytes;
  assert.deepEqual([...csvBytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'a byte-order mark for spreadsheets');
  const csv = strFromU8(csvBytes.slice(3));
  assert.ok(csv.startsWith('section,question,kind,label'));
  assert.equal(csv.trimEnd().split('\r\n').length >= json.turns.length + 1, true);
  const docx = await download(lib, `${at} button[data-export=docx]`);
  assert.match(docx.name, /\.docx$/);
  const xml = strFromU8(unzipSync(docx.bytes)['word/document.xml']);
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  for (const t of json.turns) {
    for (const p of t.text.split('\n')) assert.ok(xml.includes(esc(p)), `DOCX holds "${p.slice(0, 20)}"`);
  }
}

export async function exportClearImport(lib) {
  await lib.evaluate(inCaptureDownloads);
  const before = strFromU8((await download(lib, 'button.lb-export-all')).bytes);
  assert.ok(await lib.evaluate(inClick, 'button.lb-clear'));
  assert.ok(await lib.evaluate(inClick, 'button.lb-clear-yes'));
  await lib.waitFor(() => document.querySelectorAll('li.lb-conf').length === 0);
  // A damaged file is refused in a sentence, and changes nothing.
  await lib.evaluate(inImport, before.slice(0, 200));
  await lib.waitFor(() => document.querySelector('.lb-notice.lb-error'));
  assert.match(
    await lib.evaluate(() => document.querySelector('.lb-notice').textContent),
    /not JSON.*Nothing in the library was changed/,
  );
  await lib.evaluate(inImport, before);
  await lib.waitFor(() => document.querySelectorAll('li.lb-conf').length === 3);
  assert.match(await lib.evaluate(() => document.querySelector('.lb-notice').textContent), /3 added, 0 already/);
  const after = strFromU8((await download(lib, 'button.lb-export-all')).bytes);
  const body = (s) => JSON.parse(s).conferences;
  assert.deepEqual(body(after), body(before), 'the import restored the library exactly');
}

const inAskCentre = () => {
  const b = document.querySelector('briefing-reader')?.shadowRoot?.querySelector('.br-said-before-ask');
  if (!b) return null;
  const r = b.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
};
const inSaidBefore = () =>
  [...(document.querySelector('briefing-reader')?.shadowRoot?.querySelectorAll('.br-said-before-item') ?? [])].map(
    (li) => ({
      link: li.querySelector('a').href,
      text: li.querySelector('p').textContent,
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent),
    }),
  );

/** On the 2022 MFA page, "said before" for 共同发展 finds the 2018 Shanghai answer (Traditional). */
export async function saidBeforeFindsEarlier(d) {
  await d.goto(d.url('mfa'));
  await d.waitFor(hasSections);
  // The selection's button is placed on the next frame, and a page in the background gets none (Firefox).
  await d.front();
  assert.equal(await d.evaluate(inSelectInReader, PHRASE), PHRASE);
  // Polled rather than waited for in the page: Puppeteer over BiDi does not settle a wait whose function returns an
  // object (the button's centre).
  const at = await settled(d, inAskCentre, undefined, (v) => v !== null, 5000);
  assert.ok(at, 'the "Said before" button is shown beside the selection');
  await d.page.mouse.click(at.x, at.y);
  const items = await settled(d, inSaidBefore, undefined, (v) => v.length > 0, 5000);
  assert.equal(items.length, 1, 'the MFA page itself is not "before"');
  assert.match(items[0].text, /^蔣紅：/);
  assert.deepEqual(items[0].marks, ['共同發展']);
  assert.match(items[0].link, /eastday\.com.*#br-q-\d+$/);
  await d.screenshot(shot(`${d.browserName}-reader-said-before`));
}

/** The index of the reader's export choice `kind` in its toolbar menu, or -1. */
const inExportIndex = (kind) =>
  [
    ...(document.querySelector('briefing-reader')?.shadowRoot?.querySelector('select.br-export')?.options ?? []),
  ].findIndex((o) => o.value === kind);

/** Chromium: the reader's toolbar saves the whole transcript as Markdown (the browser's own download). */
export async function readerExportsMarkdown(d) {
  await d.goto(d.url('mfa'));
  await d.waitFor(hasSections);
  const download = d.page.waitForEvent('download', { timeout: 15000 });
  const index = await d.evaluate(inExportIndex, 'md');
  assert.ok(index > 0, 'the toolbar offers the export');
  // The user's own choice (the reader acts on trusted input only): focused, one arrow key per option.
  await userChoose(d, 'select.br-export', index);
  const file = await download;
  assert.match(file.suggestedFilename(), /^transcript-2022-10-27-.*\.md$/);
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(await file.path(), 'utf8');
  assert.match(text, /^# /);
  assert.ok(text.includes(PHRASE), 'every turn is in the file');
}
