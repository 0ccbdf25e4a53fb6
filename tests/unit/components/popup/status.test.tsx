import { afterEach, describe, expect, it } from 'vitest';
import type { PopupPageStatus } from '../../../../components/popup/types';
import { buttonByText, click, mount, pressStatus } from './helpers';
import { sampleQuotes } from './sample-quotes';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('page status', () => {
  it.each<[string, PopupPageStatus, string, string[]]>([
    ['nothing known', null, 'Not analysed yet', ['Analyse this page']],
    ['browser page', 'unavailable', 'The reader cannot run on this page', []],
    ['not a transcript', pressStatus({ press: false, questions: 0 }), 'Not a transcript', ['Open reader anyway']],
    [
      'transcript, reader closed',
      pressStatus(),
      'Transcript recognised · 7 questions',
      ['Open reader', 'Figures panel'],
    ],
    [
      'transcript, reader open',
      pressStatus({ readerOpen: true }),
      'Transcript recognised · 7 questions',
      ['Close reader', 'Figures panel'],
    ],
    [
      'one question',
      pressStatus({ questions: 1 }),
      'Transcript recognised · 1 question',
      ['Open reader', 'Figures panel'],
    ],
  ])('%s', (_name, status, line, buttons) => {
    const m = mount({ status, quotes: sampleQuotes() });
    cleanup = m.unmount;
    const section = m.container.querySelector('.pp-status')!;
    expect(section.querySelector('.pp-status-line')?.textContent).toBe(line);
    expect([...section.querySelectorAll('button')].map((b) => b.textContent)).toEqual(buttons);
    expect(section.querySelectorAll('input[type=radio]').length).toBe(
      status && status !== 'unavailable' && status.press ? 4 : 0,
    );
  });

  it.each([
    ['Analyse this page', null, 'onAnalyse'],
    ['Open reader anyway', pressStatus({ press: false }), 'onToggleReader'],
    ['Open reader', pressStatus(), 'onToggleReader'],
    ['Close reader', pressStatus({ readerOpen: true }), 'onToggleReader'],
    ['Figures panel', pressStatus(), 'onFigures'],
  ] as const)('%s calls %s', async (label, status, action) => {
    const m = mount({ status, quotes: [] });
    cleanup = m.unmount;
    await click(buttonByText(m.container, label));
    expect(m.actions[action]).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['hans', '简体'],
    ['tw', '繁體 (台灣)'],
    ['hk', '繁體 (香港)'],
  ] as const)('script switch to %s', async (variant, label) => {
    const m = mount({ status: pressStatus({ variant: 'original' }), quotes: [] });
    cleanup = m.unmount;
    const radios = [...m.container.querySelectorAll<HTMLInputElement>('input[name=pp-variant]')];
    expect(radios.find((r) => r.checked)?.value).toBe('original');
    const radio = radios.find((r) => r.value === variant)!;
    expect(radio.closest('label')?.textContent).toBe(label);
    await click(radio);
    expect(m.actions.onVariant).toHaveBeenCalledWith(variant);
  });

  it.each([true, false])('pinyin switch from %s', async (on) => {
    const m = mount({ status: pressStatus({ pinyin: on }), quotes: [] });
    cleanup = m.unmount;
    const sw = m.container.querySelector<HTMLInputElement>('input[role=switch]')!;
    expect(sw.checked).toBe(on);
    await click(sw);
    expect(m.actions.onPinyin).toHaveBeenCalledWith(!on);
  });

  it('shows a failing action as a message', async () => {
    const m = mount({ status: null, quotes: [] });
    cleanup = m.unmount;
    m.actions.onAnalyse.mockRejectedValueOnce(new Error('No tab is active.'));
    await click(buttonByText(m.container, 'Analyse this page'));
    expect(m.container.querySelector('.pp-notice-error')?.textContent).toBe('Something went wrong: No tab is active.');
  });
});
