import type { SiteProfile } from '../schema/site-profile';
import { actionControl } from './controls';
import { locateField, type LocateContext } from './locate';
import type { PageScan } from './page-scan';

/** The record's id field: the field the profile recognises a ticket page by. */
export function recordFieldOf(profile: SiteProfile): string | undefined {
  const sign = profile.pages.ticket.find((s) => s.by === 'field');
  return sign?.by === 'field' && Object.hasOwn(profile.fields, sign.field) ? sign.field : undefined;
}

/**
 * What locating a field on this page may lean on: the controls of the profile's actions (fields
 * an action renders sit near its control) and the record's id field (the record's own fields
 * share a tab with it; a table's row details do not). One per scan.
 */
export function locateContext(doc: Document, profile: SiteProfile, scan: PageScan): LocateContext {
  const key = recordFieldOf(profile);
  let record: Element | null | undefined;
  return {
    anchorOf: (action) => actionControl(doc, profile, action),
    record: () => {
      if (record === undefined) record = key ? (locateField(doc, profile.fields[key]!, scan)?.element ?? null) : null;
      return record;
    },
  };
}
