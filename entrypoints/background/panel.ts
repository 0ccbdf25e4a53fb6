// The figures panel, opened for the reader's toolbar button and the keyboard command.
import { browser } from '#imports';
import { i18n } from '#i18n';
import { openFiguresPanel } from '../shared/tabs';

/**
 * Opens the figures panel in the tab's window. Where the browser refuses (Firefox opens its sidebar only from its own
 * user actions, and a click in the page reaches us as a message), the error tells the reader how to open it: the
 * shortcut as the user has it set, or else the popup's Figures button.
 */
export async function openPanel(tabId: number): Promise<void> {
  // Called before anything is awaited: Chrome keeps the user's click only while the message handler runs.
  const opening = openFiguresPanel(tabId);
  try {
    await opening;
  } catch (err) {
    const commands = (await browser.commands?.getAll().catch(() => [])) ?? [];
    const key = commands.find((c) => c.name === 'open-figures')?.shortcut;
    throw new Error(key ? i18n.t('errorPanelShortcut', [key]) : i18n.t('errorPanelPopup'), { cause: err });
  }
}
