import { useEffect, type ReactNode } from 'react';
import type { PageWatcher } from '@/lib/sites';
import { activeProfile } from '@/lib/sites/active-profile';
import { useSettings } from '../SettingsProvider';
import { SiteProfileContext } from './SiteProfileContext';

/**
 * The site profile in force: the admin's (from settings) or the shipped NOSSA default. The page
 * watcher follows it too, so an edited locator takes effect without reloading NOSSA.
 */
export function ActiveProfile({ watcher, children }: { watcher: PageWatcher; children: ReactNode }) {
  const { settings } = useSettings();
  const profile = activeProfile(settings);
  useEffect(() => watcher.setProfile(profile), [watcher, profile]);
  return <SiteProfileContext.Provider value={profile}>{children}</SiteProfileContext.Provider>;
}
