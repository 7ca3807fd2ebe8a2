import { ticketSnapshotSchema, type TicketSnapshot } from '../schema';
import { locateField, readElementValue } from './locate';
import { scanPage, type PageScan } from './page-scan';
import type { SiteProfile } from '../schema/site-profile';
import { placeOf } from './check';
import { locateContext } from './locate-context';

/** The snapshot keys and the profile fields they are read from (the Incident tab's facts). */
export const SNAPSHOT_FIELDS = ['summary', 'status', 'ownerGroup', 'customerName', 'contactPhone', 'serviceId'] as const;

/**
 * Reads the ticket the page shows, or null when no valid ticket id is on the page. A fact whose
 * tab is not in view is not read at all (the Log tab repeats "Summary" for the work log): the
 * watcher serves it from the last read of that tab. Values are plain strings taken from the
 * page; they are rendered as text, never as HTML.
 */
export function readTicket(root: ParentNode, profile: SiteProfile, scan: PageScan = scanPage(root)): TicketSnapshot | null {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const context = locateContext(doc, profile, scan);
  // The facts share one way there (the Incident tab): its tabs are located once per read, not per fact.
  const offTab = new Map<string, boolean>();
  const onOtherTab = (reach: string[]) => {
    const key = reach.join('\n');
    if (!offTab.has(key)) offTab.set(key, placeOf(doc, profile, reach).status === 'other-tab');
    return offTab.get(key)!;
  };
  const read = (key: string): string | undefined => {
    const spec = Object.hasOwn(profile.fields, key) ? profile.fields[key] : undefined;
    if (!spec || (spec.reach.length && onOtherTab(spec.reach))) return undefined;
    const found = locateField(root, spec, scan, context);
    const value = found ? readElementValue(found.element).trim().slice(0, 2000) : '';
    return value === '' ? undefined : value;
  };
  const snapshot: Record<string, string | undefined> = { ticketId: read('ticketId') };
  for (const key of SNAPSHOT_FIELDS) snapshot[key] = read(key);
  const parsed = ticketSnapshotSchema.safeParse(snapshot);
  return parsed.success ? parsed.data : null;
}

/** Whether the page shows the tab the ticket's facts are on (so what is read now is current). */
export function factsInView(doc: Document, profile: SiteProfile): boolean {
  const spec = profile.fields.status ?? profile.fields.summary;
  return !spec || !spec.reach.length || placeOf(doc, profile, spec.reach).status !== 'other-tab';
}
