import type { FillFailure } from '../../schema';
import type { SiteProfile } from '../../schema/site-profile';
import { CONTROL_SELECTOR } from '../../sites/picked-control';
import { rememberRendered } from '../../sites/rendered';
import { runAction, type OpContext } from './field-ops';
import { FillStopwatch } from './stopwatch';

export type OpenWayResult = { ok: true } | { ok: false; action: string; failure: FillFailure | 'not-there'; message?: string };

/**
 * Runs profile actions in order (open the Log tab, press New Row, open Change Status) with the
 * fill's own code, for the field picker: the lead then clicks the field they brought into view.
 * Every control an action made appear is remembered as rendered by it, whatever the profile's
 * (possibly broken) locators say, so a New Row field the lead re-points counts as the row's.
 */
export async function openWay(doc: Document, profile: SiteProfile, actions: string[]): Promise<OpenWayResult> {
  const ctx: OpContext = { doc, profile, stopwatch: new FillStopwatch() };
  const renders = new Set(Object.values(profile.fields).flatMap((spec) => (spec.renderedBy ? [spec.renderedBy] : [])));
  for (const action of actions) {
    const before = controls(doc);
    const ran = await runAction(ctx, action);
    if (!ran.ran) return { ok: false, action, failure: 'not-there' };
    if (ran.failure) return { ok: false, action, failure: ran.failure, ...(ran.message ? { message: ran.message } : {}) };
    if (renders.has(action)) {
      const ids = new Set([...before].map((el) => el.id).filter(Boolean));
      const fresh = [...controls(doc)].filter((el) => !before.has(el) && !(el.id && ids.has(el.id)));
      if (fresh.length) rememberRendered(doc, action, fresh);
    }
  }
  return { ok: true };
}

const controls = (doc: Document) => new Set(doc.querySelectorAll(CONTROL_SELECTOR));
