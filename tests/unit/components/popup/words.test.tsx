// The popup's word list: shown only where the host can export and remove words, newest first, saved page text as
// text, and its buttons calling the host's actions.
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSavedWord, type WordInput } from '../../../../lib/words/model';
import { mockActions, mount } from './helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const input = (word: string, sentence: string): WordInput => ({
  word,
  reading: 'cháng sān jiǎo',
  other: null,
  official: null,
  glosses: ['Yangtze River Delta'],
  sentence,
  speaker: '張全',
  role: '市科委主任',
  conferenceTitle: '2018年6月12日市政府新聞發佈會問答實錄',
  conferenceDate: '2018-06-12',
  url: 'http://big5.eastday.com/gate/big5/shio.eastday.com/sh/xwb/n790/n792/n1038/n1054/u1ai17604.html',
});
const now = new Date('2026-12-03T12:00:00Z');
const words = [
  createSavedWord(input('長三角', '成為長三角産業一體化協同創新的重要節點。'), now, 'a'),
  createSavedWord(input('閔行', '<img src=x onerror=alert(1)>閔行區作為一個老工業基地'), now, 'b'),
];

describe('word list in the popup', () => {
  it('is not shown without the host’s word actions', () => {
    const m = mount({ quotes: [], words });
    cleanup = m.unmount;
    expect(m.container.querySelector('.pp-words')).toBeNull();
  });

  it('lists the words newest first, page text as text, and calls export and remove', () => {
    const actions = { ...mockActions(), onExportWords: vi.fn(), onRemoveWord: vi.fn() };
    const m = mount({ quotes: [], words, actions });
    cleanup = m.unmount;
    const items = [...m.container.querySelectorAll<HTMLElement>('li.pp-word')];
    expect(items.map((li) => li.dataset.word)).toEqual(['閔行', '長三角']);
    expect(m.container.querySelector('.pp-words img')).toBeNull();
    expect(items[0]!.querySelector('.pp-word-sentence')?.textContent).toContain('<img src=x');
    expect(m.container.querySelector('.pp-words .pp-count')?.textContent).toBe('2 words');
    act(() =>
      m.container.querySelector<HTMLButtonElement>('[aria-label="Export the word list as CSV for Anki"]')!.click(),
    );
    act(() => m.container.querySelector<HTMLButtonElement>('[aria-label="Export the word list as Markdown"]')!.click());
    act(() => m.container.querySelector<HTMLButtonElement>('[aria-label="Remove 長三角 from the word list"]')!.click());
    expect(actions.onExportWords.mock.calls).toEqual([['anki'], ['markdown']]);
    expect(actions.onRemoveWord).toHaveBeenCalledWith('a');
  });

  it('says how to add words while the list is empty', () => {
    const actions = { ...mockActions(), onExportWords: vi.fn(), onRemoveWord: vi.fn() };
    const m = mount({ quotes: [], words: [], actions });
    cleanup = m.unmount;
    expect(m.container.querySelector('.pp-words-empty')?.textContent).toMatch(/press W/);
  });
});
