import { readSettings, type PanduDb } from '@/lib/db';
import { nossaProfile } from '@/lib/sites';

/**
 * The NOSSA hosts Pandu works on: the site profile's plus those an admin added at run time.
 * Kept in memory for the synchronous callers (broadcasts), re-read from Dexie at every worker
 * start and after each settings change, so the sender check never uses a stale list.
 */
export function createHostList(db: PanduDb) {
  let hosts: readonly string[] = nossaProfile.hosts;
  const refresh = async () => {
    const settings = await readSettings(db);
    hosts = [...new Set([...(settings.siteProfile ?? nossaProfile).hosts, ...settings.extraHosts])];
    return hosts;
  };
  let loading = refresh().catch(() => hosts);
  return {
    current: () => hosts,
    ready: () => loading,
    refresh: () => (loading = refresh()),
  };
}
