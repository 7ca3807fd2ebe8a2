import type { FieldResult } from '../../schema';
import { actionControl, isDisabledControl } from '../../sites/controls';
import { clickAndSettle, idle, result, type OpContext, type Settled } from './field-ops';
import { sessionExpired } from './page-state';
import { CONFIRM_STATUS_ACTION, SAVE_ACTION, readRecordState } from './record';

/**
 * Presses a commit control for "fill and save", and checks what it did to the record. OK is
 * pressed only while the Change Status dialog is open; Save only while the record is unsaved
 * (a Save with nothing to save is NOSSA's "no changes" message, never a successful Save), and
 * Save counts only when the record shows saved afterwards with no error or warning.
 */
export async function commitStep(ctx: OpContext, name: string, statusAlreadyHeld: boolean): Promise<FieldResult> {
  const started = performance.now();
  const field = `commit:${name}`;
  const done = (extra: { already?: boolean; message?: string | null } = {}) => result(field, name, started, { actual: readRecordState(ctx.doc, ctx.profile).state, ...extra });
  const fail = (reason: FieldResult['reason'], message?: string | null) => result(field, name, started, { reason, message, actual: readRecordState(ctx.doc, ctx.profile).state });
  if (!(await idle(ctx))) return fail('timeout');
  if (sessionExpired(ctx.doc, ctx.profile)) return fail('session-expired');

  /** Clicks a control; a failure result, or what NOSSA answered. */
  const press = async (control: HTMLElement | null): Promise<FieldResult | Settled> => {
    if (!control) return fail('field-missing');
    if (isDisabledControl(control)) return fail('read-only');
    const settled = await clickAndSettle(ctx, control);
    if (sessionExpired(ctx.doc, ctx.profile)) return fail('session-expired');
    if (settled.timedOut) return fail('timeout');
    if (settled.problem) return fail('rejected', settled.problem);
    return settled;
  };
  const failed = (outcome: FieldResult | Settled): outcome is FieldResult => 'status' in outcome;

  if (name === CONFIRM_STATUS_ACTION) {
    const ok = actionControl(ctx.doc, ctx.profile, name);
    if (!ok && statusAlreadyHeld) return done({ already: true });
    const settled = await press(ok);
    if (failed(settled)) return settled;
    // OK that leaves the dialog open did not take the new status.
    if (actionControl(ctx.doc, ctx.profile, name)) return fail('not-saved', settled.message?.text ?? null);
    return done({ message: settled.message?.text ?? null });
  }

  if (name === SAVE_ACTION) {
    const before = readRecordState(ctx.doc, ctx.profile);
    if (before.state === 'dialog-open') return fail('not-saved', before.message?.text ?? null);
    if (before.state === 'saved') return done({ already: true, message: before.message?.text ?? null });
    const settled = await press(actionControl(ctx.doc, ctx.profile, name));
    if (failed(settled)) return settled;
    const after = readRecordState(ctx.doc, ctx.profile);
    if (after.state !== 'saved') return fail('not-saved', settled.message?.text ?? after.message?.text ?? null);
    return done({ message: settled.message?.text ?? null });
  }

  // Another commit control an admin named: pressed, and judged by NOSSA's answer.
  const settled = await press(actionControl(ctx.doc, ctx.profile, name));
  if (failed(settled)) return settled;
  return settled.sawRoundTrip ? done() : fail('not-recorded');
}
