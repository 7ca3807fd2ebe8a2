import { readSettings, type PanduDb } from '@/lib/db';
import type { Settings } from '@/lib/schema';
import { applyPolicy, type ManagedPolicy } from '@/lib/settings/policy';
import { createHostList } from './host-list';

/** What every group of background handlers gets: the database, the clock, the settings in force, the NOSSA hosts. */
export interface BackgroundContext {
  db: PanduDb;
  now: () => string;
  /**
   * The settings in force: what is stored, with an enterprise policy's values over it. Every
   * reader in the background asks here, so a policy's profile, reasons and hosts apply everywhere.
   */
  settings: () => Promise<Settings>;
  /** The enterprise policy in force (chrome.storage.managed, policy.ts); none in tests unless given. */
  policy: () => Promise<ManagedPolicy>;
  /** The NOSSA hosts in force (the active profile's and the extra ones), as match patterns. */
  hostPatterns: () => readonly string[];
  /** Re-reads the host list after settings or the policy changed. */
  hostsChanged: () => Promise<readonly string[]>;
  /** The host list once its first read finished (the sender check waits for it). */
  hostsReady: () => Promise<readonly string[]>;
}

/** The context as the worker and the tests build it alike: only the clock and the policy's source differ. */
export function createBackgroundContext(
  db: PanduDb,
  { now = () => new Date().toISOString(), policy = () => Promise.resolve({}) }: { now?: () => string; policy?: () => Promise<ManagedPolicy> } = {},
): BackgroundContext {
  const settings = async () => applyPolicy(await readSettings(db), await policy());
  const hosts = createHostList(settings);
  return { db, now, settings, policy, hostPatterns: hosts.current, hostsChanged: hosts.refresh, hostsReady: hosts.ready };
}
