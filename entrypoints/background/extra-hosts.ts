import { browser } from 'wxt/browser';
import type { BackgroundContext } from './context';

const SCRIPT_ID = 'pandu-extra-hosts';

/**
 * Registers the NOSSA content script for the extra hosts an admin allowed (an internal IP, a
 * staging host). Only hosts whose permission the browser granted are registered; the rest wait
 * until it is granted. Re-run at every worker start and after each change of the list.
 */
export async function syncExtraHostScripts(hosts: readonly string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const host of hosts) {
    if (await browser.permissions.contains({ origins: [host] }).catch(() => false)) granted.push(host);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length) {
    const js = browser.runtime.getManifest().content_scripts?.[0]?.js ?? ['content-scripts/nossa.js'];
    await browser.scripting.registerContentScripts([{ id: SCRIPT_ID, matches: granted, js, runAt: 'document_idle', persistAcrossSessions: true }]);
  }
  return granted;
}

/** Keeps the registration in step with settings and with what the browser granted. */
export function startExtraHosts({ settings }: BackgroundContext): () => Promise<string[]> {
  const sync = async () => syncExtraHostScripts((await settings()).extraHosts).catch(() => []);
  void sync();
  browser.permissions.onAdded.addListener(() => void sync());
  browser.permissions.onRemoved.addListener(() => void sync());
  return sync;
}
