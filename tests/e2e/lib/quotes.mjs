// Quote clipboard scenarios shared by the Chromium and Firefox tests. Functions named `in*` are evaluated inside a
// page (self-contained: no closure over Node variables); the rest run in Node.
/* global HTMLAnchorElement, DataTransfer, File -- evaluated in pages. */
import assert from 'node:assert/strict';

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

/** A message as @webext-core/messaging sends it; the reply comes back as { res } or { err }. */
export function message(type, data) {
  return { id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() };
}

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

/** Sends `count` quotes:save messages at once from an extension page; resolves to the replies. */
export function inSaveMany({ tag, count, url }) {
  const api = globalThis.browser ?? globalThis.chrome;
  const send = (i) =>
    new Promise((resolve) => {
      const msg = {
        id: Math.floor(Math.random() * 1e9),
        type: 'quotes:save',
        timestamp: Date.now(),
        data: {
          text: `${tag} 第${i}條：國務院新聞辦公室發佈會`,
          speaker: '發言人',
          role: null,
          outlet: `${tag}社`,
          conferenceTitle: `併發測試 ${tag}`,
          conferenceDate: '2018-06-12',
          url: `${url}?from=${tag}&n=${i}`,
          pageTitle: `併發測試 ${tag}`,
        },
      };
      // chrome.* answers by callback; browser.* by promise.
      if (globalThis.browser)
        globalThis.browser.runtime.sendMessage(msg).then(resolve, (e) => resolve({ err: String(e) }));
      else api.runtime.sendMessage(msg, resolve);
    });
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
