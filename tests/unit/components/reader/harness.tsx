// Mounts a ReaderView into a happy-dom container with spy actions, and small helpers to drive it.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { RubyWorkContext, type RubyWork } from '../../../../components/reader/near';
import { ReaderView } from '../../../../components/reader/ReaderView';
import type { ReaderViewProps } from '../../../../components/reader/ReaderView';
import { en } from '../../../../components/reader/strings';
import type { Transcript } from '../../../../lib/transcript/types';

/** Ruby at once and everywhere: these tests read what ruby shows; slicing and nearness have their own
 *  (ruby-long.test.tsx, slices.test.ts). */
export const immediateRuby: RubyWork = {
  queue: {
    add(job) {
      job();
      return () => {};
    },
    pending: 0,
  },
  watch: null,
};

export function mount(transcript: Transcript, overrides: Partial<ReaderViewProps> = {}) {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const actions = {
    onScript: vi.fn(),
    onPinyin: vi.fn(),
    onFigures: vi.fn(),
    onClose: vi.fn(),
    onSaveQuote: vi.fn(),
    onSection: vi.fn(),
    onRuby: vi.fn(),
  };
  const props: ReaderViewProps = {
    transcript,
    host: 'big5.eastday.com',
    strings: en,
    actions,
    settings: { variant: 'original', pinyin: false, pageLang: 'zh-Hant' },
    ...overrides,
  };
  const view = (p: ReaderViewProps) => (
    <RubyWorkContext.Provider value={immediateRuby}>
      <ReaderView {...p} />
    </RubyWorkContext.Provider>
  );
  const rerender = (next: Partial<ReaderViewProps>) => act(() => render(view({ ...props, ...next }), container));
  act(() => render(view(props), container));
  const $ = <E extends Element = HTMLElement>(sel: string) => container.querySelector<E>(sel);
  const $$ = <E extends Element = HTMLElement>(sel: string) => [...container.querySelectorAll<E>(sel)];
  return {
    container,
    actions,
    $,
    $$,
    rerender,
    unmount: () => {
      act(() => render(null, container));
      container.remove();
    },
  };
}

export function press(key: string, target: EventTarget = document, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init });
  act(() => {
    target.dispatchEvent(event);
  });
  return event;
}

export function click(el: Element | null) {
  if (!el) throw new Error('nothing to click');
  act(() => (el as HTMLElement).click());
}

export function typeInto(input: HTMLInputElement | null, value: string) {
  if (!input) throw new Error('no input');
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function choose(select: HTMLSelectElement | null, value: string) {
  if (!select) throw new Error('no select');
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
