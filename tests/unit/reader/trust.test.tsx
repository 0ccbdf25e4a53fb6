// Trusted input only: the guard at our shadow root and on the window stops what a page script dispatches before
// any of the reader's listeners see it, and the document-level keys and the hover ask the same question. A DOM's
// dispatched events are never trusted (here as in the page), so the "user's" path is a predicate that accepts the
// events this test marks as the user's.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReaderView, type ReaderViewProps } from '../../../components/reader/ReaderView';
import { attachHover } from '../../../components/reader/hover-events';
import { en } from '../../../components/reader/strings';
import { GUARDED_EVENTS, guardTrustedInput, headedFor, trustOnly } from '../../../components/reader/trust';
import { transcriptFrom } from '../components/reader/sample';

const { transcript } = transcriptFrom('seed-shanghai-20180612-tc');
const users = new WeakSet<Event>();
/** The user's event: what the browser would mark trusted. */
function user<E extends Event>(event: E): E {
  users.add(event);
  return event;
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function mountInShadow(mode: ShadowRootMode = 'open') {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode });
  const box = document.createElement('div');
  shadow.append(box);
  cleanups.push(guardTrustedInput(shadow));
  cleanups.push(
    guardTrustedInput(
      window,
      headedFor(() => host),
    ),
  );
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
    getSelection: () => document.getSelection(),
  };
  act(() => render(<ReaderView {...props} />, box));
  cleanups.push(() => {
    act(() => render(null, box));
    host.remove();
  });
  const $ = <E extends Element = HTMLElement>(sel: string) => box.querySelector<E>(sel)!;
  const $$ = <E extends Element = HTMLElement>(sel: string) => [...box.querySelectorAll<E>(sel)];
  const selectFirstAnswer = () =>
    act(() => {
      const text = $('p[data-turn="1"][data-block="0"]').firstChild!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 6);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });
  return { host, shadow, actions, $, $$, selectFirstAnswer };
}

const click = (init: MouseEventInit = {}) =>
  new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ...init });
const key = (k: string) => new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, composed: true });

/** Everything a page script can do to the reader with a few lines, at once. */
function attack(m: ReturnType<typeof mountInShadow>) {
  const toolbar = m.$$<HTMLButtonElement>('.br-toolbar button');
  act(() => {
    for (const b of toolbar) b.click();
    m.$<HTMLButtonElement>('.br-segment').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    m.$<HTMLButtonElement>('.br-section-toggle').dispatchEvent(click());
    const select = m.$<HTMLSelectElement>('.br-select');
    select.value = select.options[1]?.value ?? '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    for (const k of ['s', 'j', 'e', 'c', '?', '/']) document.dispatchEvent(key(k));
    m.$('.br-content').dispatchEvent(key('s'));
  });
}

describe('the reader under a page that dispatches events', () => {
  it('changes nothing: no action, no section opened or closed, no key command, no filter', () => {
    cleanups.push(trustOnly());
    const m = mountInShadow();
    m.selectFirstAnswer();
    const expanded = m.$$('.br-section-toggle').map((b) => b.getAttribute('aria-expanded'));
    const status = m.$('.br-filter-status')?.textContent ?? null;
    attack(m);
    for (const a of Object.values(m.actions)) expect(a).not.toHaveBeenCalled();
    expect(m.$$('.br-section-toggle').map((b) => b.getAttribute('aria-expanded'))).toEqual(expanded);
    expect(m.$('.br-help')).toBeNull();
    // The forged `change` set the select's value itself, as a page can; the reader did not filter by it.
    expect(m.$('.br-filter-status')?.textContent ?? null).toBe(status);
  });

  it('acts on the same gestures when they are the user’s', () => {
    cleanups.push(trustOnly((e) => users.has(e)));
    const m = mountInShadow();
    m.selectFirstAnswer();
    act(() => {
      m.$('.br-content').dispatchEvent(user(key('s')));
    });
    expect(m.actions.onSaveQuote).toHaveBeenCalledWith({ text: '首先非常感謝', turnIndex: 1, block: 0 });
    const toggle = m.$<HTMLButtonElement>('.br-section-toggle');
    const was = toggle.getAttribute('aria-expanded');
    act(() => {
      toggle.dispatchEvent(user(click()));
    });
    expect(toggle.getAttribute('aria-expanded')).not.toBe(was);
    const close = m.$$<HTMLButtonElement>('.br-toolbar .br-button--primary')[0]!;
    act(() => {
      close.dispatchEvent(user(click()));
    });
    expect(m.actions.onClose).toHaveBeenCalledTimes(1);
    act(() => {
      document.dispatchEvent(user(key('?')));
    });
    expect(m.$('.br-help')).not.toBeNull();
  });

  it('stops a forged event in a closed root at the window, and leaves the page’s own events alone', () => {
    cleanups.push(trustOnly());
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'closed' });
    const button = document.createElement('button');
    const ours = vi.fn();
    button.addEventListener('click', ours);
    shadow.append(button);
    const pageButton = document.createElement('button');
    const page = vi.fn();
    pageButton.addEventListener('click', page);
    document.body.append(host, pageButton);
    cleanups.push(() => (host.remove(), pageButton.remove()));
    cleanups.push(
      guardTrustedInput(
        window,
        headedFor(() => host),
      ),
    );
    button.click();
    host.dispatchEvent(click());
    pageButton.click();
    expect(ours).not.toHaveBeenCalled();
    expect(page).toHaveBeenCalledTimes(1);
    const cancelled = click();
    button.dispatchEvent(cancelled);
    expect(cancelled.defaultPrevented).toBe(true);
  });

  it('guards every kind of input a page could forge, and removes itself', () => {
    cleanups.push(trustOnly());
    const root = document.createElement('div');
    const inner = document.createElement('span');
    root.append(inner);
    const seen = vi.fn();
    for (const type of GUARDED_EVENTS) inner.addEventListener(type, seen);
    const unguard = guardTrustedInput(root);
    for (const type of GUARDED_EVENTS) inner.dispatchEvent(new Event(type, { bubbles: true }));
    expect(seen).not.toHaveBeenCalled();
    unguard();
    inner.dispatchEvent(new Event('click', { bubbles: true }));
    expect(seen).toHaveBeenCalledTimes(1);
    expect(GUARDED_EVENTS).toEqual(expect.arrayContaining(['click', 'keydown', 'input', 'change', 'submit', 'paste']));
  });
});

describe('the pinyin hover under forged pointer and key events', () => {
  function hover() {
    const root = document.createElement('div');
    document.body.append(root);
    const h = {
      update: vi.fn(),
      hide: vi.fn(),
      scrolled: vi.fn(),
      leave: vi.fn(),
      dismiss: vi.fn(),
      modifier: () => 'Alt' as const,
      usedModifier: () => false,
    };
    const off = attachHover(root, document, h);
    cleanups.push(() => (off(), root.remove()));
    return { root, h };
  }
  const move = () => new PointerEvent('pointermove', { bubbles: true, clientX: 5, clientY: 5 });

  it('shows nothing for the page’s events', () => {
    cleanups.push(trustOnly());
    const { root, h } = hover();
    root.dispatchEvent(move());
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Alt', bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(h.update).not.toHaveBeenCalled();
    expect(h.dismiss).not.toHaveBeenCalled();
  });

  it('follows the user’s pointer and keys', () => {
    cleanups.push(trustOnly((e) => users.has(e)));
    const { root, h } = hover();
    root.dispatchEvent(user(move()));
    expect(h.update).toHaveBeenCalledTimes(1);
    document.dispatchEvent(user(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(h.dismiss).toHaveBeenCalledTimes(1);
  });
});
