import type { FieldResult, FillFailure, HostMessage } from '../../schema';
import type { FieldSpec, SiteProfile } from '../../schema/site-profile';
import { sameValue } from '../compare';
import { pollFor } from './poll';
import type { FillStopwatch } from './stopwatch';
import { actionControl, isDisabledControl } from '../../sites/controls';
import { fieldCandidates } from '../../sites/locate';
import { nearestTo, rememberRendered, renderedByAction } from '../../sites/rendered';
import { clickLike, fireKey } from './dom-events';
import { editLongText, findField, flushTarget, isWritable, readField, toggleCheckbox, typeInto, widgetOf, type Writable } from './fields';
import { isBusy, sessionExpired, watchRoundTrip } from './page-state';

export interface OpContext {
  doc: Document;
  profile: SiteProfile;
  stopwatch: FillStopwatch;
  /** Told the field about to be written, so the panel can keep off it and outline it. */
  onFieldElement?: (target: { field: string; element: Element }) => void;
}

const timeout = (ctx: OpContext) => ctx.profile.behaviour.roundTripTimeoutMs;

/** What a field's result is made of (all optional: a done field needs only what it held). */
export interface ResultParts {
  actual?: string | null;
  reason?: FillFailure | null;
  message?: string | null;
  already?: boolean;
}

export function result(field: string, expected: string, started: number, outcome: ResultParts): FieldResult {
  const reason = outcome.reason ?? null;
  return {
    field,
    expected,
    actual: outcome.actual ?? null,
    status: reason ? 'failed' : 'done',
    reason,
    message: outcome.message ?? null,
    ms: Math.round(performance.now() - started),
    ...(outcome.already ? { already: true } : {}),
  };
}

export async function idle(ctx: OpContext): Promise<boolean> {
  if (!isBusy(ctx.doc, ctx.profile)) return true;
  return !!(await ctx.stopwatch.wait(() => pollFor(() => !isBusy(ctx.doc, ctx.profile), timeout(ctx))));
}

/** What a click on a control led to: NOSSA's round trip, and the worst message it showed. */
export interface Settled {
  sawRoundTrip: boolean;
  timedOut: boolean;
  /** An error or warning NOSSA showed during the action (a failed request shows one too). */
  problem: string | null;
  /** Every message seen, for the record state (an info asking to save). */
  message: HostMessage | null;
}

/** Clicks a control and waits for the page's round trip to finish. */
export async function clickAndSettle(ctx: OpContext, el: HTMLElement): Promise<Settled> {
  const trip = watchRoundTrip(ctx.doc, ctx.profile);
  clickLike(el);
  const settled = await ctx.stopwatch.wait(() => trip.settled(timeout(ctx)));
  const message = trip.worstMessage();
  return { ...settled, message, problem: message && message.severity !== 'info' ? message.text : null };
}

/** Fields whose `renderedBy` names this action: what to watch for while it runs. */
const renderedFieldsOf = (profile: SiteProfile, action: string): FieldSpec[] => Object.values(profile.fields).filter((spec) => spec.renderedBy === action);

/**
 * Runs one profile action (a tab, a dialog, New Row) and waits for its round trip.
 */
export async function runAction(ctx: OpContext, name: string): Promise<{ ran: boolean; failure?: FillFailure; message?: string }> {
  const control = actionControl(ctx.doc, ctx.profile, name);
  if (!control || isDisabledControl(control)) return { ran: false };
  return { ran: true, ...(await runControl(ctx, control, name)) };
}

/**
 * Clicks a control and waits for its round trip. The fields the profile says `renders` renders
 * (New Row, or a work-log row selected) are remembered as the ones that appeared, so a label
 * repeated elsewhere on the page is never taken for them. When nothing new appeared (the region
 * was already showing), the one nearest to the clicked control is taken, unless this page already
 * knows them.
 */
export async function runControl(ctx: OpContext, control: HTMLElement, renders?: string): Promise<{ failure?: FillFailure; message?: string }> {
  if (!(await idle(ctx))) return { failure: 'timeout' };
  const watched = renders ? renderedFieldsOf(ctx.profile, renders) : [];
  const before = new Set(watched.flatMap((spec) => fieldCandidates(ctx.doc, spec)));
  const beforeIds = new Set([...before].map((el) => el.id).filter(Boolean));
  const settled = await clickAndSettle(ctx, control);
  if (settled.timedOut) return { failure: 'timeout' };
  if (settled.problem) return { failure: 'host-error', message: settled.problem };
  if (renders && watched.length) {
    const isNew = (el: Element) => !before.has(el) && !(el.id && beforeIds.has(el.id));
    // The new fields may arrive a moment after the cover lifts (an editor frame loading).
    const fresh = await ctx.stopwatch.wait(() =>
      pollFor(() => {
        const found = watched.flatMap((spec) => fieldCandidates(ctx.doc, spec)).filter(isNew);
        return found.length ? found : undefined;
      }, 400),
    );
    if (fresh) rememberRendered(ctx.doc, renders, fresh);
    else if (!renderedByAction(ctx.doc, renders)) {
      const anchor = control.isConnected ? control : null;
      const nearest = anchor ? watched.map((spec) => nearestTo(anchor, fieldCandidates(ctx.doc, spec))[0]).filter((el) => el != null) : [];
      rememberRendered(ctx.doc, renders, nearest);
    }
  }
  return {};
}

export type Reached = { el: Element; spec: FieldSpec } | { failure: FillFailure; message?: string | null; el?: Element | null };

/**
 * Finds a field, performing its reach actions (open a tab, a dialog, a new row) until it is
 * there and usable. Re-found every time: Maximo replaces nodes on each round trip. A failed
 * action is NOSSA's failure (its message kept), not a missing field.
 */
export async function reachField(ctx: OpContext, key: string, needWritable: boolean): Promise<Reached> {
  const spec = Object.hasOwn(ctx.profile.fields, key) ? ctx.profile.fields[key]! : undefined;
  if (!spec) return { failure: 'field-missing', message: 'not in the site profile' };
  const usable = () => {
    const el = findField(ctx.doc, ctx.profile, key);
    return el && (!needWritable || isWritable(el, spec)) ? el : null;
  };
  if (!(await idle(ctx))) return { failure: 'timeout' };
  let el = usable();
  for (const name of spec.reach) {
    if (el || sessionExpired(ctx.doc, ctx.profile)) break;
    const ran = await runAction(ctx, name);
    if (sessionExpired(ctx.doc, ctx.profile)) break;
    if (ran.failure) return { failure: ran.failure, message: ran.message ?? null };
    if (ran.ran) el = (await ctx.stopwatch.wait(() => pollFor(usable, 400))) ?? null;
  }
  if (sessionExpired(ctx.doc, ctx.profile)) return { failure: 'session-expired' };
  if (el) return { el, spec };
  const there = findField(ctx.doc, ctx.profile, key);
  return there ? { failure: 'read-only', el: there } : { failure: 'field-missing' };
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

interface Sent {
  sent: boolean;
  reason?: FillFailure;
  message?: string | null;
}

/** Opens the server's value menu and picks the item; sent when a round trip carried the pick. */
async function pickFromMenu(ctx: OpContext, el: Element, value: string): Promise<Sent> {
  const opened = await clickAndSettle(ctx, el as HTMLElement);
  if (opened.timedOut) return { sent: false, reason: 'timeout' };
  if (opened.problem) return { sent: false, reason: 'rejected', message: opened.problem };
  const item = await ctx.stopwatch.wait(() => pollFor(() => findMenuItem(ctx, value), 3000));
  if (!item) {
    fireKey(ctx.doc.activeElement ?? ctx.doc.body, 'keydown', 'Escape');
    return { sent: false, reason: 'menu-item-missing' };
  }
  const picked = await clickAndSettle(ctx, item);
  if (picked.timedOut) return { sent: false, reason: 'timeout' };
  return { sent: picked.sawRoundTrip, reason: picked.problem ? 'rejected' : undefined, message: picked.problem };
}

/** Types or edits a value, then moves focus on so Maximo sends its pending change. */
async function typeAndSend(ctx: OpContext, key: string, spec: FieldSpec, el: Element, value: string): Promise<Sent> {
  // Focusing may itself send another field's pending change: let that round trip finish first.
  const focusTrip = watchRoundTrip(ctx.doc, ctx.profile);
  (el as HTMLElement).focus();
  await ctx.stopwatch.wait(() => focusTrip.settled(timeout(ctx), 10));
  const current = findField(ctx.doc, ctx.profile, key) ?? el;
  const widget = widgetOf(current, spec);

  if (widget === 'checkbox') {
    const trip = watchRoundTrip(ctx.doc, ctx.profile);
    toggleCheckbox(current as HTMLInputElement, value);
    const settled = await ctx.stopwatch.wait(() => trip.settled(timeout(ctx)));
    return { sent: settled.sawRoundTrip, reason: settled.timedOut ? 'timeout' : undefined };
  }
  if (widget === 'iframe' || widget === 'editable') {
    const ready = await ctx.stopwatch.wait(() => pollFor(() => editLongText(current, value), 3000));
    if (!ready) return { sent: false, reason: 'read-only' };
  } else {
    typeInto(current as Writable, value);
  }
  const trip = watchRoundTrip(ctx.doc, ctx.profile);
  const next = flushTarget(ctx.doc, ctx.profile, current, spec);
  if (next) next.focus();
  else (current as HTMLElement).blur();
  const settled = await ctx.stopwatch.wait(() => trip.settled(timeout(ctx)));
  const problem = trip.worstMessage();
  const rejected = problem && problem.severity !== 'info' ? problem.text : null;
  return {
    sent: settled.sawRoundTrip || !current.isConnected,
    reason: settled.timedOut ? 'timeout' : rejected ? 'rejected' : undefined,
    message: rejected,
  };
}

/**
 * Writes one field and reads it back. Done only when the page's server took the value (a round
 * trip was seen, or the field's node was replaced by one) AND the re-found field holds it. A
 * field that already holds the value is left alone (a retry does only what is missing). "Done"
 * here means NOSSA's page took it; whether NOSSA saved it is the commit's and the read-back's.
 */
export async function setField(ctx: OpContext, key: string, value: string): Promise<FieldResult> {
  const started = performance.now();
  const reached = await reachField(ctx, key, true);
  if ('failure' in reached) return result(key, value, started, { reason: reached.failure, message: reached.message, actual: reached.el ? readField(reached.el) : null });
  const { el, spec } = reached;
  if (sameValue(spec.kind, value, readField(el))) return result(key, value, started, { actual: readField(el), already: true });
  ctx.onFieldElement?.({ field: key, element: el });

  const outcome = widgetOf(el, spec) === 'valueList' ? await pickFromMenu(ctx, el, value) : await typeAndSend(ctx, key, spec, el, value);
  if (sessionExpired(ctx.doc, ctx.profile)) return result(key, value, started, { reason: 'session-expired' });
  const current = () => findField(ctx.doc, ctx.profile, key);
  if (outcome.reason) return result(key, value, started, { reason: outcome.reason, message: outcome.message, actual: readField(current() ?? el) });
  const confirmed = outcome.sent || ctx.profile.behaviour.confirmBy === 'readBack';
  if (!confirmed) return result(key, value, started, { reason: 'not-recorded', actual: readField(current() ?? el) });

  const held = await ctx.stopwatch.wait(() =>
    pollFor(() => {
      const fresh = current();
      return fresh && sameValue(spec.kind, value, readField(fresh)) ? fresh : undefined;
    }, 2000),
  );
  const actual = readField(held ?? current() ?? el);
  return result(key, value, started, held ? { actual } : { reason: 'mismatch', actual });
}

/** Reads a field (reaching it first) and compares it with the value expected. */
export async function readBackField(ctx: OpContext, key: string, value: string): Promise<FieldResult> {
  const started = performance.now();
  const reached = await reachField(ctx, key, false);
  if ('failure' in reached) return result(key, value, started, { reason: reached.failure, message: reached.message, actual: reached.el ? readField(reached.el) : null });
  const actual = readField(reached.el);
  return result(key, value, started, sameValue(reached.spec.kind, value, actual) ? { actual } : { reason: 'mismatch', actual });
}
