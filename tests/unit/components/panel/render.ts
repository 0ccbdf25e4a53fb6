// Mounting the panel in happy-dom, and reading back what a user would see.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { FiguresPanel, type FiguresPanelProps } from '../../../../components/panel/FiguresPanel';
import { en } from '../../../../components/panel/strings';
import type { FigureRow } from '../../../../platform/messaging';
import { fallbackFormatValue } from '../../export/seed-figures';

export function makeActions() {
  return {
    onReveal: vi.fn<(id: number) => void>(),
    onCopy: vi.fn<(text: string) => void | Promise<void>>(),
    onExport: vi.fn<(filename: string, mime: string, content: string) => void>(),
    onAnalyse: vi.fn<() => void>(),
  };
}

export type Actions = ReturnType<typeof makeActions>;

export interface Mounted {
  root: HTMLElement;
  actions: Actions;
  update(patch: Partial<FiguresPanelProps>): void;
  unmount(): void;
}

export function mount(patch: Partial<FiguresPanelProps> & Pick<FiguresPanelProps, 'list'>): Mounted {
  const root = document.createElement('div');
  document.body.appendChild(root);
  const actions = makeActions();
  let props: FiguresPanelProps = {
    strings: en,
    actions,
    formatValue: (fig: FigureRow) => fallbackFormatValue(fig),
    ...patch,
  };
  act(() => {
    render(h(FiguresPanel, props), root);
  });
  return {
    root,
    actions,
    update(next) {
      props = { ...props, ...next };
      act(() => {
        render(h(FiguresPanel, props), root);
      });
    },
    unmount() {
      act(() => {
        render(null, root);
      });
      root.remove();
    },
  };
}

/** The figures listed, as printed, in display order. */
export function shownFigures(root: HTMLElement): string[] {
  return [...root.querySelectorAll('.brp-fig-text')].map((e) => e.textContent ?? '');
}

export function figureButton(root: HTMLElement, text: string): HTMLElement {
  const el = [...root.querySelectorAll<HTMLElement>('.brp-fig-main')].find(
    (e) => e.querySelector('.brp-fig-text')?.textContent === text,
  );
  if (!el) throw new Error(`No figure ${text} shown`);
  return el;
}

export function chip(root: HTMLElement, kind: string): HTMLButtonElement {
  const el = root.querySelector<HTMLButtonElement>(`.brp-chip[data-kind="${kind}"]`);
  if (!el) throw new Error(`No chip ${kind}`);
  return el;
}

export function click(el: Element): void {
  act(() => {
    el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
}

export function key(el: Element, keyName: string): void {
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true, cancelable: true }));
  });
}

export function typeInto(el: HTMLInputElement, value: string): void {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function choose(el: HTMLSelectElement, value: string): void {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
