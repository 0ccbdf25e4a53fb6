import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockActions, mount, pressStatus } from './helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const switchOf = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLLabelElement>('label.pp-always')].map((l) => ({
    text: l.textContent,
    checked: l.querySelector('input')!.checked,
    input: l.querySelector('input')!,
  }))[0];

describe('"open by itself on this site" switch', () => {
  it('is absent when the host offers no such action', () => {
    const m = mount({ quotes: [] });
    cleanup = m.unmount;
    expect(switchOf(m.container)).toBeUndefined();
  });

  it.each([
    [true, false],
    [false, true],
  ])('shows the site and its state (%s) and asks to turn it %s', (state, next) => {
    const actions = { ...mockActions(), onAlwaysOn: vi.fn() };
    const m = mount({ quotes: [], actions, alwaysOn: state, status: pressStatus({ host: 'www.example.gov.tw' }) });
    cleanup = m.unmount;
    const sw = switchOf(m.container)!;
    expect(sw.text).toBe('Open the reader by itself on www.example.gov.tw');
    expect(sw.checked).toBe(state);
    act(() => {
      sw.input.checked = next;
      sw.input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(actions.onAlwaysOn).toHaveBeenCalledWith(next);
  });
});
