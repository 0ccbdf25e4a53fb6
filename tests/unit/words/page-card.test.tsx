// The word card on a page's own text: the paragraph a word is read in ends at block elements and <br>, leaves out
// scripts, fields and our own elements; only the user's own pointer moves show a card, and the page's DOM is only
// read (no node is added, changed or wrapped in it).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageWordHover } from '../../../components/reader/PageWordHover';
import { pageHit } from '../../../components/reader/page-text';
import { en, translatorFor } from '../../../components/reader/strings';
import type { ReaderPinyin } from '../../../components/reader/types';
import { createWordCards } from '../../../lib/dictionary/index';
import { createPinyinCache } from '../../../lib/pinyin/index';
import { getConverter } from '../../../lib/script/converters';
import { realCompact } from '../dictionary/load';

const cards = createWordCards(realCompact());
const W = 10;

/**
 * A layout for the page under test: every text node of `root` on its own line (node k: y ∈ [k·30, k·30 + 20)), its
 * character i at x ∈ [i·W, (i+1)·W); the caret API answers from it, as browsers do (the nearer character edge).
 */
function fakePage(root: Element) {
  const texts = () => {
    const walker = document.createTreeWalker(root, 4);
    const out: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
    return out;
  };
  const rects = vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    const list = texts();
    const k = list.indexOf(this.startContainer as Text);
    if (k < 0 || this.endContainer !== this.startContainer || this.endOffset <= this.startOffset)
      return [] as unknown as DOMRectList;
    return [
      DOMRect.fromRect({
        x: this.startOffset * W,
        y: k * 30,
        width: (this.endOffset - this.startOffset) * W,
        height: 20,
      }),
    ] as unknown as DOMRectList;
  });
  const doc = document as unknown as { caretPositionFromPoint?: unknown };
  doc.caretPositionFromPoint = (x: number, y: number) => {
    const node = texts()[Math.floor(y / 30)];
    return node ? { offsetNode: node, offset: Math.max(0, Math.min(node.data.length, Math.round(x / W))) } : null;
  };
  /** The centre of character `i` of the text node holding `needle`. */
  const at = (needle: string, i = 0) => {
    const k = texts().findIndex((t) => t.data.includes(needle));
    if (k < 0) throw new Error(needle);
    return { x: (texts()[k]!.data.indexOf(needle) + i) * W + W / 2, y: k * 30 + 10 };
  };
  return {
    at,
    restore() {
      rects.mockRestore();
      delete doc.caretPositionFromPoint;
    },
  };
}

let page: ReturnType<typeof fakePage> | null = null;
let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('main');
  document.body.append(root);
});
afterEach(() => {
  page?.restore();
  page = null;
  root.remove();
  vi.restoreAllMocks();
});

function setPage(html: string) {
  root.innerHTML = html;
  page = fakePage(root);
  return page;
}

describe('pageHit', () => {
  it('reads the paragraph up to the <br> and the blocks around it', () => {
    const p = setPage('<div>上一段</div><p>坚持<b>一国两制</b>方针<br>下一行</p><div>下一段</div>');
    const hit = pageHit(document, p.at('一国两制', 1).x, p.at('一国两制', 1).y);
    expect(hit?.paragraph.text).toBe('坚持一国两制方针');
    expect(hit?.paragraph.text[hit.index]).toBe('国');
  });

  it('leaves a nested block out of the paragraph around it', () => {
    const p = setPage('<div>前面的话<div>嵌套的段落</div>后面的话</div>');
    expect(pageHit(document, p.at('后面').x, p.at('后面').y)?.paragraph.text).toBe('后面的话');
    expect(pageHit(document, p.at('嵌套').x, p.at('嵌套').y)?.paragraph.text).toBe('嵌套的段落');
  });

  it('skips script text, and gives nothing in fields, editable text, our own elements or Latin text', () => {
    const p = setPage(
      '<p>发言人<script>var 脚本 = 1;</script>表示</p><textarea>文本框</textarea>' +
        '<div contenteditable="true">可编辑</div><briefing-reader-card>我们的</briefing-reader-card><p>Latin text</p>',
    );
    expect(pageHit(document, p.at('表示').x, p.at('表示').y)?.paragraph.text).toBe('发言人表示');
    expect(pageHit(document, p.at('文本框').x, p.at('文本框').y)).toBeNull();
    expect(pageHit(document, p.at('可编辑').x, p.at('可编辑').y)).toBeNull();
    const ours = (el: Element) => el.closest('briefing-reader-card') !== null;
    expect(pageHit(document, p.at('我们的').x, p.at('我们的').y, ours)).toBeNull();
    expect(pageHit(document, p.at('Latin').x, p.at('Latin').y)).toBeNull();
  });

  it('reaches a few hundred characters either way in a long block', () => {
    const parts = Array.from({ length: 40 }, (_, i) => `<span>第${i}句话说得很长很长很长很长很长。</span>`).join('');
    const p = setPage(`<p>${parts}</p>`);
    const hit = pageHit(document, p.at('第20句').x, p.at('第20句').y);
    expect(hit!.paragraph.text.length).toBeLessThan(800);
    expect(hit!.paragraph.text).toContain('第20句');
    expect(hit!.paragraph.text).not.toContain('第0句');
  });
});

describe('PageWordHover', () => {
  let frames: FrameRequestCallback[] = [];
  let host: HTMLElement;
  beforeEach(() => {
    frames = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    host = document.createElement('div');
    document.documentElement.append(host);
  });
  afterEach(() => {
    act(() => render(null, host));
    host.remove();
  });

  const pinyin = (onSaveWord?: ReaderPinyin['onSaveWord']): ReaderPinyin => ({
    source: createPinyinCache(),
    tone: 'marks',
    modifier: 'none',
    convertOther: getConverter('cn', 'tw'),
    wordCards: () => Promise.resolve(cards),
    onSaveWord,
  });
  const move = async (x: number, y: number, isTrusted: boolean) => {
    const e = new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true });
    if (isTrusted) Object.defineProperty(e, 'isTrusted', { value: true });
    act(() => {
      root.dispatchEvent(e);
    });
    act(() => frames.splice(0).forEach((cb) => cb(0)));
    await act(async () => {
      await Promise.resolve();
    });
  };

  it('shows the card with the official English on the user’s own pointer only, leaving the page as it was', async () => {
    const p = setPage('<p>推动构建<span>人类命运共同体</span>。</p><p>继续全面准确贯彻一国两制方针。</p>');
    const before = root.innerHTML;
    const onSaveWord = vi.fn();
    act(() =>
      render(
        <PageWordHover
          doc={document}
          pinyin={pinyin(onSaveWord)}
          lang="zh-Hans"
          active={() => true}
          turnOf={() => 3}
          t={translatorFor(en)}
        />,
        host,
      ),
    );
    const { x, y } = p.at('人类命运共同体', 0);
    await move(x, y, false);
    expect(host.querySelector('.br-pinyin-tip')).toBeNull();
    await move(x, y, true);
    await move(x + 1, y, true);
    const tip = host.querySelector('.br-pinyin-tip[data-card]');
    expect(tip?.getAttribute('data-word')).toBe('人类命运共同体');
    expect(tip?.querySelector('.br-card-term-en')?.textContent).toBe('a community with a shared future for mankind');
    const two = p.at('一国两制', 0);
    await move(two.x, two.y, true);
    await move(two.x + 1, two.y, true);
    expect(host.querySelector('.br-pinyin-tip')?.getAttribute('data-word')).toBe('一国两制');
    expect(host.querySelector('.br-card-term-en')?.textContent).toBe('"One Country, Two Systems"');
    expect(host.querySelector('.br-card-glosses')?.textContent).toMatch(/one country, two systems/i);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    Object.defineProperty(click, 'isTrusted', { value: true });
    act(() => {
      host.querySelector('button.br-card-add')!.dispatchEvent(click);
    });
    expect(onSaveWord).toHaveBeenCalledWith(
      expect.objectContaining({ turnIndex: 3, paragraph: '继续全面准确贯彻一国两制方针。', block: null }),
    );
    expect(root.innerHTML).toBe(before);
  });

  it('shows nothing while it is off (the reader is open)', async () => {
    const p = setPage('<p>推动构建人类命运共同体。</p>');
    act(() =>
      render(
        <PageWordHover doc={document} pinyin={pinyin()} lang="zh-Hans" active={() => false} t={translatorFor(en)} />,
        host,
      ),
    );
    const { x, y } = p.at('命运', 0);
    await move(x, y, true);
    await move(x + 1, y, true);
    expect(host.querySelector('.br-pinyin-tip')).toBeNull();
  });
});
