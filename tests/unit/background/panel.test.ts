// The figures panel from the reader's toolbar button: where the browser refuses to open it for a click that reached
// the background as a message (Firefox's sidebar), the error tells the reader how the user can open it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openPanel } from '../../../entrypoints/background/panel';

const REFUSED = new Error('sidebarAction.open may only be called from a user input handler');

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = vi.fn((key: string, subs?: string[]) => [key, ...(subs ?? [])].join(' ')) as never;
});

function browserWith(open: () => Promise<void>, shortcuts: { name: string; shortcut?: string }[] | null) {
  Object.assign(fakeBrowser, {
    sidePanel: undefined,
    sidebarAction: { open: vi.fn(open) },
    commands: shortcuts === null ? undefined : { getAll: vi.fn(async () => shortcuts) },
  });
}

describe('openPanel', () => {
  it('opens the panel where the browser lets it', async () => {
    browserWith(async () => {}, []);
    await expect(openPanel(3)).resolves.toBeUndefined();
  });

  it.each([
    [
      'the shortcut as the user set it',
      [{ name: 'open-figures', shortcut: 'Ctrl+Shift+9' }],
      'errorPanelShortcut Ctrl+Shift+9',
    ],
    ['no shortcut set: the popup', [{ name: 'open-figures', shortcut: '' }], 'errorPanelPopup'],
    ['no commands API: the popup', null, 'errorPanelPopup'],
  ] as const)('refused: the error names %s', async (_name, shortcuts, message) => {
    browserWith(() => Promise.reject(REFUSED), shortcuts === null ? null : [...shortcuts]);
    const err = await openPanel(3).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toBe(message);
    expect((err as Error).cause).toBe(REFUSED);
  });
});
