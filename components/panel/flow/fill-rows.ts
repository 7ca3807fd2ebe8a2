import type { UpdatePlan } from '@/lib/fill';
import type { FieldResult, FillResult, FillStep, PanduEvent } from '@/lib/schema';
import { deriveFillState, latestFill, type FillState, type FillTrail } from './fill-state';

/**
 * Where one NOSSA field of the outcome stands, in the tense the agent should read it. "saved" is
 * said only for a field the read-back of a freshly loaded ticket found holding the value typed
 * (README, "What done means"): a value on NOSSA's screen is "on-screen", however saved it looks.
 */
export type RowState =
  /** Nothing ran yet (or the value was edited since): Pandu will write this. */
  | 'planned'
  /** This field is being written now. */
  | 'filling'
  /** A fill runs; this field comes later. */
  | 'queued'
  /** A fill ran and stopped before this field. */
  | 'not-reached'
  /** Typed (or pressed) on NOSSA's screen; not proven saved. */
  | 'on-screen'
  /** NOSSA already held the value; nothing was typed. */
  | 'already'
  /** The read-back of the reloaded ticket holds the value. */
  | 'saved'
  /** Written, and the record it belongs to was read back saved, but NOSSA does not show this field back (the Change Status memo). */
  | 'not-read-back'
  /** The agent says it was typed by hand (Pandu did not check it). */
  | 'manual'
  | 'failed';

export interface FieldRow {
  /** The profile field key (pendingReason, workLogDetails, ...), "commit:<action>", or a plan field for a manual update. */
  field: string;
  /** The value to write or written (a commit's action name). */
  write: string;
  state: RowState;
  /** The fill's or the check's result that decided the state: its reason, NOSSA's message, what NOSSA held. */
  result: FieldResult | null;
  /** Which run the result comes from: the fill, or a check of what NOSSA saved. */
  from: 'fill' | 'verify' | null;
}

export const stepKey = (step: FillStep): string => (step.kind === 'set' ? step.field : `commit:${step.action}`);
const stepValue = (step: FillStep): string => (step.kind === 'set' ? step.value : step.action);

/** The read-back reads the dialog's New Status as the ticket's Status (lib/fill/engine/read-back.ts). */
const READ_BACK_KEY: Record<string, string> = { newStatus: 'status' };

/** A result for this row: same field, and about the very value shown (an edited value is a new plan). */
const resultFor = (results: readonly FieldResult[] | undefined, key: string, write: string) => results?.find((r) => r.field === key && r.expected === write) ?? null;

const fromFill = (result: FieldResult): RowState => (result.status === 'failed' ? 'failed' : result.already ? 'already' : 'on-screen');

/**
 * The rows of the outcome view, one per step of the update, from where the fill stands: what
 * will be written before anything ran; during a fill, what landed, what is being written and
 * what waits; afterwards, what NOSSA's screen took, then what the read-back proved saved. A fill
 * that ran on an older value of a field (the work log edited since) does not speak for it.
 *
 * `running` is the fill in progress, seen here (this panel's progress) or from the trail (another
 * tab's fields as they are recorded); null when no fill runs.
 */
export function fieldRows(steps: readonly FillStep[], state: FillState, running: readonly FieldResult[] | null): FieldRow[] {
  if (running) {
    let next = true;
    return steps.map((step) => {
      const key = stepKey(step);
      const write = stepValue(step);
      const result = resultFor(running, key, write);
      if (result) return { field: key, write, state: fromFill(result), result, from: 'fill' };
      const state: RowState = next ? 'filling' : 'queued';
      next = false;
      return { field: key, write, state, result: null, from: null };
    });
  }
  const fill = 'fill' in state ? state.fill : null;
  if (!fill) return steps.map((step) => ({ field: stepKey(step), write: stepValue(step), state: 'planned', result: null, from: null }));

  const filled = fill.result?.fields ?? fill.fields;
  const verify = fill.verifies.at(-1) ?? null;
  return steps.map((step) => {
    const key = stepKey(step);
    const write = stepValue(step);
    const result = resultFor(filled, key, write);
    if (!result) {
      // Filled with another value (edited since): it is still to be written.
      const edited = filled.some((r) => r.field === key);
      return { field: key, write, state: edited ? 'planned' : 'not-reached', result: null, from: null };
    }
    const checked = verify ? verifiedRow(verify, key, write, result) : null;
    return checked ?? { field: key, write, state: fromFill(result), result, from: 'fill' };
  });
}

/** What the latest check says of a field the fill wrote; null when it says nothing of it. */
function verifiedRow(verify: FillResult, key: string, write: string, filled: FieldResult): FieldRow | null {
  // A record check ("phase: record") only says whether the page shows unsaved signs: never "saved".
  const readBack = verify.phase !== 'record';
  const checked = resultFor(verify.fields, key, write) ?? (readBack && READ_BACK_KEY[key] ? resultFor(verify.fields, READ_BACK_KEY[key], write) : null);
  if (checked?.status === 'failed') return { field: key, write, state: 'failed', result: checked, from: 'verify' };
  if (checked && readBack) return { field: key, write, state: 'saved', result: checked, from: 'verify' };
  // Not read back (the memo; OK and Save are actions): it went with a record the read-back found saved.
  if (!checked && readBack && verify.ok && filled.status === 'done' && !key.startsWith('commit:'))
    return { field: key, write, state: 'not-read-back', result: filled, from: 'fill' };
  return null;
}

/**
 * An update the agent typed by hand: the plan's values, as the agent says they were written. A
 * value the agent typed in other words than the plan keeps it (the pending time, an instant in
 * the plan) shows as the agent saw it.
 */
export const manualRows = (plan: UpdatePlan): FieldRow[] =>
  plan.values.map((v) => ({ field: v.field, write: v.display && !v.display.startsWith(v.value) ? v.display : v.value, state: 'manual', result: null, from: null }));

/** The steps a fill typed, rebuilt from its results for fills recorded before "fill.started" kept them. */
export const trailSteps = (fill: FillTrail): FillStep[] =>
  fill.started?.steps ??
  (fill.result?.fields ?? fill.fields).map((f): FillStep =>
    f.field.startsWith('commit:') ? { kind: 'commit', action: f.expected } : { kind: 'set', group: 'main', field: f.field, value: f.expected },
  );

/** The plan field that shows a fill step's value to the agent in their words (a reason's label, a time with its zone). */
const PLAN_FIELD: Record<string, UpdatePlan['values'][number]['field']> = {
  newStatus: 'status',
  pendingReason: 'pendingReason',
  pendingUntil: 'pendingUntil',
  ownerGroup: 'ownerGroup',
};

/**
 * What the value means, when the plan shows it otherwise than it is typed: the reason's label
 * after its code, the zone after a time typed in NOSSA's format, the agent's local time when
 * NOSSA's zone differs. Null when it adds nothing.
 */
export function valueNote(plan: UpdatePlan | null, field: string, write: string): string | null {
  const planned = plan?.values.find((v) => v.field === (PLAN_FIELD[field] ?? field));
  const shown = planned?.display ?? planned?.value;
  if (!shown || shown === write) return null;
  if (shown.startsWith(write))
    return (
      shown
        .slice(write.length)
        .replace(/^\s*-\s*/, '')
        .trim() || null
    );
  return shown;
}

/** The heading over the rows: what they are, in the tense of where the update stands. */
export type RowsCaption = 'will' | 'writing' | 'stopped' | 'onScreen' | 'checking' | 'notAllSaved' | 'saved' | 'manual';

export function rowsCaption(state: FillState['kind'], running: boolean): RowsCaption {
  if (running) return 'writing';
  switch (state) {
    case 'idle':
      return 'will';
    case 'running-here':
    case 'running-elsewhere':
      return 'writing';
    case 'interrupted':
    case 'fill-failed':
      return 'stopped';
    case 'filled-not-saved':
      return 'onScreen';
    case 'awaiting-read-back':
      return 'checking';
    case 'verify-failed':
      return 'notAllSaved';
    case 'verified':
      return 'saved';
  }
}

/**
 * What a finished session shows of its NOSSA update, in the past tense it earned: the agent's
 * own statement for a hand-typed update, else what the session's latest fill wrote and what the
 * read-back proved. Nothing for a session that wrote nothing (cancelled before the outcome).
 */
export function finishedRows(appliedBy: 'fill' | 'manual' | null, plan: UpdatePlan | null, events: readonly PanduEvent[]): { rows: FieldRow[]; caption: RowsCaption } | null {
  const fill = latestFill(events);
  if (appliedBy === 'manual' || (!fill && appliedBy == null && plan)) return plan ? { rows: manualRows(plan), caption: 'manual' } : null;
  if (!fill) return null;
  const state = deriveFillState({ events, lock: null, runningHere: false });
  return { rows: fieldRows(trailSteps(fill), state, null), caption: rowsCaption(state.kind, false) };
}
