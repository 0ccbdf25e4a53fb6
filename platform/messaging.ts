// The message protocol (lib/protocol.ts) bound to the browser's runtime and tabs messaging.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from '../lib/protocol';

export type * from '../lib/protocol';

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
