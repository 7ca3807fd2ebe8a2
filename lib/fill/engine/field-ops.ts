import type { FieldResult, FillFailure } from '../../schema';
import type { FieldSpec, SiteProfile } from '../../schema/site-profile';
import { sameValue } from '../compare';
import { pollFor, type FillClock } from './clock';
import { isDisabledControl, locateControl } from '../../sites/controls';
import { clickLike, fireKey } from './dom-events';
import { editRichText, findField, flushTarget, isWritable, readField, toggleCheckbox, typeInto, type Writable } from './fields';
import { errorMessage, isBusy, sessionExpired, watchRoundTrip } from './page-state';

export interface OpContext {
  doc: Document;
  profile: SiteProfile;
  clock: FillClock;
}

const timeout = (ctx: OpContext) => ctx.profile.behaviour.roundTripTimeoutMs;

export function result(field: string, expected: string, started: number, outcome: { actual?: string | null; reason?: FillFailure | null; message?: string | null }): FieldResult {
  const reason = outcome.reason ?? null;
  return {
    field,
    expected,
    actual: outcome.actual ?? null,
    status: reason ? 'failed' : 'done',
    reason,
    message: outcome.message ?? null,
    ms: Math.round(performance.now() - started),
  };
}

async function idle(ctx: OpContext): Promise<boolean> {
  if (!isBusy(ctx.doc, ctx.profile)) return true;
  return !!(await ctx.clock.wait(() => pollFor(() => !isBusy(ctx.doc, ctx.profile), timeout(ctx))));
}

/** Clicks a control and waits for the page's round trip to finish. */
async function clickAndSettle(ctx: OpContext, el: HTMLElement) {
  const trip = watchRoundTrip(ctx.doc, ctx.profile);
  clickLike(el);
  return ctx.clock.wait(() => trip.settled(timeout(ctx)));
}

/**
 * Finds a field, performing its reach actions (open a tab, a dialog, a new row) until it is
 * there and usable. Re-found every time: Maximo replaces nodes on each round trip.
 */
export async function reachField(ctx: OpContext, key: string, needWritable: boolean): Promise<Element | null> {
  const spec = ctx.profile.fields[key]!;
  const usable = () => {
    const el = findField(ctx.doc, ctx.profile, key);
    return el && (!needWritable || isWritable(el, spec)) ? el : null;
  };
  let el = usable();
  for (const name of spec.reach) {
    if (el || sessionExpired(ctx.doc, ctx.profile)) break;
    // Own keys only: a reach name is an admin's and may be "constructor" or "toString".
    const action = Object.hasOwn(ctx.profile.actions, name) ? ctx.profile.actions[name] : undefined;
    const control = action && locateControl(ctx.doc, action);
    if (!control || isDisabledControl(control) || !(await idle(ctx))) continue;
    await clickAndSettle(ctx, control);
    el = (await ctx.clock.wait(() => pollFor(usable, 400))) ?? null;
  }
  return el ?? findField(ctx.doc, ctx.profile, key);
}

function findMenuItem(ctx: OpContext, value: string): HTMLElement | undefined {
  const want = value.trim().toUpperCase();
  let items: Element[] = [];
  try {
    items = [...ctx.doc.querySelectorAll(ctx.profile.behaviour.menuItemSelector)];
  } catch {
    return undefined;
  }
  return items.find((item) => {
    const text = (item.textContent ?? '').replace(/\s+/g, ' ').trim().toUpperCase();
    return text === want || text.startsWith(`${want} `);
  }) as HTMLElement | undefined;
}

/** Opens the server's value menu and picks the item; true when a round trip carried the pick. */
async function pickFromMenu(ctx: OpContext, el: Element, value: string): Promise<{ sent: boolean; reason?: FillFailure }> {
  const opened = await clickAndSettle(ctx, el as HTMLElement);
  if (opened.timedOut) return { sent: false, reason: 'timeout' };
  const item = await ctx.clock.wait(() => pollFor(() => findMenuItem(ctx, value), 3000));
  if (!item) {
    fireKey(ctx.doc.activeElement ?? ctx.doc.body, 'keydown', 'Escape');
    return { sent: false, reason: 'menu-item-missing' };
  }
  const picked = await clickAndSettle(ctx, item);
  return picked.timedOut ? { sent: false, reason: 'timeout' } : { sent: picked.sawRoundTrip };
}

/** Types or edits a value, then moves focus on so Maximo sends its pending change. */
async function typeAndSend(ctx: OpContext, key: string, spec: FieldSpec, el: Element, value: string): Promise<{ sent: boolean; reason?: FillFailure }> {
  // Focusing may itself send another field's pending change: let that round trip finish first.
  const focusTrip = watchRoundTrip(ctx.doc, ctx.profile);
  (el as HTMLElement).focus();
  await ctx.clock.wait(() => focusTrip.settled(timeout(ctx), 10));
  const current = findField(ctx.doc, ctx.profile, key) ?? el;

  if (spec.kind === 'richText') {
    const ready = await ctx.clock.wait(() => pollFor(() => editRichText(current as HTMLIFrameElement, value), 3000));
    if (!ready) return { sent: false, reason: 'read-only' };
  } else if (spec.kind === 'checkbox') {
    const trip = watchRoundTrip(ctx.doc, ctx.profile);
    toggleCheckbox(current as HTMLInputElement, value);
    const settled = await ctx.clock.wait(() => trip.settled(timeout(ctx)));
    return { sent: settled.sawRoundTrip, reason: settled.timedOut ? 'timeout' : undefined };
  } else {
    typeInto(current as Writable, value);
  }
  const trip = watchRoundTrip(ctx.doc, ctx.profile);
  flushTarget(ctx.doc, ctx.profile, current, spec)?.focus();
  const settled = await ctx.clock.wait(() => trip.settled(timeout(ctx)));
  return { sent: settled.sawRoundTrip || !current.isConnected, reason: settled.timedOut ? 'timeout' : undefined };
}

/**
 * What writing and verifying share: the field in the profile, an idle page, the field reached
 * (tabs, dialogs opened), a live session. Either the field, or the result that ends the step.
 */
async function reachFor(ctx: OpContext, key: string, value: string, started: number, needWritable: boolean): Promise<{ el: Element; spec: FieldSpec } | FieldResult> {
  const spec = ctx.profile.fields[key];
  if (!spec) return result(key, value, started, { reason: 'field-missing', message: 'not in the site profile' });
  if (!(await idle(ctx))) return result(key, value, started, { reason: 'timeout' });
  const el = await reachField(ctx, key, needWritable);
  if (sessionExpired(ctx.doc, ctx.profile)) return result(key, value, started, { reason: 'session-expired' });
  if (!el) return result(key, value, started, { reason: 'field-missing' });
  return { el, spec };
}

/**
 * Writes one field and reads it back. Done only when the page's server took the value (a round
 * trip was seen, or the field's node was replaced by one) AND the re-found field holds it.
 */
export async function setField(ctx: OpContext, key: string, value: string): Promise<FieldResult> {
  const started = performance.now();
  const found = await reachFor(ctx, key, value, started, true);
  if ('status' in found) return found;
  const { el, spec } = found;
  if (!isWritable(el, spec)) return result(key, value, started, { reason: 'read-only', actual: readField(el) });
  if (sameValue(spec.kind, value, readField(el))) return result(key, value, started, { actual: readField(el) });

  const errorBefore = errorMessage(ctx.doc, ctx.profile);
  const outcome = spec.kind === 'valueList' ? await pickFromMenu(ctx, el, value) : await typeAndSend(ctx, key, spec, el, value);
  if (sessionExpired(ctx.doc, ctx.profile)) return result(key, value, started, { reason: 'session-expired' });
  const error = errorMessage(ctx.doc, ctx.profile);
  const current = () => findField(ctx.doc, ctx.profile, key);
  if (error && error !== errorBefore) return result(key, value, started, { reason: 'rejected', message: error, actual: readField(current() ?? el) });
  if (outcome.reason) return result(key, value, started, { reason: outcome.reason, actual: readField(current() ?? el) });
  const confirmed = outcome.sent || ctx.profile.behaviour.confirmBy === 'readBack';
  if (!confirmed) return result(key, value, started, { reason: 'not-recorded', actual: readField(current() ?? el) });

  const held = await ctx.clock.wait(() => pollFor(() => {
    const fresh = current();
    return fresh && sameValue(spec.kind, value, readField(fresh)) ? fresh : undefined;
  }, 2000));
  const actual = readField(held ?? current() ?? el);
  return result(key, value, started, held ? { actual } : { reason: 'mismatch', actual });
}

/** Reads a field back (after the agent saved) and compares it with what the plan wrote. */
export async function verifyField(ctx: OpContext, key: string, value: string): Promise<FieldResult> {
  const started = performance.now();
  const found = await reachFor(ctx, key, value, started, false);
  if ('status' in found) return found;
  const { el, spec } = found;
  const actual = readField(el);
  return result(key, value, started, sameValue(spec.kind, value, actual) ? { actual } : { reason: 'mismatch', actual });
}

/** Presses a commit control (Change Status OK, Save) for the "fill and save" setting. */
export async function commit(ctx: OpContext, name: string): Promise<FieldResult> {
  const started = performance.now();
  const field = `commit:${name}`;
  const action = ctx.profile.actions[name];
  if (!(await idle(ctx))) return result(field, name, started, { reason: 'timeout' });
  const control = action && locateControl(ctx.doc, action);
  if (!control) return result(field, name, started, { reason: 'field-missing' });
  if (isDisabledControl(control)) return result(field, name, started, { reason: 'read-only' });
  const errorBefore = errorMessage(ctx.doc, ctx.profile);
  const settled = await clickAndSettle(ctx, control);
  if (sessionExpired(ctx.doc, ctx.profile)) return result(field, name, started, { reason: 'session-expired' });
  const error = errorMessage(ctx.doc, ctx.profile);
  if (error && error !== errorBefore) return result(field, name, started, { reason: 'rejected', message: error });
  if (settled.timedOut) return result(field, name, started, { reason: 'timeout' });
  return result(field, name, started, settled.sawRoundTrip ? { actual: name } : { reason: 'not-recorded' });
}
