import { browser } from '#imports';
import { i18n } from '#i18n';

export const MENU_SAVE_QUOTE = 'save-quote';
export const MENU_OPEN_READER = 'open-reader';

export async function registerMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_SAVE_QUOTE, title: i18n.t('menuSaveQuote'), contexts: ['selection'] });
  browser.contextMenus.create({ id: MENU_OPEN_READER, title: i18n.t('menuOpenReader'), contexts: ['page'] });
}
