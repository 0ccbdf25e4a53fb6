import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../../platform/messaging';
import { buttonByText, click, mockActions, mount } from './helpers';
import { sampleQuotes } from './sample-quotes';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function chooseFile(root: HTMLElement, content: string) {
  const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
  const file = new File([content], 'quotes.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
  });
}

const EXPORT = JSON.stringify({ format: 'briefing-reader-quotes', version: 1, quotes: sampleQuotes() });

describe('import', () => {
  it.each<[string, ImportResult, string, string[], boolean]>([
    [
      'all added',
      { added: 4, duplicates: 0, rejected: [] },
      'Import finished: 4 added, 0 already saved, 0 rejected.',
      [],
      false,
    ],
    [
      'half valid',
      {
        added: 1,
        duplicates: 2,
        rejected: [
          { index: 3, reason: 'The quote has no text.' },
          { index: 6, reason: 'url: not a web address.' },
        ],
      },
      'Import finished: 1 added, 2 already saved, 2 rejected.',
      ['Entry 4: The quote has no text.', 'Entry 7: url: not a web address.'],
      false,
    ],
    [
      'not ours',
      { added: 0, duplicates: 0, rejected: [], error: 'This file is not a Briefing Reader quote export.' },
      'Import failed: This file is not a Briefing Reader quote export.',
      [],
      true,
    ],
  ])('%s', async (_name, result, line, rejected, failed) => {
    const actions = mockActions(result);
    const m = mount({ quotes: sampleQuotes(), actions });
    cleanup = m.unmount;
    await chooseFile(m.container, EXPORT);
    expect(actions.onImport).toHaveBeenCalledWith(EXPORT);
    const report = m.container.querySelector('.pp-report')!;
    expect(report.querySelector('.pp-report-line')?.textContent).toBe(line);
    expect([...report.querySelectorAll('li')].map((li) => li.textContent)).toEqual(rejected);
    expect(report.getAttribute('role')).toBe(failed ? 'alert' : 'status');
    expect(report.textContent?.includes('Your saved quotes were not changed.')).toBe(failed);
    // The list the entrypoint passed in is shown unchanged: nothing is removed by an import.
    expect(m.container.querySelectorAll('.pp-quote').length).toBe(4);
    await click(buttonByText(report as HTMLElement, 'Dismiss'));
    expect(m.container.querySelector('.pp-report')).toBeNull();
  });

  it('shows an import that throws as a failure', async () => {
    const actions = mockActions();
    actions.onImport.mockRejectedValueOnce(new Error('Browser storage is full.'));
    const m = mount({ quotes: [], actions });
    cleanup = m.unmount;
    await chooseFile(m.container, '{}');
    expect(m.container.querySelector('.pp-notice-error')?.textContent).toBe('Import failed: Browser storage is full.');
  });

  it('lets the same file be chosen again', async () => {
    const m = mount({ quotes: [] });
    cleanup = m.unmount;
    await chooseFile(m.container, EXPORT);
    expect(m.container.querySelector<HTMLInputElement>('input[type=file]')?.value).toBe('');
  });
});
