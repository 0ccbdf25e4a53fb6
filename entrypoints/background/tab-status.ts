// The one place that knows each tab's status. The analyzer reports its verdict (page:analysed) and the reader every
// change of its own (tab:statusChanged); the badge is set from that report, and the popup asks here (tab:status)
// instead of polling the tab's scripts. A page the detector ruled out sends nothing: its verdict is read from the
// extension's isolated world in the tab when asked.
import { browser } from '#imports';
import { DETECTOR_VERDICT, rejectedStatus, type DetectorVerdict } from '@/lib/page-status';
import type { PageStatus } from '@/lib/protocol';
import { tabStatusItem } from '@/platform/storage';
import { showStatus } from './badge';
import { createSerialQueue } from './serial';

const serial = createSerialQueue();
const sameDocument = (a: string, b: string) => a.split('#')[0] === b.split('#')[0];

export function recordStatus(tabId: number, status: PageStatus): Promise<void> {
  return serial(async () => {
    await tabStatusItem.setValue({ ...(await tabStatusItem.getValue()), [tabId]: status });
    await showStatus(tabId, status);
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return serial(async () => {
    const all = await tabStatusItem.getValue();
    if (!(tabId in all)) return;
    delete all[tabId];
    await tabStatusItem.setValue(all);
  });
}

/** The tab's status as last reported for the page it shows now, else the detector's verdict, else null. */
export async function statusOfTab(tabId: number): Promise<PageStatus | null> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const recorded = (await tabStatusItem.getValue())[tabId];
  if (recorded && tab?.url && sameDocument(recorded.url, tab.url)) return recorded;
  const seen = await detectorVerdict(tabId);
  return seen?.verdict === 'rejected' ? rejectedStatus(seen.url, seen.title) : null;
}

interface SeenByDetector {
  verdict: DetectorVerdict | null;
  url: string;
  title: string;
}

/** Null where we may not run scripts (the detector never ran there either). */
async function detectorVerdict(tabId: number): Promise<SeenByDetector | null> {
  const read = (key: string): SeenByDetector => ({
    verdict: ((globalThis as Record<string, unknown>)[key] as DetectorVerdict | undefined) ?? null,
    url: location.href,
    title: document.title,
  });
  try {
    if (browser.scripting) {
      const [first] = await browser.scripting.executeScript({
        target: { tabId },
        func: read,
        args: [DETECTOR_VERDICT],
      });
      return (first?.result as SeenByDetector | undefined) ?? null;
    }
    // Firefox MV2 without the scripting namespace: the same function, as code.
    const results = await browser.tabs.executeScript(tabId, {
      code: `(${read.toString()})(${JSON.stringify(DETECTOR_VERDICT)})`,
    });
    return (results?.[0] as SeenByDetector | undefined) ?? null;
  } catch {
    return null;
  }
}
