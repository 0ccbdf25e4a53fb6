// Pinyin hover tooltips on the seed page's text: the word under the pointer (found through a caret API or by
// measuring, mapped through the paragraph's text nodes), its reading in context in each tone style, the other
// script, the modifier key, Escape/leave/scroll, the live region, and page text staying text.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tipFor } from '../../../../components/reader/PinyinHover';
import type { ReaderPinyin } from '../../../../components/reader/types';
import { createPinyinCache } from '../../../../lib/pinyin/index';
import { getConverter } from '../../../../lib/script/converters';
import type { Transcript, Turn } from '../../../../lib/transcript/types';
import { mount, press, typeInto } from './harness';
import { centreOf, fakeLayout, GLYPH, LINE, W } from './layout';
import type { FakeLayout } from './layout';
import { buildSections } from '../../../../lib/transcript/sections';
import { transcriptFrom } from './sample';

const { transcript } = transcriptFrom('seed-shanghai-20180612-tc');
const source = createPinyinCache();
const toSimplified = getConverter('t', 'cn');

function pinyinOf(overrides: Partial<ReaderPinyin> = {}): ReaderPinyin {
  return { source, tone: 'marks', modifier: 'none', convertOther: toSimplified, ...overrides };
}

const paragraph = (turn: number, block: number) =>
  transcript.turns[turn]!.text.split('\n').filter((l) => l.trim())[block]!;

// [turn, block, word looked for, character within it, expected word, marks, numbers, other script]
const SEED_WORDS = [
  [0, 0, '閔行', 1, '閔行', 'mǐn háng', 'min3 hang2', '闵行'],
  [3, 0, '側重', 1, '側重', 'cè zhòng', 'ce4 zhong4', '侧重'],
  [11, 5, '注重', 0, '注重', 'zhù zhòng', 'zhu4 zhong4', null],
  [1, 4, '長三角', 0, '長', 'cháng', 'chang2', '长'],
  [1, 4, '長三角', 2, '三角', 'sān jiǎo', 'san1 jiao3', null],
] as const;

describe('tipFor (paragraph offset → tooltip content)', () => {
  it.each(SEED_WORDS)('turn %i ¶%i %s[%i] → %s %s', (turn, block, find, k, word, marks, numbers, other) => {
    const text = paragraph(turn, block);
    const at = text.indexOf(find) + k;
    expect(at).toBeGreaterThanOrEqual(k);
    expect(tipFor(text, at, pinyinOf())).toMatchObject({ word, pinyin: marks, other });
    expect(tipFor(text, at, pinyinOf({ tone: 'numbers' }))?.pinyin).toBe(numbers);
  });

  // The reference readings (Traditional text, read through its Simplified form).
  it.each([
    ['銀行行長表示', 0, '銀行', 'yín háng', '银行'],
    ['銀行行長表示', 3, '行長', 'háng zhǎng', '行长'],
    ['重慶市', 1, '重慶', 'chóng qìng', '重庆'],
  ])('%s[%i] → %s %s', (text, at, word, marks, other) => {
    expect(tipFor(text, at, pinyinOf())).toMatchObject({ word, pinyin: marks, other });
  });

  it('gives zhuyin when asked', () => {
    expect(tipFor('銀行行長表示', 2, pinyinOf({ tone: 'zhuyin' }))?.pinyin).toBe('ㄏㄤˊ ㄓㄤˇ');
  });

  it.each([
    ['punctuation', '長三角,', 3],
    ['Latin', 'G20峰會', 0],
    ['digits', '2018年', 1],
    ['past the end', '重慶', 2],
  ])('is null on %s', (_what, text, at) => {
    expect(tipFor(text, at, pinyinOf())).toBeNull();
  });
});

describe('hover tooltip in the reader', () => {
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

  const open = (pinyin: ReaderPinyin | null = pinyinOf(), t: Transcript = transcript, caret = true) => {
    m = mount(t, { settings: { variant: 'original', pinyin: pinyin !== null, pageLang: 'zh-Hant' }, pinyin });
    layout = fakeLayout(m.container, { caret });
    return m;
  };
  const flushFrame = () =>
    act(() => {
      const run = frames;
      frames = [];
      run.forEach((cb) => cb(0));
    });
  const move = (x: number, y: number, init: PointerEventInit = {}, target?: Element) =>
    act(() => {
      const el = target ?? m!.$('p[data-offset]')!;
      el.dispatchEvent(
        new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true, composed: true, ...init }),
      );
    });
  const hoverChar = (turn: number, block: number, index: number, init: PointerEventInit = {}) => {
    flushFrame();
    const c = centreOf(m!.container, turn, block, index);
    move(c.x, c.y, init, c.el);
  };
  const tip = () => m!.$('.br-pinyin-tip');
  const shown = () => {
    const el = tip();
    return el ? [el.getAttribute('data-word'), el.getAttribute('data-pinyin'), el.getAttribute('data-other')] : null;
  };

  it.each(SEED_WORDS)('turn %i ¶%i: hovering %s[%i] shows %s %s', (turn, block, find, k, word, marks, _n, other) => {
    open();
    hoverChar(turn, block, paragraph(turn, block).indexOf(find) + k);
    expect(shown()).toEqual([word, marks, other ?? '']);
    expect(tip()?.getAttribute('role')).toBe('tooltip');
    expect(tip()?.querySelector('.br-pinyin-tip-word')?.textContent).toBe(word);
    expect(tip()?.querySelector('.br-pinyin-tip-pinyin')?.textContent).toBe(marks);
    expect(m!.$$('.br-pinyin-word').length).toBe(1);
  });

  it('announces "word — pinyin" in a polite live region', () => {
    open();
    hoverChar(0, 0, paragraph(0, 0).indexOf('閔行'));
    const live = m!.$('.br-pinyin-live');
    expect(live?.getAttribute('aria-live')).toBe('polite');
    expect(live?.textContent).toBe('閔行 — mǐn háng');
  });

  it('uses the caret API (right half of a character → caret after it) and asks for the shadow root', () => {
    open();
    const at = paragraph(3, 0).indexOf('側重');
    flushFrame();
    const c = centreOf(m!.container, 3, 0, at + 1);
    move(c.x + W * 0.3, c.y, {}, c.el);
    expect(shown()?.[0]).toBe('側重');
    expect(layout!.caretCalls.length).toBeGreaterThan(0);
  });

  it('measures characters when the browser has no caret API', () => {
    open(pinyinOf(), transcript, false);
    hoverChar(3, 0, paragraph(3, 0).indexOf('側重'));
    expect(shown()?.slice(0, 2)).toEqual(['側重', 'cè zhòng']);
  });

  it('maps offsets through find marks that split the text nodes', () => {
    open();
    typeInto(m!.$<HTMLInputElement>('.br-input'), '側重');
    const p = m!.$('p[data-turn="3"][data-block="0"]')!;
    expect(p.querySelectorAll('mark').length).toBeGreaterThan(0);
    const at = paragraph(3, 0).indexOf('側重');
    // The character right after the mark (in the next text node) and inside it.
    hoverChar(3, 0, at + 2);
    const after = tipFor(paragraph(3, 0), at + 2, pinyinOf());
    expect(shown()?.[0]).toBe(after?.word);
    hoverChar(3, 0, at + 1);
    expect(shown()?.[0]).toBe('側重');
  });

  it('shows nothing over punctuation, past the line end or between lines, and closes there', () => {
    open();
    const text = paragraph(3, 0);
    hoverChar(3, 0, text.indexOf('側重'));
    expect(tip()).not.toBeNull();
    hoverChar(3, 0, text.indexOf(','));
    expect(tip()).toBeNull();
    hoverChar(3, 0, text.length + 3);
    expect(tip()).toBeNull();
    flushFrame();
    const c = centreOf(m!.container, 3, 0, 2);
    move(c.x, c.y - GLYPH / 2 + (LINE + GLYPH) / 2, {}, c.el);
    expect(tip()).toBeNull();
  });

  it('handles one move per frame: later moves in the frame wait for it, the latest wins', () => {
    open();
    const text = paragraph(0, 0);
    hoverChar(0, 0, text.indexOf('閔行'));
    const next = centreOf(m!.container, 3, 0, paragraph(3, 0).indexOf('側重'));
    move(next.x, next.y, {}, next.el);
    expect(shown()?.[0]).toBe('閔行');
    flushFrame();
    expect(shown()?.[0]).toBe('側重');
  });

  it.each([
    ['Alt', { altKey: true }],
    ['Shift', { shiftKey: true }],
  ] as const)('with modifier %s shows only while the key is held', (modifier, held) => {
    open(pinyinOf({ modifier }));
    const at = paragraph(0, 0).indexOf('閔行');
    hoverChar(0, 0, at);
    expect(tip()).toBeNull();
    hoverChar(0, 0, at, held);
    expect(shown()?.[0]).toBe('閔行');
    press(modifier, document, { ...held, key: modifier });
    act(() => {
      document.dispatchEvent(new KeyboardEvent('keyup', { key: modifier, bubbles: true }));
    });
    expect(tip()).toBeNull();
    // Pressing the key with the pointer resting on a word shows it without a move.
    press(modifier, document, held);
    expect(shown()?.[0]).toBe('閔行');
  });

  it('Escape closes the tooltip; it stays closed on the same word and reopens on another', () => {
    open();
    const text = paragraph(0, 0);
    const at = text.indexOf('閔行');
    hoverChar(0, 0, at);
    press('Escape');
    expect(tip()).toBeNull();
    hoverChar(0, 0, at + 1);
    expect(tip()).toBeNull();
    hoverChar(3, 0, paragraph(3, 0).indexOf('側重'));
    expect(shown()?.[0]).toBe('側重');
  });

  it.each([
    ['pointer leave', () => m!.$('.br-reader')!.dispatchEvent(new PointerEvent('pointerleave'))],
    [
      'a scroll that brings other text under the pointer',
      () => {
        layout!.scroll(LINE);
        document.dispatchEvent(new Event('scroll'));
      },
    ],
    [
      'a drag (button held)',
      () => {
        const c = centreOf(m!.container, 0, 0, 1);
        c.el.dispatchEvent(new PointerEvent('pointermove', { clientX: c.x, clientY: c.y, buttons: 1, bubbles: true }));
      },
    ],
  ])('closes on %s', (_what, action) => {
    open();
    hoverChar(0, 0, paragraph(0, 0).indexOf('閔行'));
    expect(tip()).not.toBeNull();
    act(action);
    expect(tip()).toBeNull();
  });

  it('keeps the tooltip through a scroll that leaves its word under the pointer (scroll anchoring), measured again', () => {
    open();
    hoverChar(0, 0, paragraph(0, 0).indexOf('閔行'));
    const before = tip()!.getAttribute('style');
    // Text far above changed height and the page's scroll anchoring kept this line where it was.
    act(() => {
      document.dispatchEvent(new Event('scroll'));
    });
    expect(shown()?.[0]).toBe('閔行');
    expect(tip()!.getAttribute('style')).toBe(before);
  });

  it('has no tooltip and no listeners effect when pinyin is off or the reader is hidden', () => {
    open(null);
    hoverChar(0, 0, paragraph(0, 0).indexOf('閔行'));
    expect(tip()).toBeNull();
    expect(m!.$('.br-pinyin-live')).toBeNull();
    m!.unmount();
    open();
    m!.rerender({ hidden: true });
    hoverChar(0, 0, paragraph(0, 0).indexOf('閔行'));
    expect(tip()).toBeNull();
  });

  it('analyses every paragraph while the page is idle, a deadline at a time, so first hovers hit the cache', () => {
    const seen = new Set<string>();
    const spy: ReaderPinyin['source'] = {
      wordAt: (text, offset, tone) => (seen.add(text), source.wordAt(text, offset, tone)),
      words: (text, tone) => source.words(text, tone),
      chunks: (text) => source.chunks(text),
      wordsIn: (text, k, tone) => source.wordsIn(text, k, tone),
    };
    // The browser's idle periods, run by hand: each leaves time for three more paragraphs after the first.
    const idle: ((deadline: { timeRemaining(): number }) => void)[] = [];
    const win = document.defaultView as unknown as Record<string, unknown>;
    const saved = { request: win.requestIdleCallback, cancel: win.cancelIdleCallback };
    Object.assign(win, {
      requestIdleCallback: (cb: (typeof idle)[number]) => idle.push(cb),
      cancelIdleCallback: () => {},
    });
    try {
      open(pinyinOf({ source: spy }));
      const paragraphs = m!.$$('p[data-offset]').length;
      let periods = 0;
      for (let cb = idle.shift(); cb && periods <= paragraphs; cb = idle.shift()) {
        let left = 3;
        periods++;
        cb({ timeRemaining: () => (left-- > 0 ? 10 : 0) });
      }
      const texts = transcript.turns.flatMap((turn) => turn.text.split('\n').filter((l) => l.trim()));
      expect(seen.size).toBe(new Set(texts).size);
      expect(periods).toBe(Math.ceil(paragraphs / 4));
    } finally {
      Object.assign(win, { requestIdleCallback: saved.request, cancelIdleCallback: saved.cancel });
    }
  });

  it('renders hostile page text in the tooltip as text', () => {
    const IMG = '<img src=x onerror=alert(1)>';
    const turns: Turn[] = [
      {
        kind: 'question',
        label: '記者',
        speaker: null,
        role: null,
        outlet: '記者',
        text: `請問${IMG}銀行行長`,
        blocks: [0],
        section: 0,
      },
    ];
    const t: Transcript = {
      press: true,
      score: 1,
      reasons: [],
      title: 't',
      date: null,
      turns,
      sections: buildSections(turns),
      blocks: [],
    };
    open(pinyinOf({ convertOther: () => IMG }), t);
    hoverChar(0, 0, turns[0]!.text.indexOf('銀行'));
    expect(shown()).toEqual(['銀行', 'yín háng', IMG]);
    expect(tip()?.querySelector('.br-pinyin-tip-other')?.textContent).toBe(IMG);
    expect(m!.$$('img, [onerror]')).toHaveLength(0);
  });
});
