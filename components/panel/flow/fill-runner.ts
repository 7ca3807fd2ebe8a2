import type { FlowView } from '@/lib/procedure';
import type { FillLockHolder, RequestSender } from '@/lib/messaging';
import { withRetry, type RetryOptions } from '@/lib/messaging/retry';
import type { FieldResult, FillResult, FillStarted, FillStep } from '@/lib/schema';
import { setFillFocus, type FillFocus } from '../fill-focus';

/** The background calls a fill makes; injected so the sequence is testable without a browser. */
export type FillBackend = { [K in 'acquireFillLock' | 'recordFillStart' | 'recordFillField' | 'recordFill']: RequestSender<K> };

/** The engine's run (lib/fill runFill), bound to the page and the profile by the caller. */
export type RunOnPage = (
  steps: FillStep[],
  options: { fillId: string; onField: (r: FieldResult) => Promise<void>; onFieldElement: (target: FillFocus | null) => void },
) => Promise<FillResult>;

export type FillOutcome =
  | { kind: 'locked'; holder: FillLockHolder }
  /** Nothing touched NOSSA: the start could not be recorded (the agent may simply try again). */
  | { kind: 'not-started'; error: unknown }
  | { kind: 'recorded'; result: FillResult; view: FlowView }
  /** NOSSA was filled but the result could not be stored: the panel keeps it and offers to record it again. */
  | { kind: 'unrecorded'; result: FillResult; error: unknown };

export interface FillRequest {
  ticketId: string;
  sessionId: string;
  profileId: string;
  ref: string;
  commit: boolean;
  steps: FillStep[];
  now?: () => string;
  newId?: () => string;
  retry?: RetryOptions;
}

/**
 * One fill operation, durable and idempotent (issue 11, item 9): the lock first (one tab per
 * ticket), "fill.started" with the exact values before NOSSA is touched, each field recorded as
 * it lands, then the result, which releases the lock. Every message retries while the worker
 * restarts. Whatever happens on the page, this returns: a thrown engine error becomes a failed
 * result with the fields that did not land marked "interrupted".
 */
export async function runFillOperation(request: FillRequest, backend: FillBackend, runOnPage: RunOnPage): Promise<FillOutcome> {
  const now = request.now ?? (() => new Date().toISOString());
  const fillId = (request.newId ?? (() => crypto.randomUUID()))();
  const send = <T>(call: () => Promise<T>) => withRetry(call, request.retry);
  const { ticketId, sessionId } = request;

  try {
    const lock = await send(() => backend.acquireFillLock({ ticketId, sessionId, fillId }));
    if (!lock.ok) return { kind: 'locked', holder: lock.holder };
    const started: FillStarted = { fillId, profileId: request.profileId, ref: request.ref, commit: request.commit, steps: request.steps, startedAt: now() };
    await send(() => backend.recordFillStart({ sessionId, started }));
  } catch (error) {
    return { kind: 'not-started', error };
  }

  const landed: FieldResult[] = [];
  const startedAt = now();
  let result: FillResult;
  try {
    result = await runOnPage(request.steps, {
      fillId,
      onField: async (field) => {
        landed.push(field);
        // A field that cannot be recorded must not stop a fill half way: the final result
        // carries every field again.
        await send(() => backend.recordFillField({ sessionId, fillId, result: field })).catch(() => undefined);
      },
      // The panel keeps off the field being written and outlines it (components/panel/fill-focus.ts).
      onFieldElement: setFillFocus,
    });
  } catch (error) {
    result = interruptedResult(request, fillId, startedAt, landed, error);
  } finally {
    setFillFocus(null);
  }
  result = { ...result, fillId };

  try {
    const view = await send(() => backend.recordFill({ sessionId, result }));
    return { kind: 'recorded', result, view };
  } catch (error) {
    return { kind: 'unrecorded', result, error };
  }
}

/** A run the engine could not finish (it threw): what landed stays, the rest is "interrupted". */
export function interruptedResult(request: Pick<FillRequest, 'profileId' | 'steps'>, fillId: string, startedAt: string, landed: FieldResult[], error: unknown): FillResult {
  const done = new Map(landed.map((f) => [f.field, f]));
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  const fields = request.steps.map((step): FieldResult => {
    const field = step.kind === 'set' ? step.field : `commit:${step.action}`;
    const expected = step.kind === 'set' ? step.value : step.action;
    return done.get(field) ?? { field, expected, actual: null, status: 'failed', reason: 'interrupted', message, ms: 0 };
  });
  return { kind: 'fill', ok: false, profileId: request.profileId, fields, committed: false, startedAt, totalMs: 0, ownMs: 0, fillId };
}

/** Records a run again (the agent's "Catat lagi" after a failed record), with the same retries. */
export const recordAgain = (backend: Pick<FillBackend, 'recordFill'>, sessionId: string, result: FillResult, retry?: RetryOptions) =>
  withRetry(() => backend.recordFill({ sessionId, result }), retry);
