// Adding a word from the card: the card's button adds it on a click the user made and only then (a page can call
// click() or dispatch events of its own), says so on the card, is reached from the keyboard (Tab from the text, then
// Enter), and the card stays while the pointer moves from the word to it.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onTheWayToTip } from '../../../components/reader/hover';
import type { ReaderPinyin } from '../../../components/reader/types';
import { createWordCards } from '../../../lib/dictionary/index';
import { createPinyinCache } from '../../../lib/pinyin/index';
import { getConverter } from '../../../lib/script/converters';
import { mount } from '../components/reader/harness';
import { centreOf, fakeLayout, type FakeLayout } from '../components/reader/layout';
import { transcriptFrom } from '../components/reader/sample';
import { realCompact } from '../dictionary/load';

const { transcript } = transcriptFrom('seed-shanghai-20180612-tc');
const cards = createWordCards(realCompact());
const source = createPinyinCache();
const paragraph = (turn: number, block: number) =>
  transcript.turns[turn]!.text.split('\n').filter((l) => l.trim())[block]!;

/** An event as the browser makes it for the user's own input (happy-dom's are all untrusted). */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

describe('onTheWayToTip', () => {
  const word = { left: 100, top: 200, right: 140, bottom: 220 };
  const above = { left: 60, top: 120, right: 260, bottom: 194 };
  const below = { left: 60, top: 226, right: 260, bottom: 300 };
  it.each([
    ['on the card above', above, 200, 150, true],
    ['in the gap between word and card', above, 120, 197, true],
    ['in the gap, under the card but beside the word', above, 240, 197, true],
    ['beside the card', above, 300, 150, false],
    ['on the line of the word, beside it', above, 200, 210, false],
    ['under the word, away from a card above', above, 120, 240, false],
    ['in the gap to a card below', below, 120, 223, true],
    ['on a card below', below, 100, 280, true],
    ['a card not laid out yet', { left: 0, top: 0, right: 0, bottom: 0 }, 0, 0, false],
  ])('%s', (_name, tip, x, y, keeps) => {
    expect(onTheWayToTip(word, tip, x, y)).toBe(keeps);
  });
});

describe('the card adds the word on the user’s own input', () => {
  let layout: FakeLayout | null = null;
  let frames: FrameRequestCallback[] = [];
  let m: ReturnType<typeof mount> | null = null;
  beforeEach(() => {
    frames = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
  });
  afterEach(() => {
    m?.unmount();
    m = null;
    layout?.restore();
    layout = null;
    vi.restoreAllMocks();
  });

  const open = (onSaveWord: ReaderPinyin['onSaveWord']) => {
    const pinyin: ReaderPinyin = {
      source,
      tone: 'marks',
      modifier: 'none',
      convertOther: getConverter('t', 'cn'),
      wordCards: () => Promise.resolve(cards),
      onSaveWord,
    };
    m = mount(transcript, { settings: { variant: 'original', pinyin: true, pageLang: 'zh-Hant' }, pinyin });
    layout = fakeLayout(m.container, { caret: true });
  };
  const at = paragraph(1, 4).indexOf('長三角');
  const hover = async () => {
    act(() => frames.splice(0).forEach((cb) => cb(0)));
    const c = centreOf(m!.container, 1, 4, at);
    act(() => {
      c.el.dispatchEvent(new PointerEvent('pointermove', { clientX: c.x, clientY: c.y, bubbles: true }));
    });
    await act(async () => {
      await Promise.resolve();
    });
  };
  const button = () => m!.$<HTMLButtonElement>('.br-pinyin-tip button.br-card-add');

  it('ignores a click the page made up, adds on a trusted click, and says so on the card', async () => {
    const onSaveWord = vi.fn();
    open(onSaveWord);
    await hover();
    expect(m!.$('.br-pinyin-tip')?.getAttribute('data-word')).toBe('長三角');
    expect(button()?.textContent).toBe('Add to word list');
    expect(m!.$('.br-card-trusted')?.textContent).toBe('Only your own click or key press adds a word, never the page.');
    act(() => button()!.click());
    act(() => {
      button()!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(onSaveWord).not.toHaveBeenCalled();
    act(() => {
      button()!.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true })));
    });
    expect(onSaveWord).toHaveBeenCalledTimes(1);
    expect(onSaveWord.mock.calls[0]![0]).toMatchObject({ card: { word: '長三角' }, reading: 'cháng sān jiǎo' });
    expect(button()?.textContent).toBe('In the word list');
    expect(button()?.disabled).toBe(true);
    expect(m!.$('.br-pinyin-live')?.textContent).toBe('Added 長三角 to the word list');
  });

  it('claims the word is in the list only when the list took it', async () => {
    const click = async () => {
      await act(async () => {
        button()!.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true })));
        await Promise.resolve();
      });
    };
    open(() => Promise.resolve(false));
    await hover();
    await click();
    expect(button()?.textContent).toBe('Add to word list');
    expect(m!.$('.br-pinyin-live')?.textContent).not.toContain('Added');
    m!.unmount();
    layout!.restore();
    open(() => Promise.resolve(true));
    await hover();
    await click();
    expect(button()?.textContent).toBe('In the word list');
  });

  it('takes the pointer only on a card with a button to click', async () => {
    open(vi.fn());
    await hover();
    expect(m!.$<HTMLElement>('.br-pinyin-tip')?.style.pointerEvents).toBe('auto');
    m!.unmount();
    layout!.restore();
    open(undefined);
    await hover();
    expect(m!.$<HTMLElement>('.br-pinyin-tip')?.getAttribute('data-card')).toBe('true');
    expect(m!.$<HTMLElement>('.br-pinyin-tip')?.style.pointerEvents).toBe('');
    expect(button()).toBeNull();
  });

  it('Tab from the text goes to the card’s button; a made-up Tab does not', async () => {
    open(vi.fn());
    await hover();
    const made = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    act(() => {
      document.dispatchEvent(made);
    });
    expect(made.defaultPrevented).toBe(false);
    expect(document.activeElement).not.toBe(button());
    const tab = trusted(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    act(() => {
      document.dispatchEvent(tab);
    });
    expect(tab.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(button());
  });

  it('stays while the pointer goes from the word to the card', async () => {
    open(vi.fn());
    await hover();
    const tip = m!.$<HTMLElement>('.br-pinyin-tip')!;
    const c = centreOf(m!.container, 1, 4, at);
    // The fake layout draws text lines only: the card is put 60px above the word.
    vi.spyOn(tip, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ x: c.x - 80, y: c.y - 90, width: 200, height: 70 }),
    );
    for (const y of [c.y - 15, c.y - 50]) {
      act(() => frames.splice(0).forEach((cb) => cb(0)));
      act(() => {
        tip.dispatchEvent(new PointerEvent('pointermove', { clientX: c.x, clientY: y, bubbles: true }));
      });
      expect(m!.$('.br-pinyin-tip')?.getAttribute('data-word'), `y ${y}`).toBe('長三角');
    }
    act(() => frames.splice(0).forEach((cb) => cb(0)));
    act(() => {
      c.el.dispatchEvent(new PointerEvent('pointermove', { clientX: -300, clientY: c.y, bubbles: true }));
    });
    expect(m!.$('.br-pinyin-tip')).toBeNull();
  });
});
