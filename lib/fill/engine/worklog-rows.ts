import type { FillFailure } from '../../schema';
import { actionControl } from '../../sites/controls';
import { runAction, runControl, type OpContext } from './field-ops';

/** Rows Pandu added on a page and has not seen saved: only they can be unsaved rows of its own. */
const addedHere = new WeakMap<Document, Set<string>>();

export function noteRowAdded(doc: Document, ref: string): void {
  let refs = addedHere.get(doc);
  if (!refs) addedHere.set(doc, (refs = new Set()));
  refs.add(ref);
}

export const rowAddedHere = (doc: Document, ref: string) => addedHere.get(doc)?.has(ref) ?? false;

/** The table rows whose text carries the reference (Pandu's own work-log rows). */
export function rowsWithRef(doc: Document, ref: string): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>('tr')].filter((row) => (row.textContent ?? '').includes(ref) && !row.querySelector('tr'));
}

/**
 * Brings the work log into view: the reach actions of the work-log fields, up to (not including)
 * the action that renders them (New Row), each only while that action's control is not there yet.
 */
export async function openWorkLog(ctx: OpContext, fieldKey: string): Promise<{ failure?: FillFailure; message?: string | null; renderAction?: string }> {
  const spec = ctx.profile.fields[fieldKey];
  if (!spec) return { failure: 'field-missing', message: 'not in the site profile' };
  const renderAction = spec.renderedBy;
  for (const name of spec.reach) {
    if (name === renderAction) break;
    if (renderAction && actionControl(ctx.doc, ctx.profile, renderAction)) break;
    const ran = await runAction(ctx, name);
    if (ran.failure) return { failure: ran.failure, message: ran.message ?? null };
  }
  return { renderAction };
}

/**
 * Selects a work-log row (a saved one to read it back, or Pandu's own unsaved one to finish it):
 * the detail fields that appear belong to the work log, like those New Row renders.
 */
export const selectRow = (ctx: OpContext, row: HTMLElement, renderAction: string | undefined) => runControl(ctx, row, renderAction);
