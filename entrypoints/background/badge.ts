import { browser } from '#imports';
import { i18n } from '#i18n';
import type { PageStatus } from '@/platform/messaging';

// MV2 Firefox exposes browserAction, MV3 exposes action.
const action = () => browser.action ?? browser.browserAction;

/** The badge says how many questions the page's transcript holds, so a user sees it was recognised. */
export async function showStatus(tabId: number, status: PageStatus): Promise<void> {
  const a = action();
  await a.setBadgeBackgroundColor({ tabId, color: '#2f5d8a' });
  await a.setBadgeText({ tabId, text: status.press ? String(status.questions || '✓') : '' });
  await a.setTitle({
    tabId,
    title: status.press ? i18n.t('badgeTitle', [String(status.questions)]) : i18n.t('extName'),
  });
}
