import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QuoteFormat } from '../../../../lib/quotes/format';
import { getConverter } from '../../../../lib/script/converters';
import type { CopyScript } from '../../../../components/popup/types';
import { buttonByLabel, buttonByText, changeValue, checkboxOf, click, mount, quoteIds, setChecked } from './helpers';
import { sampleQuotes } from './sample-quotes';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  vi.useRealTimers();
});

function groupHeads(root: ParentNode) {
  return [...root.querySelectorAll('.pp-group')].map((g) => ({
    title: g.querySelector('.pp-group-title')?.textContent,
    meta: g.querySelector('.pp-group-meta')?.textContent,
    ids: quoteIds(g),
  }));
}

describe('grouping and order', () => {
  it('groups by conference, newest group and newest quote first', () => {
    const m = mount({ quotes: sampleQuotes() });
    cleanup = m.unmount;
    expect(groupHeads(m.container)).toEqual([
      {
        // The heading names the conference; its date is in the line below, not repeated from the page title.
        title: '市政府新聞發佈會',
        meta: '12 June 2018 · big5.eastday.com:82 · 2 quotes',
        ids: ['seed-2', 'seed-1'],
      },
      { title: 'Untitled page', meta: '13 December 2016 · news.china.com · 1 quote', ids: ['mfa-1'] },
      {
        title: '行政長官於行政會議前會見傳媒談話全文(只有中文)(附短片)',
        meta: 'www.info.gov.hk · 1 quote',
        ids: ['hk-1'],
      },
    ]);
    expect(m.container.querySelector('.pp-count')?.textContent).toBe('4 quotes');
  });

  it.each([
    ['en', '12 June 2018'],
    ['zh-Hans', '2018年6月12日'],
    ['zh-Hant', '2018年6月12日'],
  ] as const)('conference date in %s', (lang, date) => {
    const m = mount({ quotes: sampleQuotes(), lang });
    cleanup = m.unmount;
    expect(m.container.querySelector('.pp-group-meta')?.textContent?.startsWith(date)).toBe(true);
  });

  it('shows speaker (role) · outlet, the question, and a link to the passage', () => {
    const quotes = sampleQuotes();
    const m = mount({ quotes });
    cleanup = m.unmount;
    const li = m.container.querySelector('.pp-quote[data-id="seed-1"]')!;
    expect(li.querySelector('.pp-quote-who')?.textContent).toBe('張英（市經信委總工程師） · 上海日報');
    expect(li.querySelector('.pp-quote-question')?.textContent).toBe(
      'Q: 有一個問題想問張總工程師,閔行區作為一個老工業基地,科技成果轉移轉化示範區推進過…',
    );
    const link = li.querySelector<HTMLAnchorElement>('a.pp-link')!;
    expect(link.getAttribute('href')).toBe(quotes.find((q) => q.id === 'seed-1')?.fragmentUrl);
    expect(link.getAttribute('href')).toContain('#:~:text=');
    expect(link.rel).toContain('noopener');
  });

  it('passes link clicks to onOpenLink when given', async () => {
    const onOpenLink = vi.fn();
    const quotes = sampleQuotes();
    const m = mount({ quotes });
    cleanup = m.unmount;
    m.rerender({ actions: { ...m.actions, onOpenLink } });
    await click(m.container.querySelector<HTMLAnchorElement>('.pp-quote[data-id="mfa-1"] a.pp-link')!);
    expect(onOpenLink).toHaveBeenCalledWith(quotes.find((q) => q.id === 'mfa-1')?.fragmentUrl);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'not a url'])('never links to %s', (bad) => {
    const [q] = sampleQuotes();
    const m = mount({ quotes: [{ ...q!, url: bad, fragmentUrl: bad }] });
    cleanup = m.unmount;
    expect(m.container.querySelector('a')).toBeNull();
  });
});

describe('search', () => {
  it.each([
    ['張英', ['seed-2', 'seed-1']],
    ['墨西哥', ['mfa-1']],
    ['上海日報 載體', ['seed-2']],
    ['info.gov.hk', ['hk-1']],
    ['梁振英', ['hk-1']],
    ['  ', ['seed-2', 'seed-1', 'mfa-1', 'hk-1']],
  ])('"%s"', async (query, ids) => {
    const m = mount({ quotes: sampleQuotes() });
    cleanup = m.unmount;
    await changeValue(m.container.querySelector<HTMLInputElement>('.pp-search')!, query, 'input');
    expect(quoteIds(m.container)).toEqual(ids);
  });

  it('says so when nothing matches', async () => {
    const m = mount({ quotes: sampleQuotes() });
    cleanup = m.unmount;
    await changeValue(m.container.querySelector<HTMLInputElement>('.pp-search')!, '特朗普', 'input');
    expect(quoteIds(m.container)).toEqual([]);
    expect(m.container.querySelector('.pp-no-match')?.textContent).toBe('No saved quote matches “特朗普”.');
  });

  it('matches across scripts through the normaliser', async () => {
    const toHans = getConverter('t', 'cn');
    const m = mount({ quotes: sampleQuotes(), normalise: toHans });
    cleanup = m.unmount;
    // 张英 and 载体 in Simplified find the Traditional 張英 … 載體 quote.
    await changeValue(m.container.querySelector<HTMLInputElement>('.pp-search')!, '张英 载体', 'input');
    expect(quoteIds(m.container)).toEqual(['seed-2']);
  });
});

describe('selection and copy', () => {
  it.each<[QuoteFormat, string, CopyScript, boolean]>([
    ['plain', 'Plain text', 'shown', false],
    ['markdown', 'Markdown', 'hans', false],
    ['citation', 'Citation', 'hant', true],
  ])('copies the selection as %s', async (format, label, script, pinyin) => {
    const m = mount({ quotes: sampleQuotes() });
    cleanup = m.unmount;
    expect(m.container.querySelector('.pp-copybar')).toBeNull();
    await setChecked(checkboxOf(m.container, 'hk-1'), true);
    await setChecked(checkboxOf(m.container, 'seed-1'), true);
    expect(m.container.querySelector('.pp-copybar-count')?.textContent).toBe('2 selected');
    await changeValue(m.container.querySelector<HTMLSelectElement>('.pp-copybar select')!, script);
    await setChecked(m.container.querySelector<HTMLInputElement>('.pp-copybar input[type=checkbox]')!, pinyin);
    await click(buttonByText(m.container, label));
    // Ids in the order shown, not the order ticked.
    expect(m.actions.onCopy).toHaveBeenCalledWith(['seed-1', 'hk-1'], format, { script, pinyin });
    expect(m.container.querySelector('.pp-notice')?.textContent).toBe('Copied 2 quotes.');
  });

  it.each([
    ['original', 'shown'],
    ['hans', 'hans'],
    ['tw', 'hant'],
    ['hk', 'hant'],
  ] as const)('default copy script for default variant %s is %s', async (defaultVariant, script) => {
    const m = mount({ quotes: sampleQuotes() });
    cleanup = m.unmount;
    m.unmount();
    const n = mount({
      quotes: sampleQuotes(),
      settings: { ...(await import('../../../../lib/settings')).DEFAULT_SETTINGS, defaultVariant },
    });
    cleanup = n.unmount;
    await setChecked(checkboxOf(n.container, 'mfa-1'), true);
    expect(n.container.querySelector<HTMLSelectElement>('.pp-copybar select')?.value).toBe(script);
  });

  it('select all applies to the quotes shown by the search', async () => {
    const m = mount({ quotes: sampleQuotes() });
    cleanup = m.unmount;
    await changeValue(m.container.querySelector<HTMLInputElement>('.pp-search')!, '張英', 'input');
    await setChecked(m.container.querySelector<HTMLInputElement>('.pp-select-all')!, true);
    await changeValue(m.container.querySelector<HTMLInputElement>('.pp-search')!, '', 'input');
    const checked = [...m.container.querySelectorAll<HTMLInputElement>('.pp-quote-check')]
      .filter((b) => b.checked)
      .map((b) => b.closest<HTMLElement>('.pp-quote')?.dataset.id);
    expect(checked).toEqual(['seed-2', 'seed-1']);
    expect(m.container.querySelector<HTMLInputElement>('.pp-select-all')?.indeterminate).toBe(true);
    await click(buttonByText(m.container, 'Clear selection'));
    expect(m.container.querySelector('.pp-copybar')).toBeNull();
  });

  it('drops quotes deleted elsewhere from the selection', async () => {
    const quotes = sampleQuotes();
    const m = mount({ quotes });
    cleanup = m.unmount;
    await setChecked(checkboxOf(m.container, 'seed-1'), true);
    await setChecked(checkboxOf(m.container, 'mfa-1'), true);
    m.rerender({ quotes: quotes.filter((q) => q.id !== 'mfa-1') });
    expect(m.container.querySelector('.pp-copybar-count')?.textContent).toBe('1 selected');
    await click(buttonByText(m.container, 'Markdown'));
    expect(m.actions.onCopy).toHaveBeenCalledWith(['seed-1'], 'markdown', { script: 'shown', pinyin: false });
  });

  it('reports a failed copy', async () => {
    const m = mount({ quotes: sampleQuotes() });
    cleanup = m.unmount;
    m.actions.onCopy.mockRejectedValueOnce(new Error('Clipboard access was denied.'));
    await setChecked(checkboxOf(m.container, 'seed-1'), true);
    await click(buttonByText(m.container, 'Citation'));
    expect(m.container.querySelector('.pp-notice-error')?.textContent).toBe(
      'Could not copy: Clipboard access was denied.',
    );
  });
});

describe('delete and undo', () => {
  beforeEach(() => vi.useFakeTimers());

  it('deletes one quote and offers Undo for 8 seconds', async () => {
    const m = mount({ quotes: sampleQuotes() });
    cleanup = m.unmount;
    await click(buttonByLabel(m.container.querySelector('.pp-quote[data-id="mfa-1"]')!, 'Delete this quote'));
    expect(m.actions.onDelete).toHaveBeenCalledWith(['mfa-1']);
    expect(m.container.querySelector('.pp-toast')?.textContent).toBe('Quote deleted.Undo');
    await vi.advanceTimersByTimeAsync(7900);
    expect(m.container.querySelector('.pp-toast')).not.toBeNull();
    await vi.advanceTimersByTimeAsync(200);
    expect(m.container.querySelector('.pp-toast')).toBeNull();
    expect(m.actions.onUndo).not.toHaveBeenCalled();
  });

  it('undo restores and closes the toast', async () => {
    const m = mount({ quotes: sampleQuotes() });
    cleanup = m.unmount;
    await setChecked(checkboxOf(m.container, 'seed-2'), true);
    await setChecked(checkboxOf(m.container, 'hk-1'), true);
    await click(buttonByText(m.container.querySelector('.pp-copybar')!, 'Delete'));
    expect(m.actions.onDelete).toHaveBeenCalledWith(['seed-2', 'hk-1']);
    expect(m.container.querySelector('.pp-toast span')?.textContent).toBe('2 quotes deleted.');
    expect(m.container.querySelector('.pp-copybar')).toBeNull();
    await click(buttonByText(m.container, 'Undo'));
    expect(m.actions.onUndo).toHaveBeenCalledTimes(1);
    expect(m.container.querySelector('.pp-toast')).toBeNull();
    expect(m.container.querySelector('.pp-notice')?.textContent).toBe('Restored.');
  });

  it('keeps the toast while the pointer is on it', async () => {
    const m = mount({ quotes: sampleQuotes() });
    cleanup = m.unmount;
    await click(buttonByLabel(m.container.querySelector('.pp-quote[data-id="hk-1"]')!, 'Delete this quote'));
    await vi.advanceTimersByTimeAsync(5000);
    const toast = m.container.querySelector('.pp-toast')!;
    toast.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    toast.dispatchEvent(new MouseEvent('mouseenter'));
    await vi.advanceTimersByTimeAsync(20000);
    expect(m.container.querySelector('.pp-toast')).not.toBeNull();
    toast.dispatchEvent(new MouseEvent('mouseleave'));
    await vi.advanceTimersByTimeAsync(2900);
    expect(m.container.querySelector('.pp-toast')).not.toBeNull();
    await vi.advanceTimersByTimeAsync(200);
    expect(m.container.querySelector('.pp-toast')).toBeNull();
  });

  it('a failed delete shows the error and offers no undo', async () => {
    const m = mount({ quotes: sampleQuotes() });
    cleanup = m.unmount;
    m.actions.onDelete.mockRejectedValueOnce(new Error('Browser storage is full.'));
    await click(buttonByLabel(m.container.querySelector('.pp-quote[data-id="hk-1"]')!, 'Delete this quote'));
    expect(m.container.querySelector('.pp-toast')).toBeNull();
    expect(m.container.querySelector('.pp-notice-error')?.textContent).toBe(
      'Something went wrong: Browser storage is full.',
    );
  });
});

describe('clear all', () => {
  it.each([
    ['Cancel', (root: HTMLElement) => click(buttonByText(root, 'Cancel'))],
    [
      'Escape',
      async (root: HTMLElement) => {
        const { act } = await import('preact/test-utils');
        await act(async () => {
          root
            .querySelector('.pp-confirm button')!
            .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        });
      },
    ],
  ])('asks first; %s keeps everything', async (_name, dismiss) => {
    const m = mount({ quotes: sampleQuotes() });
    cleanup = m.unmount;
    await click(buttonByText(m.container, 'Clear all'));
    const dialog = m.container.querySelector('[role=alertdialog]')!;
    expect(dialog.textContent).toContain('Delete all 4 saved quotes?');
    expect(document.activeElement?.textContent).toBe('Cancel');
    await dismiss(m.container);
    expect(m.container.querySelector('[role=alertdialog]')).toBeNull();
    expect(m.actions.onClear).not.toHaveBeenCalled();
  });

  it('confirmed, it clears and offers Undo', async () => {
    const m = mount({ quotes: sampleQuotes() });
    cleanup = m.unmount;
    await click(buttonByText(m.container, 'Clear all'));
    await click(buttonByText(m.container, 'Delete all'));
    expect(m.actions.onClear).toHaveBeenCalledTimes(1);
    expect(m.container.querySelector('.pp-toast span')?.textContent).toBe('4 quotes deleted.');
  });

  it('is not offered when there is nothing to clear', () => {
    const m = mount({ quotes: [] });
    cleanup = m.unmount;
    expect([...m.container.querySelectorAll('button')].some((b) => b.textContent === 'Clear all')).toBe(false);
  });
});

describe('export and empty state', () => {
  it.each([
    ['Export JSON', 'json'],
    ['Export Markdown', 'markdown'],
  ] as const)('%s', async (label, kind) => {
    const m = mount({ quotes: sampleQuotes() });
    cleanup = m.unmount;
    await click(buttonByLabel(m.container, label));
    expect(m.actions.onExport).toHaveBeenCalledWith(kind);
  });

  it('explains how to save, with the shortcut the browser reports', () => {
    const m = mount({ quotes: [], saveShortcut: 'Ctrl+Shift+Q' });
    cleanup = m.unmount;
    const empty = m.container.querySelector('.pp-empty')!;
    expect(empty.textContent).toContain('No saved quotes yet');
    expect(empty.textContent).toContain('Save quote to Briefing Reader');
    expect(empty.textContent).toContain('or press Ctrl+Shift+Q.');
    expect(m.container.querySelector('.pp-search')).toBeNull();
    expect(buttonByLabel(m.container, 'Export JSON').disabled).toBe(true);
  });

  it('mentions stored entries that could not be read', () => {
    const m = mount({ quotes: sampleQuotes(), damaged: 2 });
    cleanup = m.unmount;
    expect(m.container.querySelector('.pp-warning')?.textContent).toBe(
      '2 stored quotes could not be read. They are kept, but not shown.',
    );
  });
});
