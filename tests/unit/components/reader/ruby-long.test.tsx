// Ruby on a long paragraph (a whole transcript on one line): the render itself reads nothing; the chunks get their
// pinyin in slices, a few per task, and the paragraph's text stays the characters alone throughout.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { ObserverClass } from '../../../../components/reader/near';
import { createSliceQueue, type SliceQueue } from '../../../../components/reader/slices';
import { TurnText, type TurnRuby } from '../../../../components/reader/TurnText';
import { createPinyinCache, LONG_PARAGRAPH } from '../../../../lib/pinyin/index';
import { createWorkMeter } from '../../../../lib/pinyin/meter';

const PAGES = join(__dirname, '../../../fixtures/pages');
const line = ['seed-shanghai-20180612-tc', 'hk-ce-20120703-tc']
  .map((id) => readFileSync(join(PAGES, id, 'source.txt'), 'utf8').replace(/\s+/g, ''))
  .join('');
const long = line.repeat(Math.ceil((6 * LONG_PARAGRAPH) / line.length));

/** A clock that moves 1 ms each time it is read; tasks run by hand. */
function countingClock() {
  let t = 0;
  const tasks: (() => void)[] = [];
  return {
    now: () => t++,
    later: (task: () => void) => void tasks.push(task),
    next: () => {
      const task = tasks.shift();
      if (task) act(task);
      return task !== undefined;
    },
  };
}

/** An IntersectionObserver the test moves by hand: `near(test)` marks which observed chunks are near the window. */
function handObserver() {
  const observers = new Set<{ cb: (e: { target: Element; isIntersecting: boolean }[]) => void; els: Set<Element> }>();
  class Observer {
    private entry: { cb: (e: { target: Element; isIntersecting: boolean }[]) => void; els: Set<Element> };
    constructor(cb: (e: { target: Element; isIntersecting: boolean }[]) => void) {
      this.entry = { cb, els: new Set() };
      observers.add(this.entry);
    }
    observe(el: Element) {
      this.entry.els.add(el);
    }
    unobserve(el: Element) {
      this.entry.els.delete(el);
    }
    disconnect() {
      observers.delete(this.entry);
    }
  }
  return {
    Observer,
    /** Elements being watched now, over every observer. */
    watched: () => [...observers].reduce((n, o) => n + o.els.size, 0),
    near: (test: (chunk: Element, i: number) => boolean) =>
      act(() => {
        for (const o of observers) o.cb([...o.els].map((target, i) => ({ target, isIntersecting: test(target, i) })));
      }),
  };
}

let host: HTMLElement | null = null;

/** Renders one turn's text with ruby into a fresh host. */
function showTurn(text: string, ruby: TurnRuby, slices: SliceQueue, Observer: ObserverClass) {
  host = document.body.appendChild(document.createElement('div'));
  act(() =>
    render(
      <TurnText text={text} turnIndex={0} marks={[]} ruby={ruby} slices={slices} nearObserver={Observer} />,
      host!,
    ),
  );
}
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
});

describe('ruby on a long paragraph', () => {
  it('fills in chunk by chunk, a few per slice, the text unchanged at every step', () => {
    const meter = createWorkMeter();
    const source = createPinyinCache({ meter });
    const clock = countingClock();
    const slices = createSliceQueue(4, clock);
    const io = handObserver();
    host = document.body.appendChild(document.createElement('div'));
    const at = (ruby: TurnRuby | null) => (
      <TurnText text={long} turnIndex={0} marks={[]} ruby={ruby} slices={slices} nearObserver={io.Observer} />
    );
    act(() => render(at({ source, tone: 'marks' }), host!));
    io.near(() => true);
    const p = host.querySelector('p')!;
    const chunks = () => [...p.querySelectorAll('.br-ruby-chunk')];
    const ready = () => p.querySelectorAll('.br-ruby-chunk[data-ruby-ready]').length;
    const total = source.chunks(long).length;
    expect(chunks()).toHaveLength(total);
    expect(ready()).toBe(0);
    expect(meter.segmenterChars).toBe(0);
    expect(p.textContent).toBe(long);
    const steps: number[] = [];
    while (clock.next()) {
      steps.push(ready());
      expect(p.textContent).toBe(long);
    }
    expect(ready()).toBe(total);
    // Each slice did a bounded share: never more than the budget's worth of chunks at once.
    const perSlice = steps.map((n, i) => n - (steps[i - 1] ?? 0));
    expect(Math.max(...perSlice)).toBeLessThanOrEqual(4);
    expect(steps.length).toBeGreaterThanOrEqual(Math.ceil(total / 4));
    // Every word of the paragraph carries its pinyin, as reading it whole gives them.
    const shown = [...p.querySelectorAll('.br-ruby')].map((w) => [w.textContent, w.getAttribute('data-py')]);
    expect(shown).toEqual(source.words(long).map((w) => [w.word, w.syllables.join(' ')]));

    // Off again: the render keeps the ruby; the slices take it away, a few chunks at a time.
    act(() => render(at(null), host!));
    expect(ready()).toBe(total);
    const off: number[] = [];
    while (clock.next()) {
      off.push(total - ready());
      expect(p.textContent).toBe(long);
    }
    expect(ready()).toBe(0);
    expect(p.querySelectorAll('.br-ruby')).toHaveLength(0);
    expect(Math.max(...off.map((n, i) => n - (off[i - 1] ?? 0)))).toBeLessThanOrEqual(4);
  });

  it('only chunks near the window carry ruby: far ones give it back as the window moves', () => {
    const source = createPinyinCache();
    const clock = countingClock();
    const slices = createSliceQueue(4, clock);
    const io = handObserver();
    showTurn(long, { source, tone: 'marks' }, slices, io.Observer);
    const chunks = () => [...host!.querySelectorAll('.br-ruby-chunk')];
    const readyAt = () => chunks().flatMap((c, i) => (c.hasAttribute('data-ruby-ready') ? [i] : []));
    const total = chunks().length;
    // Nothing is near until the observer says so.
    while (clock.next());
    expect(readyAt()).toEqual([]);
    io.near((_, i) => i < 3);
    while (clock.next());
    expect(readyAt()).toEqual([0, 1, 2]);
    io.near((_, i) => i >= total - 2);
    while (clock.next());
    expect(readyAt()).toEqual([total - 2, total - 1]);
    expect(host!.querySelector('p')!.textContent).toBe(long);
  });

  it('a find mark in one chunk changes that chunk alone and reads nothing again', () => {
    const source = createPinyinCache();
    const clock = countingClock();
    const slices = createSliceQueue(4, clock);
    host = document.body.appendChild(document.createElement('div'));
    const ruby = { source, tone: 'marks' as const };
    const io = handObserver();
    act(() =>
      render(
        <TurnText text={long} turnIndex={0} marks={[]} ruby={ruby} slices={slices} nearObserver={io.Observer} />,
        host!,
      ),
    );
    io.near(() => true);
    while (clock.next());
    const before = [...host.querySelectorAll('.br-ruby-chunk')].map((c) => c.innerHTML);
    const at = long.indexOf('長三角', 5000);
    act(() =>
      render(
        <TurnText
          text={long}
          turnIndex={0}
          marks={[{ start: at, end: at + 3, kind: 'current' }]}
          ruby={ruby}
          slices={slices}
        />,
        host!,
      ),
    );
    const after = [...host.querySelectorAll('.br-ruby-chunk')];
    const changed = after.filter((c, i) => c.innerHTML !== before[i]);
    expect(changed).toHaveLength(1);
    expect(changed[0]!.querySelector('mark')?.textContent).toBeTruthy();
    expect(slices.pending).toBe(0);
  });

  it('short paragraphs get their ruby the same way: near the window only, a slice of characters at a time', () => {
    const meter = createWorkMeter();
    const source = createPinyinCache({ meter });
    const clock = countingClock();
    // A budget of time no slice reaches here: what bounds a slice is the characters it renders.
    const slices = createSliceQueue(1e9, clock, 1500);
    const io = handObserver();
    const paragraphs = Array.from({ length: 40 }, (_, i) => line.repeat(4).slice(i * 400, i * 400 + 400));
    // With ruby off nothing is watched: a page's paragraphs would each render once more as it loads.
    host = document.body.appendChild(document.createElement('div'));
    act(() =>
      render(
        <TurnText text={paragraphs.join('\n')} turnIndex={0} marks={[]} slices={slices} nearObserver={io.Observer} />,
        host!,
      ),
    );
    expect(io.watched()).toBe(0);
    render(null, host);
    host.remove();
    showTurn(paragraphs.join('\n'), { source, tone: 'marks' }, slices, io.Observer);
    expect(io.watched()).toBe(40);
    const ps = () => [...host!.querySelectorAll('p')];
    const readyAt = () => ps().flatMap((p, i) => (p.hasAttribute('data-ruby-ready') ? [i] : []));
    expect(ps()).toHaveLength(40);
    expect(host!.querySelectorAll('.br-ruby-chunk')).toHaveLength(0);
    // The render itself reads nothing and shows plain text; far paragraphs never ask.
    while (clock.next());
    expect(readyAt()).toEqual([]);
    expect(meter.segmenterChars).toBe(0);
    io.near((_, i) => i >= 10 && i < 20);
    const perSlice: number[] = [];
    let before = 0;
    while (clock.next()) {
      perSlice.push(readyAt().length - before);
      before = readyAt().length;
    }
    expect(readyAt()).toEqual(Array.from({ length: 10 }, (_, i) => 10 + i));
    // 1,500 characters a slice: three paragraphs of 400.
    expect(Math.max(...perSlice)).toBe(3);
    expect(perSlice.length).toBe(4);
    expect(meter.segmenterChars).toBeLessThanOrEqual(10 * 400);
    ps().forEach((p, i) => expect(p.textContent).toBe(paragraphs[i]));
    expect(ps()[12]!.querySelectorAll('.br-ruby').length).toBeGreaterThan(50);
    // Scrolled on: those left behind go plain again, the new ones gain it.
    io.near((_, i) => i >= 30);
    while (clock.next());
    expect(readyAt()).toEqual(Array.from({ length: 10 }, (_, i) => 30 + i));
    expect(slices.pending).toBe(0);
  });
});
