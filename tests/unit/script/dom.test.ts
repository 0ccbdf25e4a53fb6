import { describe, expect, it } from 'vitest';
import { createScriptSwitcher } from '../../../lib/script/dom';
import type { Variant } from '../../../lib/script/types';
import { fixture } from './fixtures';

const seed = fixture('seed-shanghai-20180612-tc');
const lines = seed.text.split('\n').filter((l) => l.trim());

/** A page built from the seed's lines, with the parts that must never be touched. */
function buildPage(): { root: HTMLElement; snapshot: () => string } {
  document.documentElement.setAttribute('lang', 'zh-TW');
  document.head.innerHTML = '<title>2018年6月12日市政府新聞發佈會問答實錄</title>';
  document.body.removeAttribute('lang');
  const body = document.body;
  body.innerHTML = '';
  const main = document.createElement('div');
  main.id = 'main';
  lines.forEach((line, i) => {
    const p = document.createElement('p');
    // Split some lines over several nodes, as real markup does (bold labels, links).
    const cut = line.indexOf(':');
    if (cut > 0 && i % 2 === 0) {
      const b = document.createElement('strong');
      b.textContent = line.slice(0, cut + 1);
      p.append(b, document.createTextNode(line.slice(cut + 1)));
    } else p.textContent = line;
    if (i === 3) p.setAttribute('lang', 'zh-Hant');
    main.append(p);
  });
  main.insertAdjacentHTML(
    'beforeend',
    '<pre>網際網路 code</pre><code>人工智慧</code><textarea>支援</textarea><input value="網際網路">' +
      '<select><option>資訊</option></select><div contenteditable="true">軟體</div>' +
      '<script>var s = "網際網路";</script><style>p::before{content:"支援"}</style>' +
      '<briefing-reader-ui>人工智慧</briefing-reader-ui><p lang="en">Internet 網際網路</p>',
  );
  body.append(main);
  const snapshot = () =>
    document.documentElement.outerHTML +
    '|' +
    document.title +
    '|' +
    Array.from(document.querySelectorAll('*'))
      .map((e) => e.getAttribute('lang'))
      .join(',');
  return { root: body, snapshot };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('createScriptSwitcher', () => {
  it.each<Variant[]>([
    ['hans', 'tw', 'original'],
    ['hans', 'hk', 'tw', 'hans', 'original'],
    ['hk', 'original'],
  ])('round trip %s … restores every text node and lang attribute', (...sequence) => {
    const { root, snapshot } = buildPage();
    const before = snapshot();
    const s = createScriptSwitcher(root, { source: 'twp', exclude: 'briefing-reader-ui', title: true });
    for (const v of sequence) s.switchTo(v);
    expect(snapshot()).toBe(before);
    s.dispose();
  });

  it('converts text, title and lang, leaves skipped elements alone', () => {
    const { root } = buildPage();
    const s = createScriptSwitcher(root, { source: 'twp', exclude: 'briefing-reader-ui', title: true });
    s.switchTo('hans');
    const text = root.querySelector('#main')?.textContent ?? '';
    expect(text).toContain('工业互联网、人工智能');
    expect(text).toContain('“上海制造”');
    expect(document.title).toBe('2018年6月12日市政府新闻发布会问答实录');
    expect(root.getAttribute('lang')).toBe('zh-Hans');
    expect(root.querySelector('p[lang]')?.getAttribute('lang')).toBe('zh-Hans');
    expect(root.querySelector('p[lang="en"]')?.textContent).toBe('Internet 網際網路');
    for (const sel of [
      'pre',
      'code',
      'textarea',
      'select',
      '[contenteditable]',
      'script',
      'style',
      'briefing-reader-ui',
    ]) {
      expect(root.querySelector(sel)?.textContent, sel).toMatch(/網際網路|人工智慧|支援|資訊|軟體/);
    }
    s.switchTo('tw');
    expect(root.getAttribute('lang')).toBe('zh-Hant-TW');
    expect(root.querySelector('#main')?.textContent).toContain('工業網際網路、人工智慧');
    s.restore();
    expect(root.hasAttribute('lang')).toBe(false);
    expect(root.querySelector('p[lang]')?.getAttribute('lang')).toBe('zh-Hant');
    s.dispose();
  });

  it('converts text the page adds later, without reacting to its own writes', async () => {
    const { root } = buildPage();
    const main = root.querySelector('#main') as HTMLElement;
    let records = 0;
    const Counting = class extends MutationObserver {
      constructor(cb: MutationCallback) {
        super((r, o) => {
          records += r.length;
          cb(r, o);
        });
      }
    };
    const s = createScriptSwitcher(root, { source: 'twp', MutationObserver: Counting });
    s.switchTo('hans');
    let writes = 0;
    const spy = new MutationObserver((r) => (writes += r.length));
    spy.observe(main, { childList: true, subtree: true, characterData: true });
    const added = document.createElement('p');
    added.textContent = '我們支援工業網際網路。';
    main.append(added);
    const tail = main.querySelector('p') as HTMLElement;
    const node = tail.lastChild as Text;
    node.data = '資訊共用';
    await settle();
    await settle();
    expect(added.textContent).toBe('我们支持工业互联网。');
    expect(node.data).toBe('信息共用');
    // Our own writes may be reported once but never trigger more writes: the count settles.
    const seen = records;
    await settle();
    await settle();
    expect(records).toBe(seen);
    // Two page mutations, then exactly one write of ours per new node.
    expect(writes).toBe(4);
    spy.disconnect();
    // The page's own later text is its new original.
    s.restore();
    expect(added.textContent).toBe('我們支援工業網際網路。');
    expect(node.data).toBe('資訊共用');
    expect(s.originalOf(node)).toBe('資訊共用');
    s.dispose();
  });

  it('does not watch while showing 原文', async () => {
    const { root } = buildPage();
    const s = createScriptSwitcher(root, { source: 'twp' });
    s.switchTo('hans');
    s.restore();
    const p = document.createElement('p');
    p.textContent = '網際網路';
    root.append(p);
    await settle();
    expect(p.textContent).toBe('網際網路');
    s.dispose();
  });
});
