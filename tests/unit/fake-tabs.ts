// Tabs for WXT's fake browser, which leaves tabs.sendMessage out. A message sent to a tab goes through the browser's
// runtime.onMessage to the handlers the tab's content scripts registered with platform/messaging's onMessage (here they
// live in the test's own context), so the messaging library does its own routing and wire format. A tab whose
// scripts answer nothing behaves as in the browser: the sender is told there was no receiving end.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessage, removeAllListeners, type ProtocolMap } from '../../platform/messaging';

type Type = keyof ProtocolMap;
type Answer<K extends Type> = (data: Parameters<ProtocolMap[K]>[0], tabId: number) => ReturnType<ProtocolMap[K]>;

export interface Delivered {
  tabId: number;
  type: Type;
  data: unknown;
}

/** What reached the tabs' content scripts, in order. */
export const delivered: Delivered[] = [];
/** The tab of every message sent to a tab, answered or not. */
export const sentTo: number[] = [];

let receiving = -1;

/**
 * A fresh fake browser whose tabs deliver messages (stubbed as `chrome`, which the messaging library calls).
 * Listeners of an earlier test are dropped first: the library keeps its own root listener on runtime.onMessage.
 */
export function resetTabs(): void {
  vi.stubGlobal('chrome', fakeBrowser);
  removeAllListeners();
  fakeBrowser.reset();
  delivered.length = 0;
  sentTo.length = 0;
  fakeBrowser.tabs.sendMessage = vi.fn(
    (tabId: number, message: unknown, _options: unknown, reply: (r: unknown) => void) => {
      sentTo.push(tabId);
      receiving = tabId;
      // Handlers run synchronously inside the browser's dispatch, so `receiving` names their tab.
      fakeBrowser.runtime.sendMessage(message).then(reply, () => reply(undefined));
    },
  ) as never;
}

/** A content script's handler for one message type, answering for every tab. */
export function tabAnswers<K extends Type>(type: K, answer: Answer<K>): void {
  onMessage(type, ({ data }) => {
    const tabId = receiving;
    delivered.push({ tabId, type, data });
    return answer(data as Parameters<ProtocolMap[K]>[0], tabId) as never;
  });
}
