import { ticketSnapshotSchema, type TicketSnapshot } from '../schema';
import { locateField, readElementValue } from './locate';
import { scanPage, type PageScan } from './page-scan';
import type { SiteProfile } from '../schema/site-profile';

/** The snapshot keys and the profile fields they are read from. */
const SNAPSHOT_FIELDS = ['summary', 'status', 'ownerGroup', 'customerName', 'contactPhone', 'serviceId'] as const;

/**
 * Reads the ticket the page shows, or null when no valid ticket id is on the page. Values are
 * plain strings taken from the page; they are rendered as text, never as HTML.
 */
export function readTicket(root: ParentNode, profile: SiteProfile, scan: PageScan = scanPage(root)): TicketSnapshot | null {
  const read = (key: string): string | undefined => {
    const spec = profile.fields[key];
    const found = spec && locateField(root, spec, scan);
    const value = found ? readElementValue(found.element).trim().slice(0, 2000) : '';
    return value === '' ? undefined : value;
  };
  const snapshot: Record<string, string | undefined> = { ticketId: read('ticketId') };
  for (const key of SNAPSHOT_FIELDS) snapshot[key] = read(key);
  const parsed = ticketSnapshotSchema.safeParse(snapshot);
  return parsed.success ? parsed.data : null;
}
