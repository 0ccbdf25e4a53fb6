// A hostile page, in both browsers (issue 20): everything a page script can try against the reader, each followed
// by a check that it changed nothing the user owns (quotes, settings), that the reader is open and answering, and
// that asking again brings it back. The user's own input is real input (mouse and keys through CDP / BiDi), which
// the browser marks trusted; the page's is `dispatchEvent` and `.click()`, which it does not. Functions named `in*`
// are evaluated inside the page or an extension context (self-contained: no closure over Node variables).
/* global KeyboardEvent, CustomEvent -- evaluated in pages. */
import assert from 'node:assert/strict';
import { shot } from './browsers.mjs';
import { poll, settled } from './driver.mjs';
import { SITES } from './pages.mjs';
import { sendFrom } from './messaging.mjs';
import { inReaderControlCentre, userChoose, userClick } from './user-input.mjs';

const SEED = SITES.seed;
const DIR = '/gate/big5/shio.eastday.com/hostile';
/** A passage of the seed page's first answer, and a word only the Traditional original writes this way. */
const PASSAGE = '按照市委、市政府全力打響四大品牌';
const ORIGINAL_WORD = '經信委';

/** A page class that takes our names first: its own shadow root (ours would not attach) and hidden. */
const SQUATTER = `<script>
class Squatter extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'open' }); }
  connectedCallback() { this.style.display = 'none'; }
}
for (const n of ['briefing-reader', 'briefing-reader-notice', 'briefing-reader-toast']) customElements.define(n, class extends Squatter {});
</script>`;
const BASE = '<base href="https://cdn.example.net/assets/"><link rel="icon" href="data:,">';
const withHead = (extra) => SEED.html().replace('<head>', `<head>${extra}`);

/** The pages this suite serves, on the seed's own (auto-opening) host. */
export const HOSTILE_PAGES = new Map(
  [
    { path: SEED.path, html: () => SEED.html() },
    { path: `${DIR}/defined.html`, html: () => withHead(SQUATTER) },
    { path: `${DIR}/base.html`, html: () => withHead(BASE) },
  ].map((p) => [`${SEED.host}${p.path}`, { host: SEED.host, ...p }]),
);
export const hostilePath = { plain: SEED.path, defined: `${DIR}/defined.html`, base: `${DIR}/base.html` };

/** Our reader's host, whatever name it had to take: the element whose shadow root holds the reader. */
function inReaderState() {
  const host = [...document.querySelectorAll('*')].find(
    (e) => e.localName.startsWith('briefing-reader') && e.shadowRoot?.querySelector('.br-reader'),
  );
  const root = host?.shadowRoot;
  const original = document.getElementById('ivs_content');
  return {
    tag: host?.localName ?? null,
    open: Boolean(host?.isConnected && root?.querySelector('section.br-section')),
    questions: root?.querySelectorAll('section.br-section--exchange').length ?? 0,
    text: root?.querySelector('.br-reader')?.textContent ?? '',
    originalShown: Boolean(original && getComputedStyle(original).display !== 'none'),
    filtered: Boolean(root?.querySelector('.br-filter-status')),
    scrollY: window.scrollY,
    url: location.href,
  };
}

function inSelect(needle) {
  const host = [...document.querySelectorAll('*')].find(
    (e) => e.localName.startsWith('briefing-reader') && e.shadowRoot?.querySelector('.br-reader'),
  );
  const root = host?.shadowRoot;
  if (!root) return null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.data.indexOf(needle);
    if (i < 0 || !n.parentElement?.closest('[data-turn]')) continue;
    n.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
    const range = document.createRange();
    range.setStart(n, i);
    range.setEnd(n, i + needle.length);
    const sel = typeof root.getSelection === 'function' ? root.getSelection() : document.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    return sel.toString();
  }
  return null;
}

/** What a page script does to drive the reader: forged keys, `.click()` and dispatched clicks on its controls. */
function inForgeInput() {
  const host = [...document.querySelectorAll('*')].find(
    (e) => e.localName.startsWith('briefing-reader') && e.shadowRoot?.querySelector('.br-reader'),
  );
  const root = host.shadowRoot;
  const byText = (t) => [...root.querySelectorAll('button, a')].find((b) => b.textContent.trim() === t);
  const key = (k) => new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true });
  let done = 0;
  for (let i = 0; i < 5; i++) {
    for (const target of [document, document.body, root.querySelector('.br-content'), root.activeElement]) {
      target?.dispatchEvent(key('s'));
      done++;
    }
  }
  const select = root.querySelector('.br-select');
  select.selectedIndex = 1;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
  select.selectedIndex = 0;
  done += 2;
  for (const el of [root.querySelector('.br-save-quote'), byText('简体'), byText('Original page')]) {
    if (!el) continue;
    el.click();
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    done += 3;
  }
  return done;
}

function inStored() {
  const api = globalThis.browser ?? globalThis.chrome;
  return api.storage.local.get(['quotes', 'settings']).then((s) => ({
    quotes: (s.quotes ?? []).length,
    settings: JSON.stringify(s.settings ?? null),
  }));
}

/** The id of the tab showing `url`, from an extension context. */
function inTabId(url) {
  const api = globalThis.browser ?? globalThis.chrome;
  return api.tabs.query({}).then((tabs) => tabs.find((t) => t.url === url)?.id);
}

/** Sends a reader message to the tab the driver shows, from an extension context; the reply, or { none } if none. */
async function ask(h, type) {
  const tabId = await h.ext(inTabId, await h.d.evaluate(() => location.href));
  if (tabId === undefined) return { none: 'no tab' };
  try {
    return (await sendFrom({ evaluate: h.ext }, type, undefined, tabId)) ?? { none: 'no answer' };
  } catch (err) {
    return { none: String(err) };
  }
}

async function openAt(h, name) {
  await h.d.goto(h.pageUrl(hostilePath[name]));
  const s = await settled(h.d, inReaderState, undefined, (x) => x.open);
  assert.ok(s.open, `the reader opens on the ${name} page`);
  return s;
}

/** Forged keys and clicks: no quote saved, no setting changed, the reader open in its original script. */
export async function forgedInput(h) {
  const { d } = h;
  await openAt(h, 'plain');
  const before = await h.ext(inStored);
  assert.equal(await d.evaluate(inSelect, PASSAGE), PASSAGE);
  assert.ok(await poll(() => d.evaluate(inReaderControlCentre, '.br-save-quote'), Boolean), 'the Save button shows');
  const forged = await d.evaluate(inForgeInput);
  assert.ok(forged >= 29, `the page forged ${forged} events`);
  // The witness: the user's own click on Save arrives after everything the page did (the background saves in
  // order), so once it is stored any forged save would be too.
  await userClick(d, '.br-save-quote');
  const after = await poll(
    () => h.ext(inStored),
    (s) => s.quotes > before.quotes,
  );
  assert.equal(after.quotes, before.quotes + 1, 'only the user’s own save was stored');
  assert.equal(after.settings, before.settings, 'the settings are as they were');
  const s = await d.evaluate(inReaderState);
  assert.ok(s.open, 'the reader is still open');
  assert.ok(s.text.includes(ORIGINAL_WORD), 'and still in the original script');
  assert.equal(s.filtered, false, 'the forged filter choice was not applied');
  // The same control answers the user: a real choice by keyboard filters.
  await userChoose(d, '.br-select', 1);
  const mine = await settled(d, inReaderState, undefined, (x) => x.filtered);
  const why = await d.evaluate(() => {
    const host = [...document.querySelectorAll('*')].find(
      (e) => e.localName.startsWith('briefing-reader') && e.shadowRoot?.querySelector('.br-reader'),
    );
    const sel = host.shadowRoot.querySelector('.br-select');
    return `index ${sel.selectedIndex}, focus ${host.shadowRoot.activeElement?.localName ?? document.activeElement?.localName}`;
  });
  assert.ok(mine.filtered, `the user’s own choice filters (${why})`);
  await d.screenshot(shot(`${d.browserName}-hostile-forged-input`));
  return { forged, quotes: after.quotes - before.quotes };
}

/** WXT's start-up event, forged 100 times under its public name: the reader stays open and answers. */
export async function forgedLifecycle(h) {
  const { d } = h;
  await openAt(h, 'plain');
  const name = `${h.runtimeId}:reader:wxt:content-script-started`;
  await d.evaluate((n) => {
    for (let i = 0; i < 100; i++) {
      const detail = { contentScriptName: 'reader', messageId: `page-${i}` };
      document.dispatchEvent(new CustomEvent(n, { detail }));
      window.dispatchEvent(new CustomEvent(n, { detail }));
    }
  }, name);
  const reply = await ask(h, 'reader:status');
  assert.equal(reply.readerOpen, true, `the reader answers: ${JSON.stringify(reply).slice(0, 200)}`);
  assert.ok((await d.evaluate(inReaderState)).open, 'and is still shown');
  // Alive, not only drawn: the user's close and the popup's open both still work.
  await userClick(d, 'Original page');
  const closed = await settled(d, inReaderState, undefined, (x) => !x.open && x.originalShown);
  assert.ok(!closed.open && closed.originalShown, 'closed by the user');
  await ask(h, 'reader:show');
  const back = await settled(d, inReaderState, undefined, (x) => x.open);
  assert.ok(back.open, 'back on asking');
  await d.screenshot(shot(`${d.browserName}-hostile-lifecycle`));
}

/** A page that defined `briefing-reader` (and the notice's and toast's names) before us. */
export async function predefinedName(h) {
  const s = await openAt(h, 'defined');
  assert.match(s.tag, /^briefing-reader-[0-9a-f]{12}$/, 'a name the page could not foresee');
  assert.ok(s.questions >= 7, `${s.questions} questions shown`);
  assert.ok(!s.originalShown, 'the reader stands in for the original');
  await h.d.screenshot(shot(`${h.d.browserName}-hostile-predefined`));
}

/** The page removes our host: the original comes back, the reader says it is closed, and asking brings it back. */
export async function hostRemoved(h) {
  const { d } = h;
  const first = await openAt(h, 'plain');
  await d.evaluate(() => document.querySelector('briefing-reader').remove());
  const gone = await settled(d, inReaderState, undefined, (x) => !x.open && x.originalShown);
  assert.ok(gone.originalShown, 'the page’s original is shown again');
  const status = await poll(
    () => ask(h, 'reader:status'),
    (r) => r.readerOpen === false,
  );
  assert.equal(status.readerOpen, false, 'the reader knows it is closed');
  await ask(h, 'reader:show');
  const back = await settled(d, inReaderState, undefined, (x) => x.open);
  assert.ok(back.open, 'back on asking');
  assert.equal(back.questions, first.questions);
}

/** The page replaces document.body with a fresh copy of itself: noticed, and asking again reads the new body. */
export async function bodyReplaced(h) {
  const { d } = h;
  const first = await openAt(h, 'plain');
  await d.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const fresh = new DOMParser().parseFromString(html, 'text/html').body;
    document.body = document.importNode(fresh, true);
  });
  const gone = await settled(d, inReaderState, undefined, (x) => !x.open && x.originalShown);
  assert.ok(!gone.open && gone.originalShown, 'the new body shows the page');
  for (let i = 0; i < 2; i++) {
    await ask(h, 'reader:show');
    const back = await settled(d, inReaderState, undefined, (x) => x.open);
    assert.ok(back.open, `back on asking (${i + 1})`);
    assert.equal(back.questions, first.questions);
    assert.ok(!back.originalShown, 'standing in for the new body’s transcript');
    if (i === 0) {
      await userClick(d, 'Original page');
      await settled(d, inReaderState, undefined, (x) => !x.open);
    }
  }
  await d.screenshot(shot(`${d.browserName}-hostile-body-replaced`));
}

/** Section links under `<base href>` on another origin: they are the page's own address, and following one too. */
export async function baseHref(h) {
  const { d } = h;
  await openAt(h, 'base');
  const page = await d.evaluate(() => location.href.split('#')[0]);
  const links = await d.evaluate(() => {
    const host = [...document.querySelectorAll('*')].find(
      (e) => e.localName.startsWith('briefing-reader') && e.shadowRoot?.querySelector('.br-reader'),
    );
    const root = host.shadowRoot;
    return [...root.querySelectorAll('.br-section-link, .br-outline a')].map((a) => a.href);
  });
  assert.ok(links.length > 0);
  for (const href of links) assert.ok(href.startsWith(`${page}#`), `${href} is on ${page}`);
  await userClick(d, '#br-q-4 .br-section-link');
  const s = await settled(d, inReaderState, undefined, (x) => x.url.endsWith('#br-q-4'));
  assert.equal(s.url, `${page}#br-q-4`);
  await d.screenshot(shot(`${d.browserName}-hostile-base-href`));
}

/** Closing puts the page back at the exact offset it had when the reader opened. */
export async function scrollComesBack(h) {
  const { d } = h;
  await openAt(h, 'plain');
  await userClick(d, 'Original page');
  await settled(d, inReaderState, undefined, (x) => !x.open && x.originalShown);
  const y = await d.evaluate(() => {
    window.scrollTo({
      top: Math.floor((document.documentElement.scrollHeight - innerHeight) * 0.6),
      behavior: 'instant',
    });
    return window.scrollY;
  });
  assert.ok(y > 500, `the page scrolled to ${y}`);
  await ask(h, 'reader:show');
  await settled(d, inReaderState, undefined, (x) => x.open);
  await userClick(d, 'Original page');
  const s = await settled(d, inReaderState, undefined, (x) => !x.open && x.scrollY === y);
  assert.equal(s.scrollY, y, 'the page is back at its offset');
  return y;
}
