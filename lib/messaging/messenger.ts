import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol';

const quiet = { debug() {}, log() {}, warn: console.warn, error: console.error };

/** One typed messenger for every context (content script, pages, background). */
export const messenger = defineExtensionMessaging<ProtocolMap>({ logger: quiet });
export const { sendMessage, onMessage } = messenger;
