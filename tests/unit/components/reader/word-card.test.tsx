// The word card in the reader's hover, on the seed page's text with the real dictionary: the first hover loads the
// dictionary and the tooltip becomes a card (longest match, reading in context, glosses, pointers); official
// terms come first; a key press adds the word only when the browser says the user pressed it.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tipFor } from '../../../../components/reader/PinyinHover';
import type { ReaderPinyin } from '../../../../components/reader/types';
import { createWordCards, type WordCards } from '../../../../lib/dictionary/index';
import { createPinyinCache } from '../../../../lib/pinyin/index';
import { getConverter } from '../../../../lib/script/converters';
import { realCompact } from '../../dictionary/load';
import { mount } from './harness';
import { centreOf, fakeLayout, type FakeLayout } from './layout';
import { transcriptFrom } from './sample';

const { transcript } = transcriptFrom('seed-shanghai-20180612-tc');
const source = createPinyinCache();
const cards = createWordCards(realCompact());
const paragraph = (turn: number, block: number) =>
  transcript.turns[turn]!.text.split('\n').filter((l) => l.trim())[block]!;

function pinyinOf(overrides: Partial<ReaderPinyin> = {}): ReaderPinyin {
  return {
    source,
    tone: 'marks',
    modifier: 'none',
    convertOther: getConverter('t', 'cn'),
    wordCards: () => Promise.resolve(cards),
    ...overrides,
  };
}

describe('tipFor with the dictionary', () => {
  // [text, offset, word, reading in context, a gloss or official rendering]
  it.each([
    ['成為長三角産業一體化', 2, '長三角', 'cháng sān jiǎo', 'Yangtze River Delta'],
    ['成為長三角産業一體化', 4, '三角', 'sān jiǎo', 'triangle'],
    ['銀行行長表示', 3, '行長', 'háng zhǎng', 'bank president'],
    ['銀行行長表示', 1, '銀行', 'yín háng', 'bank'],
    ['行政長官發言全文', 1, '行政長官', 'xíng zhèng zhǎng guān', 'Chief Executive'],
  ])('%s @%i → %s %s', (text, offset, word, reading, gloss) => {
    const tip = tipFor(text, offset, pinyinOf(), cards, 'hant');
    expect(tip).toMatchObject({ word, pinyin: reading });
    const shown = [...tip!.card!.terms.map((t) => t.english), ...tip!.card!.senses.flatMap((s) => s.glosses)];
    expect(shown).toContain(gloss);
  });

  it('puts the sense read as in context first', () => {
    const tip = tipFor('銀行行長表示', 2, pinyinOf(), cards, 'hant');
    expect(tip?.card?.senses[0]).toMatchObject({ reading: 'háng zhǎng', inContext: true });
  });

  it('stays a pinyin tooltip without the dictionary', () => {
    expect(tipFor('成為長三角産業', 2, pinyinOf(), null, 'hant')).toMatchObject({ word: '長', card: null });
  });
});

describe('word card in the reader', () => {
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

  const open = (pinyin: ReaderPinyin) => {
    m = mount(transcript, { settings: { variant: 'original', pinyin: true, pageLang: 'zh-Hant' }, pinyin });
    layout = fakeLayout(m.container, { caret: true });
  };
  const hover = async (turn: number, block: number, index: number) => {
    act(() => {
      const run = frames;
      frames = [];
      run.forEach((cb) => cb(0));
    });
    const c = centreOf(m!.container, turn, block, index);
    act(() => {
      c.el.dispatchEvent(
        new PointerEvent('pointermove', { clientX: c.x, clientY: c.y, bubbles: true, composed: true }),
      );
    });
    // The dictionary's promise settles, and the card replaces the tooltip.
    await act(async () => {
      await Promise.resolve();
    });
  };
  const tip = () => m!.$('.br-pinyin-tip');
  const at = paragraph(1, 4).indexOf('長三角');

  it('loads the dictionary on the first hover only, then shows the card for the longest word', async () => {
    const load = vi.fn(() => Promise.resolve<WordCards>(cards));
    open(pinyinOf({ wordCards: load }));
    expect(load).not.toHaveBeenCalled();
    await hover(1, 4, at);
    expect(load).toHaveBeenCalledTimes(1);
    expect(tip()?.getAttribute('data-card')).toBe('true');
    expect(tip()?.getAttribute('data-word')).toBe('長三角');
    expect(tip()?.getAttribute('data-pinyin')).toBe('cháng sān jiǎo');
    expect(tip()?.querySelector('.br-card-glosses')?.textContent).toContain('Yangtze River Delta');
    // The reference is shown in the page's script.
    expect(tip()?.querySelector('.br-card-glosses')?.textContent).not.toContain('|');
    expect(tip()?.querySelector('.br-card-foot')?.textContent).toContain('tones as written (no sandhi)');
    await hover(1, 4, at + 1);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says when the readings show tone sandhi', async () => {
    open(pinyinOf({ sandhi: true }));
    await hover(1, 4, at);
    expect(tip()?.querySelector('.br-card-foot')?.textContent).toContain('with the tone changes of 一 and 不');
  });

  it('stays a pinyin tooltip when the dictionary cannot load', async () => {
    open(pinyinOf({ wordCards: () => Promise.reject(new Error('no tab')) }));
    await hover(1, 4, at);
    expect(tip()?.getAttribute('data-card')).toBeNull();
    expect(tip()?.getAttribute('data-word')).toBe('長');
  });

  it('offers W only with a word list to add to, and ignores a key press the page made up', async () => {
    const onSaveWord = vi.fn();
    open(pinyinOf({ onSaveWord }));
    await hover(1, 4, at);
    expect(tip()?.querySelector('.br-card-key')?.textContent).toBe('W: add to word list');
    act(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'w', bubbles: true }));
    });
    expect(onSaveWord).not.toHaveBeenCalled();
    m?.unmount();
    layout?.restore();
    open(pinyinOf());
    await hover(1, 4, at);
    expect(tip()?.querySelector('.br-card-key')).toBeNull();
  });
});
