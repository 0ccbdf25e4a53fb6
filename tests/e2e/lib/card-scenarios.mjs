// Word card scenarios (issue 17), for both browsers: with pinyin on, the first hover loads the dictionary and the
// tooltip becomes a card: 長三角 as one word on the Traditional seed page, the official English of 人类命运共同体
// on the Simplified MFA page and of 行政長官 on the Traditional Hong Kong page.
/* global innerWidth, HTMLAnchorElement -- evaluated in pages. */
import assert from 'node:assert/strict';
import { shot } from './browsers.mjs';
import { poll } from './driver.mjs';
import { pointOf } from './pinyin-scenarios.mjs';
import { userClick } from './user-input.mjs';

const hasSections = () => Boolean(document.querySelector('briefing-reader')?.shadowRoot?.querySelector('section'));

/** What the card shows, as text, or null while the tooltip is not a card. */
export function inCard() {
  const el = document.querySelector('briefing-reader').shadowRoot.querySelector('.br-pinyin-tip[data-card]');
  if (!el) return null;
  const all = (sel) => [...el.querySelectorAll(sel)].map((e) => e.textContent);
  return {
    word: el.getAttribute('data-word'),
    pinyin: el.getAttribute('data-pinyin'),
    official: all('.br-card-term-en'),
    where: all('.br-card-term-where'),
    glosses: all('.br-card-glosses'),
    foot: el.querySelector('.br-card-foot')?.textContent ?? '',
    box: (({ left, top, right, bottom }) => ({ left, top, right, bottom }))(el.getBoundingClientRect()),
  };
}

async function pinyinOn(d) {
  await userClick(d, 'Pinyin');
  // The reader turns pinyin on once its engine has loaded: wait for that, not for a fixed time.
  const pressed = () =>
    [...document.querySelector('briefing-reader').shadowRoot.querySelectorAll('button')]
      .find((x) => x.textContent.trim() === 'Pinyin')
      ?.getAttribute('aria-pressed');
  assert.equal(
    await poll(
      () => d.evaluate(pressed),
      (v) => v === 'true',
    ),
    'true',
    'pinyin is on',
  );
}

/** Hovers `needle[index]` until the card for `word` shows (the first hover also loads the dictionary). */
export async function hoverCard(d, mouseMove, needle, index, word) {
  const p = await d.evaluate(pointOf, { needle, index });
  assert.ok(p, `found ${needle}`);
  // Moving onto the point from a little way off: the move passes the neighbours, each may show its own tooltip.
  // A card shown on the way takes the pointer (so that it can be clicked): Escape closes it before the last move.
  await mouseMove(p.x - 30, p.y);
  await d.press('Escape');
  await mouseMove(p.x, p.y);
  await d
    .waitFor(
      (w) =>
        document.querySelector('briefing-reader').shadowRoot.querySelector('.br-pinyin-tip[data-card]')?.dataset
          .word === w,
      word,
      10000,
    )
    .catch(() => {});
  const card = await d.evaluate(inCard);
  assert.ok(card, `hovering ${needle}[${index}] shows a word card`);
  assert.equal(card.word, word, `the card's word for ${needle}[${index}]`);
  return card;
}

const CASES = [
  {
    site: 'seed',
    needle: '長三角産業一體化',
    word: '長三角',
    check: (c) => {
      assert.equal(c.pinyin, 'cháng sān jiǎo');
      assert.ok(
        c.glosses.some((g) => g.includes('Yangtze River Delta')),
        `glosses: ${c.glosses}`,
      );
    },
  },
  {
    site: 'mfa',
    needle: '人类命运共同体',
    word: '人类命运共同体',
    check: (c) => {
      assert.deepEqual(c.official, ['a community with a shared future for mankind']);
      assert.match(c.where[0], /Mainland · Ministry of Foreign Affairs/);
    },
  },
  {
    site: 'hkAnswers',
    needle: '賦權行政長官',
    word: '行政長官',
    check: (c) => {
      assert.equal(c.official[0], 'Chief Executive');
      assert.match(c.where[0], /^Hong Kong · /);
      assert.ok(
        c.glosses.some((g) => g.includes('chief executive')),
        `glosses: ${c.glosses}`,
      );
    },
  },
];

export async function wordCards({ d, mouseMove, browserName }) {
  for (const { site, needle, word, check } of CASES) {
    await d.goto(d.url(site));
    await d.waitFor(hasSections);
    await pinyinOn(d);
    const card = await hoverCard(d, mouseMove, needle, needle.indexOf(word), word);
    check(card);
    assert.match(card.foot, /tones as written/);
    const viewport = await d.evaluate(() => ({ w: innerWidth, h: innerHeight }));
    assert.ok(card.box.left >= 0 && card.box.right <= viewport.w, 'the card fits the viewport');
    await d.screenshot(shot(`${browserName}-word-card-${site}`));
  }
}

/** RFC 4180 as Anki reads it, written here apart from the extension's own reader so the test checks the file. */
export function parseAnkiCsv(text) {
  const notes = text.split('\r\n').filter((l) => l.startsWith('#'));
  const body = text.slice(notes.reduce((n, l) => n + l.length + 2, 0));
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endCell();
    else if (ch === '\r' && body[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += ch;
  }
  return { headers: notes, rows };
}

/** In the popup: the word list's rows, and the text of the Anki export (the download is caught before it starts). */
export async function inPopupWords() {
  const rows = [...document.querySelectorAll('li.pp-word')].map((li) => ({
    word: li.dataset.word,
    meaning: li.querySelector('.pp-word-meaning')?.textContent,
    sentence: li.querySelector('.pp-word-sentence')?.textContent,
  }));
  let blob = null;
  const create = URL.createObjectURL;
  URL.createObjectURL = (b) => ((blob = b), 'about:blank');
  HTMLAnchorElement.prototype.click = () => {};
  document.querySelector('button[aria-label="Export the word list as CSV for Anki"]')?.click();
  URL.createObjectURL = create;
  return { rows, csv: blob ? await blob.text() : null };
}

/** W on the card adds the word with its sentence; the popup lists it and exports it for Anki. */
export async function addWordToList({ d, mouseMove, openPopup, browserName }) {
  await d.goto(d.url('seed'));
  await d.waitFor(hasSections);
  await pinyinOn(d);
  const card = await hoverCard(d, mouseMove, '長三角産業一體化', 0, '長三角');
  assert.match(card.foot, /W: add to word list/);
  await d.press('w');
  // The card announces it in the reader's live region (inside the reader's shadow root, not the page's body).
  await d.waitFor(
    () =>
      /Added 長三角 to the word list/.test(document.querySelector('briefing-reader')?.shadowRoot?.textContent ?? ''),
    undefined,
    5000,
  );
  const popup = await openPopup();
  await popup.waitFor(() => document.querySelectorAll('li.pp-word').length === 1);
  await popup.screenshot(shot(`${browserName}-popup-words`));
  const { rows, csv } = await popup.evaluate(inPopupWords);
  assert.equal(rows[0].word, '長三角');
  assert.match(rows[0].meaning, /Yangtze River Delta/);
  assert.match(rows[0].sentence, /成為長三角産業一體化協同創新的重要節點。$/);
  assert.ok(csv, 'the Anki export was made');
  const parsed = parseAnkiCsv(csv);
  assert.deepEqual(parsed.headers, [
    '#separator:comma',
    '#html:false',
    '#columns:Word,Reading,Meaning,Sentence,Source',
  ]);
  assert.equal(parsed.rows.length, 1);
  const [word, reading, meaning, sentence, source] = parsed.rows[0];
  assert.equal(word, '長三角 (长三角)');
  assert.equal(reading, 'cháng sān jiǎo');
  assert.match(meaning, /^Yangtze River Delta; abbr\. for 長江三角洲/);
  assert.equal(sentence, rows[0].sentence);
  assert.match(source, /2018-06-12, http:\/\/big5\.eastday\.com(:\d+)?\/gate\/big5\//);
  await popup.close();
}

// ---- The card on the page's own text (reader closed), the click in the card, the English citation ----

/** Viewport point of `needle[index]` in the page's own text (outside our elements), scrolled into view. */
export function inPagePoint({ needle, index }) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.data.indexOf(needle);
    if (i < 0 || n.parentElement?.closest('briefing-reader, briefing-reader-card, script, style')) continue;
    n.parentElement.scrollIntoView({ block: 'center' });
    const r = document.createRange();
    r.setStart(n, i + index);
    r.setEnd(n, i + index + 1);
    const box = r.getBoundingClientRect();
    if (box.width === 0) continue;
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }
  return null;
}

/** Evaluated with the page card's (closed) shadow root: what the card shows, or null. */
export function inPageCard(root) {
  const el = root.querySelector('.br-pinyin-tip[data-card]');
  if (!el) return null;
  const all = (sel) => [...el.querySelectorAll(sel)].map((e) => e.textContent);
  const button = el.querySelector('button.br-card-add');
  const b = button?.getBoundingClientRect();
  return {
    word: el.getAttribute('data-word'),
    official: all('.br-card-term-en'),
    where: all('.br-card-term-where'),
    glosses: all('.br-card-glosses'),
    trusted: el.querySelector('.br-card-trusted')?.textContent ?? '',
    button: b ? { x: b.left + b.width / 2, y: b.top + b.height / 2, text: button.textContent } : null,
  };
}

const PAGE_CASES = [
  {
    needle: '人类命运共同体',
    word: '人类命运共同体',
    check: (c) => {
      assert.deepEqual(c.official, ['a community with a shared future for mankind']);
      assert.match(c.where[0], /Mainland · Ministry of Foreign Affairs/);
    },
  },
  {
    needle: '记者会',
    word: '记者会',
    check: (c) =>
      assert.ok(
        c.glosses.some((g) => /press conference/.test(g)),
        `glosses: ${c.glosses}`,
      ),
  },
];

/** Hovers the page text at `needle[0]` until the page card shows `word` (the first rest builds it). */
async function hoverPageCard({ d, mouseMove, pageCard }, needle, word) {
  const p = await d.evaluate(inPagePoint, { needle, index: 0 });
  assert.ok(p, `found ${needle} in the page`);
  // A card still shown from the last word may lie over this one and keep the pointer: Escape closes it.
  await d.press('Escape');
  let card = null;
  for (let i = 0; i < 40 && card?.word !== word; i++) {
    // Small moves on the character: each is the user's own (trusted) pointer event.
    await mouseMove(p.x - 1 + (i % 3), p.y);
    card = await pageCard(inPageCard);
  }
  assert.equal(card?.word, word, `the page card for ${needle} at ${JSON.stringify(p)}`);
  return { card, p };
}

/**
 * With pinyin on and the reader closed, hovering the MFA page's own text shows the card (official English first,
 * CC-CEDICT's glosses); a real click on the card's button adds the word, with its sentence and speaker.
 */
export async function pageTextCard({ d, mouseMove, mouseClick, pageCard, openPopup, browserName }) {
  await d.goto(d.url('mfa'));
  await d.waitFor(hasSections);
  await pinyinOn(d);
  await userClick(d, 'Original page');
  await d.waitFor(() => !document.querySelector('briefing-reader'));
  assert.equal(await pageCard(inPageCard), null, 'no card before the first hover');
  // 人类命运共同体 last: its card stays for the click below.
  let card = null;
  for (const { needle, word, check } of PAGE_CASES.slice().reverse()) {
    ({ card } = await hoverPageCard({ d, mouseMove, pageCard }, needle, word));
    check(card);
  }
  assert.match(card.trusted, /Only your own click or key press adds a word/);
  await d.screenshot(shot(`${browserName}-page-card`));
  // The page itself holds nothing of ours but the card's host.
  assert.deepEqual(
    await d.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((e) => e.localName.startsWith('briefing-reader'))
        .map((e) => e.localName),
    ),
    ['briefing-reader-card'],
  );
  // To the button along the way from the word to the card, then a real click.
  assert.ok(card.button, 'the card has an add button');
  await mouseMove(card.button.x, card.button.y);
  await mouseClick(card.button.x, card.button.y);
  const after = await poll(
    () => pageCard(inPageCard),
    (c) => c?.button?.text === 'In the word list',
    5000,
  );
  assert.equal(after?.button?.text, 'In the word list', 'the card says the word was added');
  const popup = await openPopup();
  await popup.waitFor(() => document.querySelector('li.pp-word')?.dataset.word === '人类命运共同体');
  const { rows, csv } = await popup.evaluate(inPopupWords);
  assert.equal(rows[0].word, '人类命运共同体');
  assert.match(rows[0].meaning, /^a community with a shared future for mankind/);
  const last = parseAnkiCsv(csv).rows.at(-1);
  assert.match(last[3], /人类命运共同体/, 'the sentence');
  assert.match(last[4], /^毛宁, /, 'the source names the speaker');
  await popup.screenshot(shot(`${browserName}-popup-page-word`));
  return popup;
}

/** A quote of 毛宁's as the reader saves it, sent from an extension page. */
export function inSaveMaoNingQuote(url) {
  const api = globalThis.browser ?? globalThis.chrome;
  const msg = {
    id: Math.floor(Math.random() * 1e9),
    type: 'quotes:save',
    timestamp: Date.now(),
    data: {
      text: '中方愿同各方一道，推动构建人类命运共同体。',
      speaker: '毛宁',
      role: '外交部发言人',
      outlet: null,
      conferenceTitle: '2022年10月27日外交部发言人毛宁主持例行记者会',
      conferenceDate: '2022-10-27',
      url,
      pageTitle: '2022年10月27日外交部发言人毛宁主持例行记者会',
    },
  };
  if (globalThis.browser) return globalThis.browser.runtime.sendMessage(msg);
  return new Promise((resolve) => api.runtime.sendMessage(msg, resolve));
}

/** Checks the popup's "English" citation of 毛宁's quote: her name and title in official English, the conference
 *  in English, and the link to the passage (issue 17's example). */
export function checkEnglishCitation(text, url) {
  const quote = '中方愿同各方一道，推动构建人类命运共同体。';
  assert.equal(
    text,
    `“${quote}” — Mao Ning, Spokesperson of the Ministry of Foreign Affairs, regular press conference, ` +
      `27 October 2022, ${url}#:~:text=${encodeURIComponent(quote)}`,
  );
}
