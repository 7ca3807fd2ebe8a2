import { typedValue } from '@/lib/fill';
import type { FillLockInfo } from '@/lib/messaging';
import { fillIdOf, type FieldResult, type FillResult, type FillStarted, type PanduEvent, type ReloadPurpose } from '@/lib/schema';

/**
 * Where a session's NOSSA update stands, derived from the stored audit events alone (plus the
 * live lock and this panel's own running fill), so a reload, a second tab or a restarted worker
 * all show the same thing. Pure: no DOM, no messages.
 */
export type FillState =
  | { kind: 'idle' }
  /** This panel is filling now. */
  | { kind: 'running-here'; fill: FillTrail | null }
  /** Another tab holds the ticket's fill lock. */
  | { kind: 'running-elsewhere'; holder: FillLockInfo; fill: FillTrail | null }
  /** A fill started and never ended (tab reloaded, browser closed): fields so far are in `fill`. */
  | { kind: 'interrupted'; fill: FillTrail }
  | { kind: 'fill-failed'; fill: FillTrail; result: FillResult }
  /** Filled; NOSSA still has to save it (or Pandu's commit has to be checked). */
  | { kind: 'filled-not-saved'; fill: FillTrail; result: FillResult }
  /** The record looked saved and Pandu reloaded the ticket for a fresh read; the read-back is due. */
  | { kind: 'awaiting-read-back'; fill: FillTrail; result: FillResult; reloadAt: string | null }
  | { kind: 'verify-failed'; fill: FillTrail; result: FillResult; verify: FillResult }
  | { kind: 'verified'; fill: FillTrail; result: FillResult; verify: FillResult };

/** One fill operation as the trail tells it. */
export interface FillTrail {
  fillId: string | null;
  /** The exact steps and values the fill typed (null for fills stored before "fill.started" existed). */
  started: FillStarted | null;
  /** Per-field results recorded as they landed, in step order, one per field. */
  fields: FieldResult[];
  result: FillResult | null;
  /** Verify runs after this fill, oldest first. */
  verifies: FillResult[];
  reloads: string[];
}

/** The events of one kind, in trail order. */
const ofKind = <K extends PanduEvent['type']>(events: readonly PanduEvent[], type: K) => events.filter((e): e is Extract<PanduEvent, { type: K }> => e.type === type);

/** The session's latest fill operation, or null when none was ever started or recorded. */
export function latestFill(events: readonly PanduEvent[]): FillTrail | null {
  const started = ofKind(events, 'fill.started').at(-1)?.payload;
  if (!started) return legacyFill(events);
  const mine = events.filter((e) => fillIdOf(e) === started.fillId);
  const byField = new Map<string, FieldResult>();
  for (const e of ofKind(mine, 'fill.field')) byField.set(e.payload.result.field, e.payload.result);
  const order = (field: string) => {
    const i = started.steps.findIndex((s) => (s.kind === 'set' ? s.field : `commit:${s.action}`) === field);
    return i < 0 ? started.steps.length : i;
  };
  return {
    fillId: started.fillId,
    started,
    fields: [...byField.values()].sort((a, b) => order(a.field) - order(b.field)),
    result: ofKind(mine, 'fill.result').at(-1)?.payload ?? null,
    verifies: ofKind(mine, 'fill.verify').map((e) => e.payload),
    reloads: ofKind(mine, 'fill.reload').map((e) => e.at),
  };
}

/** Sessions recorded before fills had ids: the last "fill.result" and the verifies after it. */
function legacyFill(events: readonly PanduEvent[]): FillTrail | null {
  const last = events.findLastIndex((e) => e.type === 'fill.result');
  const resultEvent = events[last];
  if (resultEvent?.type !== 'fill.result') return null;
  const result = resultEvent.payload;
  return {
    fillId: result.fillId ?? null,
    started: null,
    fields: result.fields,
    result,
    verifies: ofKind(events.slice(last + 1), 'fill.verify').map((e) => e.payload),
    reloads: [],
  };
}

export interface FillStateInput {
  events: readonly PanduEvent[];
  /** The live fill lock on this ticket (from the background), if any. */
  lock: FillLockInfo | null;
  /** The fill this panel is running now, if any. */
  runningHere: boolean;
}

export function deriveFillState({ events, lock, runningHere }: FillStateInput): FillState {
  const fill = latestFill(events);
  if (runningHere) return { kind: 'running-here', fill };
  // A lock held here but no run in this panel: this tab was reloaded mid-fill; the trail decides.
  if (lock && !lock.here) return { kind: 'running-elsewhere', holder: lock, fill };
  if (!fill) return { kind: 'idle' };
  const { result } = fill;
  if (!result) return { kind: 'interrupted', fill };
  if (!result.ok) return { kind: 'fill-failed', fill, result };
  const verify = fill.verifies.at(-1);
  if (!verify) return { kind: 'filled-not-saved', fill, result };
  if (!verify.ok) return { kind: 'verify-failed', fill, result, verify };
  // A fresh read proved it; older records (no phase) counted their page read as the proof.
  if (verify.phase !== 'record') return { kind: 'verified', fill, result, verify };
  return { kind: 'awaiting-read-back', fill, result, reloadAt: fill.reloads.at(-1) ?? null };
}

/** How long after Pandu's reload a read-back is still run by itself (an older reload is stale). */
export const READ_BACK_WINDOW_MS = 5 * 60_000;

/**
 * Whether this page load is the fresh load Pandu asked for: the latest "fill.reload" of the
 * session has no verify after it, was made before this page started loading (so this page shows
 * only what NOSSA saved), and is recent. At most one read-back per reload: once it is recorded,
 * a verify follows the reload and this is false.
 */
export function readBackDue(events: readonly PanduEvent[], pageStartedAt: number, now: number): { fill: FillTrail & { started: FillStarted } } | null {
  return reloadDue(events, pageStartedAt, now, 'readBack');
}

/**
 * After Pandu reloaded the ticket to fill again on a clean page (a failed fill had left unsaved
 * values nobody can tell saved from unsent): the fill the agent asked for, once, with the same
 * steps.
 */
export function refillDue(events: readonly PanduEvent[], pageStartedAt: number, now: number): { fill: FillTrail & { started: FillStarted } } | null {
  return reloadDue(events, pageStartedAt, now, 'refill');
}

/** The latest "fill.reload" of this purpose, made before this page load, recent, and not acted on yet. */
function reloadDue(events: readonly PanduEvent[], pageStartedAt: number, now: number, purpose: ReloadPurpose): { fill: FillTrail & { started: FillStarted } } | null {
  const reloadIndex = events.findLastIndex((e) => e.type === 'fill.reload');
  const reload = events[reloadIndex];
  if (reload?.type !== 'fill.reload') return null;
  // Stored before purposes existed: a read-back.
  if ((reload.payload.purpose ?? 'readBack') !== purpose) return null;
  if (events.slice(reloadIndex + 1).some((e) => e.type === 'fill.verify' || e.type === 'fill.started')) return null;
  const at = Date.parse(reload.at);
  if (!(at <= pageStartedAt) || now - at > READ_BACK_WINDOW_MS) return null;
  const fill = latestFill(events);
  if (!fill?.started || fill.fillId !== fillIdOf(reload)) return null;
  return { fill: fill as FillTrail & { started: FillStarted } };
}

/** The work-log details text a fill typed (what the session records as applied). */
export const typedWorkLog = (started: FillStarted | null): string | null => (started && typedValue(started.steps, 'workLogDetails')) ?? null;
