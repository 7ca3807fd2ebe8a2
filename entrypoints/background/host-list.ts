import type { Settings } from '@/lib/schema';
import { nossaHosts } from '@/lib/sites/active-profile';
import { nossaProfile } from '@/lib/sites';

/**
 * The NOSSA hosts Pandu works on: the active profile's plus the extra ones (an admin's or a
 * policy's). Kept in memory for the synchronous callers (broadcasts), re-read at every worker
 * start and after each settings or policy change, so the sender check never uses a stale list.
 */
export function createHostList(settings: () => Promise<Settings>) {
  let hosts: readonly string[] = nossaProfile.hosts;
  const refresh = async () => (hosts = nossaHosts(await settings()));
  let loading = refresh().catch(() => hosts);
  return {
    current: () => hosts,
    ready: () => loading,
    refresh: () => (loading = refresh()),
  };
}
