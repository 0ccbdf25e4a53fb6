// Quote clipboard scenarios shared by the Chromium and Firefox tests. Functions named `in*` are evaluated inside a
// page (self-contained: no closure over Node variables); the rest run in Node.
/* global HTMLAnchorElement, DataTransfer, File -- evaluated in pages. */
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { installMessaging, MESSAGING_GLOBAL } from './messaging.mjs';
// The quote tests send reader:saveSelection as the save-quote command does, through the product's messaging.
export { sendFrom } from './messaging.mjs';
import { HOSTS } from './pages.mjs';

/** The seed page's first answer: 張英 answering 上海日報. Passages chosen with an ASCII comma (directive syntax). */
export const SEED = {
  speaker: '張英',
  role: '市經信委總工程師',
  outlet: '上海日報',
  questionStart: '有一個問題想問張總工程師',
  title: '2018年6月12日市政府新聞發佈會問答實錄',
  date: '2018-06-12',
  /** The conference as a citation names it: the title without its date and without 問答實錄. */
  conference: '市政府新聞發佈會',
  byButton: '按照市委、市政府全力打響四大品牌,構築上海發展戰略優勢的總體部署',
  byShortcut: '閔行區作為重要的老工業基地,也是全市唯一獲批的國家科技成果轉移轉化示範區',
};

/** Selects `needle` inside a turn of the reader's shadow root; returns the selected text or null. */
export function inSelectInReader(needle) {
  const root = document.querySelector('briefing-reader')?.shadowRoot;
  if (!root) return null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.data.indexOf(needle);
    if (i < 0 || !n.parentElement?.closest('[data-turn]')) continue;
    n.parentElement.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(n, i);
    range.setEnd(n, i + needle.length);
    // Chromium exposes a shadow root's selection on the root; Firefox on the document, with the real nodes.
    const sel = typeof root.getSelection === 'function' ? root.getSelection() : document.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, composed: true }));
    return sel.toString();
  }
  return null;
}

/** Centre of the reader's floating "save quote" button, or null while it is not shown. */
export function inSaveButtonCentre() {
  const b = document.querySelector('briefing-reader')?.shadowRoot?.querySelector('.br-save-quote');
  if (!b) return null;
  const r = b.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2, text: b.textContent.trim() };
}

/** The stored quote list, read in an extension context (service worker or extension page). */
export async function inStoredQuotes() {
  const api = globalThis.browser ?? globalThis.chrome;
  return (await api.storage.local.get('quotes')).quotes ?? [];
}

export async function inClearStored() {
  const api = globalThis.browser ?? globalThis.chrome;
  await api.storage.local.remove('quotes');
}

/**
 * Sends `count` quotes:save messages at once from an extension page, through the product's own messaging
 * (messaging.mjs); resolves to the replies, a failed one as { failed: message }.
 */
export async function saveMany(ctx, { tag, count, url }) {
  await installMessaging(ctx);
  return ctx.evaluate(inSaveMany, { tag, count, url, messaging: MESSAGING_GLOBAL });
}

function inSaveMany({ tag, count, url, messaging }) {
  const send = (i) =>
    globalThis[messaging]
      .sendMessage('quotes:save', {
        text: `${tag} 第${i}條：國務院新聞辦公室發佈會`,
        speaker: '發言人',
        role: null,
        outlet: `${tag}社`,
        conferenceTitle: `併發測試 ${tag}`,
        conferenceDate: '2018-06-12',
        url: `${url}?from=${tag}&n=${i}`,
        pageTitle: `併發測試 ${tag}`,
      })
      .catch((e) => ({ failed: String(e?.message ?? e) }));
  return Promise.all(Array.from({ length: count }, (_, i) => send(i)));
}

/** What the popup lists: each quote's text and attribution, in display order. */
export function inPopupRows() {
  return [...document.querySelectorAll('li.pp-quote')].map((li) => ({
    id: li.getAttribute('data-id'),
    text: li.querySelector('.pp-quote-text')?.textContent ?? '',
    who: li.querySelector('.pp-quote-who')?.textContent ?? '',
    question: li.querySelector('.pp-quote-question')?.textContent ?? '',
    link: li.querySelector('a.pp-link')?.getAttribute('href') ?? null,
  }));
}

/** Replaces the popup's download link clicks by a record of what would have been saved (blob text read back). */
export function inCaptureDownloads() {
  window.__downloads = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (!this.download) return click.call(this);
    const entry = { name: this.download, text: null };
    window.__downloads.push(entry);
    return fetch(this.href)
      .then((r) => r.text())
      .then((t) => (entry.text = t));
  };
}

/** Puts a file into the popup's import input the way a file chooser does, and fires change. */
export function inImportFile({ name, text }) {
  const input = document.querySelector('.pp-file input[type=file]');
  const dt = new DataTransfer();
  dt.items.add(new File([text], name, { type: 'application/json' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export function inImportReport() {
  const r = document.querySelector('.pp-report');
  return r ? { error: r.classList.contains('pp-report-error'), text: r.textContent } : null;
}

/** Checks a quote saved from the seed page against what the page says about that passage. */
export function checkSeedQuote(q, { text, pageUrl }) {
  assert.ok(q, 'quote stored');
  assert.equal(q.text, text);
  assert.equal(q.original, text);
  assert.equal(q.variant, 'original');
  assert.equal(q.speaker, SEED.speaker);
  assert.equal(q.role, SEED.role);
  assert.equal(q.outlet, SEED.outlet);
  assert.ok(q.question?.startsWith(SEED.questionStart), `question: ${q.question}`);
  assert.equal(q.conferenceTitle, SEED.title);
  assert.equal(q.conferenceDate, SEED.date);
  assert.equal(q.url, pageUrl);
  assert.ok(!Number.isNaN(Date.parse(q.savedAt)) && Date.now() - Date.parse(q.savedAt) < 120_000, q.savedAt);
  checkFragment(q.fragmentUrl, pageUrl, text);
}

/**
 * A text directive for `text` on `pageUrl`: ASCII only (UTF-8 percent-encoded), directive syntax characters
 * escaped inside terms, and its terms found in the passage in order (start…end, context outside it).
 */
export function checkFragment(fragmentUrl, pageUrl, text) {
  const prefix = `${pageUrl}#:~:text=`;
  assert.ok(fragmentUrl.startsWith(prefix), fragmentUrl);
  const directive = fragmentUrl.slice(prefix.length);
  assert.match(directive, /^[A-Za-z0-9%._~!$'()*+;=:@/?,-]+$/, 'percent-encoded ASCII only');
  const terms = directive.split(',');
  assert.ok(terms.length >= 1 && terms.length <= 4, directive);
  const decoded = terms.map((t) => ({
    context: t.startsWith('-') || t.endsWith('-'),
    t: decodeURIComponent(t.replace(/^-|-$/g, '')),
  }));
  const core = decoded.filter((d) => !d.context).map((d) => d.t);
  assert.ok(core.length >= 1 && core.length <= 2, directive);
  assert.ok(text.startsWith(core[0]), `start term ${core[0]}`);
  if (core[1]) assert.ok(text.endsWith(core[1]), `end term ${core[1]}`);
  else assert.equal(core[0], text);
  // The raw directive must not hold a literal comma or dash inside a term (they would be read as syntax).
  for (const t of terms) assert.ok(!/,/.test(decodeURIComponent(t)) || /%2C/i.test(t), t);
}

/** The English citation the popup copies for a seed quote (the browsers run with an English UI). */
export function citationEn(q) {
  return `“${q.text}” — ${q.speaker} (${q.role}), ${SEED.conference}, 12 June 2018, ${q.fragmentUrl}`;
}

// ---- Quote links: passages of the fixture pages saved from the reader, then followed in the browser ----

/** Pages whose fixture text the e2e server shows, and how many leading lines of source.txt the page leaves out. */
const LINK_PAGES = [
  { site: 'seed', skipLines: 1 },
  { site: 'mfa', skipLines: 3 },
  { site: 'hk', skipLines: 3 },
  { site: 'govcn', skipLines: 4 },
];
/** A journalist's or speaker's label at the start of a line (the reader shows it apart from the words). */
const LINE_LABEL = /^.{1,30}?[:：∶︰]/;

/**
 * The reader sends this many characters of context on each side (entrypoints/reader.content/controller.tsx); a
 * link can only start or end next to punctuation found within them. A passage cut inside a word with no
 * punctuation that close is left out: it needs more context from the reader, not a better link.
 */
const READER_CONTEXT = 24;
const PUNCTUATION = /[\p{P}\p{S}\s]/u;

/** `window` (context plus the passage's first or last character) has punctuation next to a cut inside it. */
function reachesPunctuation(window, before) {
  const edge = before ? window.at(-1) : window[0];
  const context = before ? window.slice(0, -1) : window.slice(1);
  return PUNCTUATION.test(edge ?? '') || PUNCTUATION.test(context);
}

/** A small deterministic generator (mulberry32): the same passages on every run and in both browsers. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Candidate passages, per page: cut at random places (mostly inside words, where Firefox matches no text
 * directive on its own), 6-60 characters, from the last two thirds of the page (so that landing on one needs a
 * scroll), and found once only in the page's text. More than needed: a passage the reader shows across a figure
 * mark is not one text node and is skipped.
 */
export function linkCandidates(fixtureText, perPage = 30, seed = 20) {
  return LINK_PAGES.map(({ site, skipLines }, pageIndex) => {
    const text = fixtureText(site);
    const lines = text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .slice(skipLines);
    const next = random(seed + pageIndex);
    const passages = [];
    for (let tries = 0; passages.length < perPage && tries < 5000; tries++) {
      const line = lines[Math.floor(lines.length / 3 + next() * ((lines.length * 2) / 3))] ?? '';
      const from = (LINE_LABEL.exec(line)?.[0].length ?? 0) + 1;
      if (line.length - from < 12) continue;
      const start = from + Math.floor(next() * (line.length - from - 6));
      const passage = line.slice(start, start + 6 + Math.floor(next() * 55)).trim();
      if (passage.length < 6 || passages.includes(passage) || text.split(passage).length !== 2) continue;
      const at = line.indexOf(passage);
      if (!reachesPunctuation(line.slice(Math.max(0, at - READER_CONTEXT), at + 1), true)) continue;
      const end = at + passage.length;
      if (!reachesPunctuation(line.slice(end - 1, end + READER_CONTEXT), false)) continue;
      passages.push(passage);
    }
    return { site, passages };
  });
}

/**
 * Where `passage` is in the page's own document (the reader's shadow root is not walked): its box against the
 * viewport after the browser followed the link. Text nodes are joined, so a passage across a <strong> is found.
 */
export function inPassageBox(passage) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes = [];
  let all = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push([n, all.length]);
    all += n.data;
  }
  const at = all.indexOf(passage);
  if (at < 0) return null;
  const locate = (offset) => {
    let i = nodes.length - 1;
    while (i > 0 && nodes[i][1] > offset) i--;
    return [nodes[i][0], offset - nodes[i][1]];
  };
  const range = document.createRange();
  range.setStart(...locate(at));
  range.setEnd(...locate(at + passage.length));
  const box = range.getBoundingClientRect();
  const scroller = document.scrollingElement ?? document.documentElement;
  return {
    top: Math.round(box.top),
    bottom: Math.round(box.bottom),
    viewport: window.innerHeight,
    scrolled: Math.round(scroller.scrollTop),
    /** Where the passage is on the page: a link to it must scroll there. */
    pageTop: Math.round(box.top + scroller.scrollTop),
  };
}

/** A followed link landed on its passage: the passage is within the viewport, and the page had to scroll to it. */
export function landedOn(box) {
  return !!box && box.top >= 0 && box.bottom <= box.viewport && box.scrolled > 0 && box.pageTop > box.viewport;
}

/**
 * A browser without the extension, for following links: on a known host the extension opens its reader over the
 * page, which hides the passage the browser scrolled to. The link itself is what is checked here. A phone-sized
 * window: the e2e pages are short, and at this size most of each lies below the first screen.
 */
const LINK_VIEWPORT = { width: 400, height: 300 };

export async function launchPlainChromium() {
  const map = HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(', ');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', `--host-resolver-rules=${map}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`],
  });
  const page = await browser.newPage({ viewport: LINK_VIEWPORT });
  return { page, close: () => browser.close() };
}

export async function launchPlainFirefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    headless: true,
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    defaultViewport: LINK_VIEWPORT,
    extraPrefsFirefox: { 'network.dns.localDomains': HOSTS.join(',') },
  });
  const page = await browser.newPage();
  return { page, close: () => browser.close() };
}

/**
 * The candidates that lie below the first screen of their page, as `page` (a plain browser) lays it out: only a
 * link to those proves anything by scrolling.
 */
export async function belowTheFold(page, url, passages) {
  await page.goto(url);
  const boxes = await page.evaluate(({ list, find }) => list.map((p) => new Function(`return (${find})`)()(p)), {
    list: passages,
    find: inPassageBox.toString(),
  });
  return passages.filter((_, i) => boxes[i] && boxes[i].pageTop > boxes[i].viewport * 1.2);
}

/**
 * Follows each saved link in `page` (from a blank page, so every visit is a new navigation) and returns the ones
 * whose passage the browser did not bring into view within about two seconds.
 */
export async function followLinks(page, saved) {
  const missed = [];
  for (const s of saved) {
    await page.goto('about:blank');
    await page.goto(s.link);
    let box = null;
    for (let i = 0; i < 20 && !landedOn(box); i++) {
      await new Promise((r) => setTimeout(r, 100));
      box = await page.evaluate(inPassageBox, s.passage);
    }
    if (!landedOn(box)) missed.push({ ...s, box });
  }
  return missed;
}
