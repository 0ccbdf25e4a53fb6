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
  await d.screenshot(shot(`${browserName}-pinyin-ruby`));
  await click('Pinyin above');
  const off = await settled(d, pinyinState, undefined, (p) => p.ruby === 'false' && p.marks === 0);
  assert.equal(off.marks, 0, 'ruby off');
  await click('Pinyin');
}
