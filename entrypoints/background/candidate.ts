// What the background does with a page the detector could not rule out. Kept out of index.ts: WXT loads that file
// while it prepares the project, before the i18n module the badge needs exists, and keeps only what lies outside the
// background's main function.
import { hostOf, isKnownHost } from '@/lib/hosts';
import { sendMessage } from '@/platform/messaging';
import { opensByItself } from '@/lib/settings';
import { readSettings } from '@/platform/storage';
import { injectAnalyzer, injectReader } from './inject';

/**
 * A page the detector could not rule out. Where the reader would open by itself anyway, it is injected straight away
 * and reads the page itself: one script in the page instead of the analyzer followed by the reader.
 */
export async function handleCandidate(tabId: number, url: string | undefined): Promise<void> {
  const settings = await readSettings();
  if (!url || !opensByItself(settings, hostOf(url), isKnownHost(url))) return injectAnalyzer(tabId);
  await injectReader(tabId);
  // The reader reports its verdict itself as it starts (the badge does not wait for its UI).
  await sendMessage('reader:autoOpen', undefined, tabId);
}
