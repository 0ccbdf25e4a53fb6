import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../../lib/quotes/exchange';
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
      { added: 4, duplicates: 0, rejected: [], repaired: [] },
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
        repaired: [],
      },
      'Import finished: 1 added, 2 already saved, 2 rejected.',
      ['Entry 4: The quote has no text.', 'Entry 7: url: not a web address.'],
      false,
    ],
    [
      'kept with changes: every replacement listed under its entry',
      {
        added: 2,
        duplicates: 0,
        rejected: [{ index: 0, reason: 'This quote has no text.' }],
        repaired: [
          { index: 1, changes: ['“savedAt” was in the future and was set to now (2024-05-01T10:00:00.000Z).'] },
          {
            index: 2,
            changes: [
              '“speaker” held broken characters; they were replaced with �.',
              '“fragmentUrl” was not a link into the quote’s page and was rebuilt from the text.',
            ],
          },
        ],
      },
      'Import finished: 2 added, 0 already saved, 1 rejected.',
      [
        'Entry 1: This quote has no text.',
        'Entry 2: “savedAt” was in the future and was set to now (2024-05-01T10:00:00.000Z).',
        'Entry 3: “speaker” held broken characters; they were replaced with �.',
        'Entry 3: “fragmentUrl” was not a link into the quote’s page and was rebuilt from the text.',
      ],
      false,
    ],
    [
      'not ours',
      {
        added: 0,
        duplicates: 0,
        rejected: [],
        repaired: [],
        error: 'This file is not a Briefing Reader quote export.',
      },
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
