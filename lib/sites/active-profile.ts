import type { Settings } from '../schema/settings';
import type { SiteProfile } from '../schema/site-profile';
import { nossaProfile } from './nossa/profile';

/**
 * The site profile in force: an enterprise policy's or an admin's (both arrive as
 * `settings.siteProfile`, the policy already applied by the background), else the shipped
 * NOSSA profile. The one place that decides it: the panel, the page watcher, the host list,
 * ticket links in the popup and in follow-up reminders all ask here.
 */
export function activeProfile(settings: Pick<Settings, 'siteProfile'> | null | undefined): SiteProfile {
  return settings?.siteProfile ?? nossaProfile;
}

/** The NOSSA hosts Pandu works on: the active profile's plus the extra ones (admin or policy). */
export function nossaHosts(settings: Pick<Settings, 'siteProfile' | 'extraHosts'>): string[] {
  return [...new Set([...activeProfile(settings).hosts, ...settings.extraHosts])];
}
