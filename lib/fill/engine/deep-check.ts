import type { SiteProfile } from '../../schema/site-profile';
import { checkPage, describeLocator, type FieldCheck, type PageCheck } from '../../sites/check';
import { actionControl } from '../../sites/controls';
import { locateField } from '../../sites/locate';
import { scanPage } from '../../sites/page-scan';
import { FillStopwatch } from './stopwatch';
import { locateContext } from '../../sites/locate-context';
import { reachField, runAction, type OpContext } from './field-ops';
import { readRecordState } from './record';
import { sessionExpired } from './page-state';

/** The profile action that closes the Change Status dialog without applying it. */
export const CANCEL_STATUS_ACTION = 'cancelChangeStatus';

/**
 * The deep page check: opens every field's way (its tab, the Change Status dialog, New Row) with
 * the very code the fill uses, and checks each field there. Fields that need nothing opened come
 * first, then those behind one action, and the ones that add a row last; a dialog it opened is
 * cancelled before moving on. It never saves: what it leaves unsaved (the new row) the caller
 * discards by loading the ticket afresh (`leftUnsaved`).
 */
export async function deepCheckPage(doc: Document, profile: SiteProfile): Promise<PageCheck> {
  const ctx: OpContext = { doc, profile, stopwatch: new FillStopwatch() };
  const shallow = checkPage(doc, profile);
  const order = Object.entries(profile.fields).sort(([, a], [, b]) => weight(a) - weight(b));
  const byField = new Map<string, FieldCheck>();
  let lastWeight = 0;
  for (const [field, spec] of order) {
    if (weight(spec) !== lastWeight) {
      await closeDialog(ctx);
      lastWeight = weight(spec);
    }
    if (sessionExpired(doc, profile)) {
      byField.set(field, { field, status: 'error', locator: null, via: spec.reach, message: 'session expired' });
      continue;
    }
    const reached = await reachField(ctx, field, false);
    if ('failure' in reached && reached.failure !== 'read-only') {
      const missing = reached.failure === 'field-missing';
      byField.set(field, { field, status: missing ? 'missing' : 'error', locator: null, via: spec.reach, message: reached.message ?? reached.failure });
      continue;
    }
    const scan = scanPage(doc);
    const hit = locateField(doc, spec, scan, locateContext(doc, profile, scan));
    byField.set(field, { field, status: 'found', locator: hit ? describeLocator(spec.locators[hit.strategy]!) : null, via: [] });
  }
  await closeDialog(ctx);
  return {
    ...shallow,
    deep: true,
    fields: shallow.fields.map((f) => byField.get(f.field) ?? f),
    leftUnsaved: readRecordState(doc, profile).state !== 'saved',
  };
}

/** Fields that add something to the record (New Row) go last; dialogs before them. */
function weight(spec: SiteProfile['fields'][string]): number {
  if (spec.renderedBy) return 2;
  return spec.reach.length ? 1 : 0;
}

async function closeDialog(ctx: OpContext): Promise<void> {
  if (actionControl(ctx.doc, ctx.profile, CANCEL_STATUS_ACTION)) await runAction(ctx, CANCEL_STATUS_ACTION);
}
