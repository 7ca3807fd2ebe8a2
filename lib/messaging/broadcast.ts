import { browser } from 'wxt/browser';
import { sendMessage } from './messenger';
import type { InputOf } from './declare';
import type { BackgroundPushes, PushType } from './protocol';

/**
 * Pushes a change to every open NOSSA tab and extension page, so a second tab on the same
 * ticket, the popup and the dashboard follow at once. A tab or page that is gone is not an error.
 */
export async function broadcast<K extends PushType>(type: K, data: InputOf<BackgroundPushes[K]>, hostPatterns: readonly string[]): Promise<void> {
  const send = (type: K, data: unknown, tabId?: number): Promise<unknown> => sendMessage(type, data as never, tabId);
  const tabs = await browser.tabs.query({ url: [...hostPatterns] }).catch(() => []);
  const sends = tabs.filter((tab) => tab.id != null).map((tab) => send(type, data, tab.id).catch(() => undefined));
  sends.push(send(type, data).catch(() => undefined));
  await Promise.all(sends);
}
