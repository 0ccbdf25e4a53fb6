// Reader-view scenarios (issues 4 and 5), written once and run in Chromium and in Firefox through a driver
// (lib/driver.mjs). `ext(fn, arg)` runs a function in an extension context that has the `browser`/`chrome` API;
// `openExtensionPage(path)` opens one of the extension's pages in a tab of its own and returns a driver for it.
import assert from 'node:assert/strict';
import { shot } from './browsers.mjs';
import { poll, settled } from './driver.mjs';
import { fixtureExpected } from './pages.mjs';
import { pageSnapshot, pristineSnapshot, readerSummary } from './page-checks.mjs';
import { userChoose, userClick } from './user-input.mjs';

const hasSections = () => Boolean(document.querySelector('briefing-reader')?.shadowRoot?.querySelector('section'));

/** The reader's text (its sections) and the page's lang: what a script switch changes. */
function scriptState() {
  const root = document.querySelector('briefing-reader')?.shadowRoot;
  return {
    text: (root?.querySelector('.br-reader') ?? root)?.textContent ?? '',
    lang: document.documentElement.getAttribute('lang'),
  };
}

/** Clicks a script button and waits until the reader shows `word` (and, when given, the page's lang is `lang`). */
async function switchScript(d, label, word, lang = null) {
  await userClick(d, label);
  return settled(d, scriptState, undefined, (s) => s.text.includes(word) && (lang === null || s.lang === lang));
}

/** The script the reader remembers for a site: what it stored after the last switch there. */
function rememberedVariant(ext, host) {
  return ext(async (h) => {
    const { settings } = await (globalThis.browser ?? globalThis.chrome).storage.local.get('settings');
    return settings?.sites?.[h]?.variant ?? null;
  }, host);
}

/** Waits until the reader has stored `variant` as this page's site choice (it writes after showing the switch). */
async function remembers(d, ext, variant) {
  const host = await d.evaluate(() => location.hostname);
  const stored = await poll(
    () => rememberedVariant(ext, host),
    (v) => v === variant,
  );
  assert.equal(stored, variant, `${host} remembers ${variant}`);
}

export async function openReaderPage(d, url) {
  await d.goto(url);
  await d.waitFor(hasSections);
  return d.evaluate(readerSummary);
}

/** The reader shows the questions and the answering speakers that expected.json lists. */
export async function showsExpected(d, url, fixture, name) {
  const summary = await openReaderPage(d, url);
  const exp = fixtureExpected(fixture);
  const questions = exp.turns.filter((t) => t.kind === 'question');
  assert.equal(summary.sections.filter((s) => s.kind === 'exchange').length, questions.length, `${name}: questions`);
  const answers = exp.turns.filter((t) => t.kind === 'answer');
  assert.deepEqual(
    summary.answerSpeakers.map((s) => s.split('|')[0]),
    answers.map((t) => t.speaker ?? t.label),
    `${name}: answering speakers`,
  );
  for (const [i, t] of answers.entries()) {
    if (t.role) assert.equal(summary.answerSpeakers[i]?.split('|')[1], t.role, `${name}: role of answer ${i + 1}`);
  }
  await d.screenshot(shot(`${d.browserName}-reader-${name}`));
  return summary;
}

export async function collapseExpandFilterKeys(d) {
  await openReaderPage(d, d.url('seed'));
  await userClick(d, 'Collapse all');
  let s = await d.evaluate(readerSummary);
  assert.ok(
    s.sections.every((x) => !x.expanded),
    'collapse all closes every section',
  );
  await userClick(d, 'section.br-section--exchange .br-section-toggle');
  s = await d.evaluate(readerSummary);
  assert.equal(s.sections.filter((x) => x.expanded).length, 1, 'one section opened by its toggle');
  await d.screenshot(shot(`${d.browserName}-reader-collapsed`));
  await userClick(d, 'Expand all');
  s = await d.evaluate(readerSummary);
  assert.ok(
    s.sections.every((x) => x.expanded),
    'expand all opens every section',
  );

  // Filter by speaker: 吳斌 answers questions 5 and 6 only.
  const speaker = await d.evaluate(() =>
    [...document.querySelector('briefing-reader').shadowRoot.querySelector('select.br-select').options].findIndex(
      (o) => o.textContent.trim() === '吳斌',
    ),
  );
  await userChoose(d, 'select.br-select', speaker);
  const shownExchanges = () =>
    [
      ...document
        .querySelector('briefing-reader')
        .shadowRoot.querySelectorAll('section.br-section--exchange:not([hidden])'),
    ].map((x) => x.id);
  const visible = await settled(d, shownExchanges, undefined, (ids) => ids.length === 2);
  assert.deepEqual(visible, ['br-q-5', 'br-q-6']);
  await userChoose(d, 'select.br-select', 0);
  // Keys typed into the focused select choose its options; the reader's keys act once focus is back on the page.
  await d.evaluate(() => document.querySelector('briefing-reader').shadowRoot.activeElement?.blur());

  // Keyboard: j moves to the next section, k back, o toggles it.
  const focused = () =>
    document.querySelector('briefing-reader').shadowRoot.activeElement?.closest('section')?.id ?? null;
  await d.press('j');
  const first = await d.evaluate(focused);
  await d.press('j');
  const second = await d.evaluate(focused);
  assert.ok(first && second && first !== second, `j moves between sections (${first} → ${second})`);
  await d.press('k');
  assert.equal(await d.evaluate(focused), first, 'k goes back');
  await d.press('o');
  const open = await d.evaluate(
    (id) =>
      document
        .querySelector('briefing-reader')
        .shadowRoot.getElementById(id)
        .querySelector('.br-section-toggle')
        .getAttribute('aria-expanded'),
    first,
  );
  assert.equal(open, 'false', 'o closes the focused section');
  await d.press('?');
  assert.ok(
    await d.evaluate(() => Boolean(document.querySelector('briefing-reader').shadowRoot.querySelector('.br-help'))),
  );
  await d.screenshot(shot(`${d.browserName}-reader-help`));
  await d.press('Escape');
}

export async function sectionLinkSurvivesReload(d) {
  await openReaderPage(d, d.url('seed'));
  await userClick(d, '#br-q-4 .br-section-link');
  assert.equal(await d.evaluate(() => location.hash), '#br-q-4');
  await d.reload();
  await d.waitFor(hasSections);
  const section4 = () => {
    const el = document.querySelector('briefing-reader').shadowRoot.getElementById('br-q-4');
    const r = el.getBoundingClientRect();
    return {
      expanded: el.querySelector('.br-section-toggle').getAttribute('aria-expanded'),
      top: r.top,
      h: innerHeight,
    };
  };
  const where = await settled(d, section4, undefined, (w) => w.expanded === 'true' && w.top >= -5 && w.top < w.h);
  assert.equal(where.expanded, 'true');
  assert.ok(where.top >= -5 && where.top < where.h, `section 4 is scrolled into view (top ${where.top})`);
}

/** The buttons of an extension page, by their text. */
const buttonTexts = () => [...document.querySelectorAll('button')].map((b) => b.textContent.trim());

export async function originalRestoredExactly(d, ext, openExtensionPage) {
  await openReaderPage(d, d.url('seed'));
  const pristine = await d.evaluate(pristineSnapshot);
  await userClick(d, 'Original page');
  await d.waitFor(() => !document.querySelector('briefing-reader'));
  assert.equal(await d.evaluate(pageSnapshot), pristine, 'the original page is restored exactly');
  // …and back again, without reload, as a user brings it back: the popup's "Open reader" (the popup opened as a page
  // of its own, pinned to the tab).
  const tabId = await ext(
    async (url) => {
      const tabs = await (globalThis.browser ?? globalThis.chrome).tabs.query({});
      return tabs.find((t) => t.url === url)?.id;
    },
    await d.evaluate(() => location.href),
  );
  const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
  const before = await settled(popup, buttonTexts, undefined, (b) => b.includes('Open reader'));
  assert.ok(before.includes('Open reader'), `the popup offers to open the reader: ${before.join(', ')}`);
  await popup.evaluate(() =>
    [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Open reader').click(),
  );
  // The popup reads the tab's status again once the reader answers.
  const after = await settled(popup, buttonTexts, undefined, (b) => b.includes('Close reader'));
  assert.ok(after.includes('Close reader'), `the popup sees the reader open: ${after.join(', ')}`);
  await popup.close();
  await d.front();
  await d.waitFor(hasSections);
  const s = await d.evaluate(readerSummary);
  assert.equal(s.questionOutlets.length, 7);
}

export async function hostileTextStaysText(d) {
  await d.goto(d.url('hostile'));
  await d.waitFor(hasSections);
  const seen = () => {
    const root = document.querySelector('briefing-reader').shadowRoot;
    const images = [...document.images, ...root.querySelectorAll('img')];
    return {
      pwned: window.__pwned ?? null,
      imgs: root.querySelectorAll('img, script').length,
      text: root.textContent,
      // Every image has loaded or failed, so any onerror handler has had its turn.
      settled: document.readyState === 'complete' && images.every((i) => i.complete),
    };
  };
  const r = await settled(d, seen, undefined, (x) => x.settled && x.text.includes('中方立场'));
  assert.ok(r.settled, 'the page and its images have finished loading');
  assert.equal(r.pwned, null);
  assert.equal(r.imgs, 0);
  assert.ok(r.text.includes('法新<img src=x onerror="window.__pwned=1">社'), 'hostile outlet label shown as text');
  assert.ok(r.text.includes('汪<script>window.__pwned=2</script>文斌'), 'hostile speaker name shown as text');
  assert.ok(r.text.includes('<img src=x onerror="window.__pwned=3">中方立场'), 'hostile answer text shown as text');
  await d.screenshot(shot(`${d.browserName}-reader-hostile`));
}

export async function livePageKeepsWorking(d) {
  await d.goto(d.url('live'));
  await d.waitFor(hasSections);
  const live = () => ({
    clock: document.getElementById('clock').textContent,
    ticker: document.getElementById('ticker').lastElementChild?.textContent ?? '',
    reader: document.querySelector('briefing-reader')?.shadowRoot?.querySelectorAll('section').length ?? 0,
  });
  const tick = (clock) => Number(/\d+$/.exec(clock)?.[0] ?? -1);
  // The page's own script is running (its clock ticks) while the reader is shown.
  const running = await settled(d, live, undefined, (x) => tick(x.clock) > 0);
  assert.ok(tick(running.clock) > 0, `the page's clock ticks: ${running.clock}`);
  await userClick(d, '繁體 (台灣)');
  const switched = tick((await d.evaluate(live)).clock);
  // Text the page writes after the switch: a later tick of the clock, a later ticker line.
  const r = await settled(d, live, undefined, (x) => /^更新時間 \d+$/.test(x.clock) && tick(x.clock) > switched + 2);
  assert.ok(r.reader > 0, 'reader still shown');
  assert.match(r.clock, /^更新時間 \d+$/, `page text added later is converted too: ${r.clock}`);
  assert.ok(tick(r.clock) > switched, `the clock ticked after the switch: ${r.clock}`);
  assert.match(r.ticker, /國務院新聞辦公室/);
  await userClick(d, 'Original');
  const back = await settled(d, live, undefined, (x) => /^更新时间 \d+$/.test(x.clock));
  assert.match(back.clock, /^更新时间 \d+$/);
}

/** Script variants on the Big5-gateway seed page; 原文 restores every text node and lang. */
export async function scriptVariants(d, ext) {
  await openReaderPage(d, d.url('seed'));
  const before = await d.evaluate(pageSnapshot);
  const lang = () => document.documentElement.getAttribute('lang');
  let { text } = await switchScript(d, '简体', '互联网', 'zh-Hans');
  for (const w of ['互联网', '支持', '人工智能']) assert.ok(text.includes(w), `简体 shows ${w}`);
  for (const w of ['網際網路', '人工智慧', '支援']) assert.ok(!text.includes(w), `简体 has no ${w}`);
  assert.equal(await d.evaluate(() => document.title), '2018年6月12日市政府新闻发布会问答实录');
  assert.equal(await d.evaluate(lang), 'zh-Hans');
  await d.screenshot(shot(`${d.browserName}-script-hans`));
  ({ text } = await switchScript(d, '繁體 (香港)', '互聯網', 'zh-Hant-HK'));
  assert.ok(text.includes('互聯網'), '繁體(香港) shows 互聯網');
  assert.equal(await d.evaluate(lang), 'zh-Hant-HK');
  ({ text } = await switchScript(d, '繁體 (台灣)', '網際網路'));
  assert.ok(text.includes('網際網路'), '繁體(台灣) shows the page as published');
  await userClick(d, 'Original');
  const restored = await settled(d, pageSnapshot, undefined, (p) => p === before);
  assert.equal(restored, before, '原文 restores every text node and attribute');
  // The choice is remembered per site.
  await switchScript(d, '简体', '互联网', 'zh-Hans');
  await remembers(d, ext, 'hans');
  await d.reload();
  await d.waitFor(hasSections);
  await d.waitFor(() => document.querySelector('briefing-reader').shadowRoot.textContent.includes('互联网'));
  await userClick(d, 'Original');
  await remembers(d, ext, 'original');
}

export async function simplifiedPageToTraditional(d, ext) {
  await openReaderPage(d, d.url('mfa'));
  const { text } = await switchScript(d, '繁體 (台灣)', '毛寧', 'zh-Hant-TW');
  for (const w of ['記者', '毛寧', '發言人']) assert.ok(text.includes(w), `繁體 shows ${w}`);
  assert.ok(!text.includes('记者'));
  assert.equal(await d.evaluate(() => document.documentElement.getAttribute('lang')), 'zh-Hant-TW');
  await d.screenshot(shot(`${d.browserName}-script-tw`));
  await userClick(d, 'Original');
  await remembers(d, ext, 'original');
}
