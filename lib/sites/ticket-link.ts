import type { SiteProfile } from '../schema/site-profile';

/**
 * The deep link that opens one ticket in NOSSA (NOSSA.md), on the profile's first host, or on
 * the origin given (a NOSSA tab reloading its own ticket: an admin's extra host, a staging host).
 * Host patterns look like "https://nossa.telkom.co.id/*"; a wildcard host cannot be linked to.
 */
export function ticketLink(profile: Pick<SiteProfile, 'hosts'>, ticketId: string, origin?: string): string {
  const pattern = profile.hosts.find((host) => !host.includes('://*')) ?? profile.hosts[0] ?? '';
  const base = origin ?? new URL(pattern.replace(/\/\*$/, '/')).origin;
  const query = `event=loadapp&value=incident&additionalevent=useqbe&additionaleventvalue=TICKETID=${encodeURIComponent(ticketId)}`;
  return `${base}/maximo/ui/login?${query}`;
}
