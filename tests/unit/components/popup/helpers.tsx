import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import type { ImportResult, PageStatus } from '../../../../platform/messaging';
import type { Quote } from '../../../../lib/quotes/model';
import { DEFAULT_SETTINGS } from '../../../../lib/settings';
import { Popup, type PopupProps } from '../../../../components/popup/Popup';
import { en } from '../../../../components/popup/strings';
import type { PopupActions } from '../../../../components/popup/types';

export function pressStatus(over: Partial<PageStatus> = {}): PageStatus {
  return {
    url: 'http://big5.eastday.com:82/gate/big5/shio.eastday.com/sh/xwb/n790/n792/n1038/n1054/u1ai17604.html',
    host: 'big5.eastday.com',
    press: true,
    score: 0.97,
    reasons: ['title: 問答實錄'],
    title: '2018年6月12日市政府新聞發佈會問答實錄',
    date: '2018-06-12',
    questions: 7,
    readerOpen: false,
    variant: 'original',
    script: 'hant',
    pinyin: false,
    ...over,
  };
}

export function mockActions(importResult?: ImportResult) {
  return {
    onToggleReader: vi.fn(),
    onVariant: vi.fn(),
    onPinyin: vi.fn(),
    onFigures: vi.fn(),
    onAnalyse: vi.fn(),
    onCopy: vi.fn(),
    onDelete: vi.fn(),
    onUndo: vi.fn(),
    onClear: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(async () => importResult ?? { added: 0, duplicates: 0, rejected: [] }),
    onOpenSettings: vi.fn(),
  } satisfies PopupActions;
}

export type MockActions = ReturnType<typeof mockActions>;

export function mount(props: Partial<PopupProps> & { quotes: Quote[] }) {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const actions = (props.actions as MockActions | undefined) ?? mockActions();
  const full: PopupProps = {
    status: pressStatus(),
    strings: en,
    settings: DEFAULT_SETTINGS,
    ...props,
    actions,
  };
  act(() => render(<Popup {...full} />, container));
  return {
    container,
    actions,
    rerender(next: Partial<PopupProps>) {
      act(() => render(<Popup {...full} {...next} />, container));
    },
    unmount() {
      act(() => render(null, container));
      container.remove();
    },
  };
}

export function buttonByText(root: ParentNode, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

export function buttonByLabel(root: ParentNode, label: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === label);
  if (!found) throw new Error(`no button labelled "${label}"`);
  return found;
}

/** Lets chains of awaited actions (and the state updates after them) settle. */
async function settle() {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

/** Clicks and lets the action's promise settle. */
export async function click(el: HTMLElement) {
  await act(async () => {
    el.click();
    await settle();
  });
}

export async function changeValue(el: HTMLInputElement | HTMLSelectElement, value: string, event = 'change') {
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event(event, { bubbles: true }));
    await settle();
  });
}

export async function setChecked(el: HTMLInputElement, checked: boolean) {
  await act(async () => {
    if (el.checked !== checked) el.click();
    await settle();
  });
}

export function quoteIds(root: ParentNode): string[] {
  return [...root.querySelectorAll<HTMLElement>('.pp-quote')].map((li) => li.dataset.id ?? '');
}

export function checkboxOf(root: ParentNode, id: string): HTMLInputElement {
  const box = root.querySelector<HTMLInputElement>(`.pp-quote[data-id="${id}"] .pp-quote-check`);
  if (!box) throw new Error(`no quote ${id}`);
  return box;
}
