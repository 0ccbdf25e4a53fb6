// The page text's card as the reader script starts it: nothing in the page until the user's own pointer first rests
// on Chinese text, then one element of ours with a closed shadow root; nothing while the reader shows or with pinyin
// off; gone when pinyin goes off.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../components/reader/strings';
import type { ReaderPinyin } from '../../../components/reader/types';
import { pageCardFeature, PAGE_CARD_TAG } from '../../../entrypoints/reader.content/features/page-card';
import type { ReaderCore } from '../../../entrypoints/reader.content/core';
import { createPinyinCache } from '../../../lib/pinyin/index';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

const W = 10;
let frames: FrameRequestCallback[] = [];
let main: HTMLElement;
let stop: AbortController;

beforeEach(() => {
  frames = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
  main = document.createElement('main');
  main.innerHTML = '<p>推动构建人类命运共同体。</p><p>Latin text only</p>';
  document.body.append(main);
  const texts = [...main.querySelectorAll('p')].map((p) => p.firstChild as Text);
  // One line per paragraph (y ∈ [k·30, k·30 + 20)), characters W wide; the caret API answers from it.
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    const k = texts.indexOf(this.startContainer as Text);
    if (k < 0) return [] as unknown as DOMRectList;
    const width = (this.endOffset - this.startOffset) * W;
    return [DOMRect.fromRect({ x: this.startOffset * W, y: k * 30, width, height: 20 })] as unknown as DOMRectList;
  });
  (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = (x: number, y: number) => {
    const node = texts[Math.floor(y / 30)];
    return node ? { offsetNode: node, offset: Math.min(node.data.length, Math.round(x / W)) } : null;
  };
  stop = new AbortController();
});
afterEach(() => {
  stop.abort();
  // Frames still asked for run now: Preact's effects wait on a frame with a timer behind it, and a timer left to
  // fire after the file's environment is gone throws (cancelAnimationFrame is not defined).
  for (let cb = frames.shift(); cb; cb = frames.shift()) cb(0);
  main.remove();
  delete (document as unknown as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
  vi.restoreAllMocks();
});

function start(state: Partial<ReaderCore['state']> = {}) {
  const core = {
    state: { pinyin: true, open: false, settings: DEFAULT_SETTINGS, strings: en, ...state },
    analysed: { turns: [], blocks: [] },
    pageScript: 'hans',
  } as unknown as ReaderCore;
  const readings: ReaderPinyin = { source: createPinyinCache(), tone: 'marks', modifier: 'none' };
  const feature = pageCardFeature(core, () => readings, undefined, stop.signal);
  feature.sync();
  return { core, feature };
}

function move(x: number, y: number, isTrusted = true) {
  const e = new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true });
  if (isTrusted) Object.defineProperty(e, 'isTrusted', { value: true });
  act(() => {
    main.querySelector('p')!.dispatchEvent(e);
    frames.splice(0).forEach((cb) => cb(0));
  });
}

const hosts = () => document.querySelectorAll(PAGE_CARD_TAG);

describe('the page card feature', () => {
  it('adds nothing until the user’s own pointer rests on Chinese text, then one host with a closed root', () => {
    const before = document.documentElement.innerHTML;
    start();
    expect(document.documentElement.innerHTML).toBe(before);
    move(45, 10, false);
    move(45, 70);
    expect(hosts()).toHaveLength(0);
    move(45, 10);
    expect(hosts()).toHaveLength(1);
    const host = hosts()[0] as HTMLElement;
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.shadowRoot).toBeNull();
    expect(host.getAttribute('style')).toContain('pointer-events:none!important');
    expect(main.innerHTML).toBe('<p>推动构建人类命运共同体。</p><p>Latin text only</p>');
    move(55, 10);
    expect(hosts()).toHaveLength(1);
  });

  it('stays out while the reader shows, and goes when pinyin goes off', () => {
    const { core, feature } = start({ open: true });
    move(45, 10);
    expect(hosts()).toHaveLength(0);
    core.state.open = false;
    move(45, 10);
    expect(hosts()).toHaveLength(1);
    core.state.pinyin = false;
    feature.sync();
    expect(hosts()).toHaveLength(0);
  });

  it('does nothing with pinyin turned off in the settings', () => {
    start({ settings: { ...DEFAULT_SETTINGS, pinyinEnabled: false } });
    move(45, 10);
    expect(hosts()).toHaveLength(0);
  });

  it('takes its host away when the reader script stops', () => {
    start();
    move(45, 10);
    expect(hosts()).toHaveLength(1);
    stop.abort();
    expect(hosts()).toHaveLength(0);
  });
});
