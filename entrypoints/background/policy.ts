import { browser } from 'wxt/browser';
import { readPolicy, type ManagedPolicy } from '@/lib/settings/policy';

/**
 * The enterprise policy in force (chrome.storage.managed), read at every worker start and again
 * whenever an administrator changes it. A browser without policy support, or a machine without
 * a policy, reads as no policy. Problems are logged for the admin (chrome://policy shows the raw
 * values); the valid keys apply regardless.
 */
export function createPolicy(onChange: () => void) {
  let current: ManagedPolicy = {};
  const load = async () => {
    const raw: unknown = await browser.storage.managed.get(null).catch(() => ({}));
    const { policy, problems } = readPolicy(raw);
    if (problems.length) console.warn('Pandu: enterprise policy values ignored', problems);
    current = policy;
    return current;
  };
  let loading = load();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'managed') return;
    loading = load();
    void loading.then(onChange);
  });
  return {
    /** The policy, once the first read finished (a handler awaits it before reading settings). */
    ready: () => loading,
  };
}
