import type { FieldResult, FillResult, FillStep } from '../../schema';
import type { SiteProfile } from '../../schema/site-profile';
import { sameValue } from '../compare';
import { FillStopwatch } from './stopwatch';
import { commitStep } from './commit';
import { readBackField, result, runAction, setField, type OpContext } from './field-ops';
import { sessionExpired } from './page-state';
import { readRecordState } from './record';
import { noteRowAdded, openWorkLog, rowAddedHere, rowsWithRef, selectRow } from './worklog-rows';

type SetStep = Extract<FillStep, { kind: 'set' }>;

export interface FillRunOptions {
  /** The operation id (recorded in "fill.started" before this runs). */
  fillId: string;
  /** The session's work-log reference: Pandu's own row is recognised by it. */
  ref: string;
  now?: () => string;
  /** Each field's result as it lands; awaited, so the caller can store it before the next one. */
  onField?: (result: FieldResult) => void | Promise<void>;
  onProgress?: (fields: FieldResult[]) => void;
  /** The NOSSA field about to be written (the panel keeps off it and outlines it); null when the run ends. */
  onFieldElement?: (target: { field: string; element: Element } | null) => void;
}

/** The steps as runs of one group (main fields, the work-log row, the status change) or one commit. */
function segments(steps: FillStep[]): Array<{ group: SetStep['group']; steps: SetStep[] } | { commit: string }> {
  const out: Array<{ group: SetStep['group']; steps: SetStep[] } | { commit: string }> = [];
  for (const step of steps) {
    if (step.kind === 'commit') out.push({ commit: step.action });
    else {
      const last = out[out.length - 1];
      if (last && 'group' in last && last.group === step.group) last.steps.push(step);
      else out.push({ group: step.group, steps: [step] });
    }
  }
  return out;
}

/**
 * Fills NOSSA for an outcome, idempotently: it first reads what NOSSA holds and does only what
 * is missing (a field already holding its value is left alone; a work-log row carrying the
 * session's reference is never added twice; a ticket already in the target status gets no
 * second status change). The first failure stops the run (later fields are "skipped"). A
 * session expiry turns every field "failed": NOSSA drops unsaved values with the session.
 */
export async function runFill(doc: Document, profile: SiteProfile, steps: FillStep[], options: FillRunOptions): Promise<FillResult> {
  const startedAt = (options.now ?? (() => new Date().toISOString()))();
  const ctx: OpContext = { doc, profile, stopwatch: new FillStopwatch(), onFieldElement: options.onFieldElement };
  const fields: FieldResult[] = [];
  let stopped = false;
  let statusHeld = false;

  const land = async (outcome: FieldResult) => {
    fields.push(outcome);
    if (outcome.reason === 'session-expired') {
      for (const earlier of fields) if (earlier.status === 'done') Object.assign(earlier, { status: 'failed', reason: 'session-expired', already: undefined });
    }
    if (outcome.status === 'failed') stopped = true;
    options.onProgress?.([...fields]);
    await options.onField?.(outcome);
  };
  const skipAll = async (group: SetStep[]) => {
    for (const step of group) await land(result(step.field, step.value, performance.now(), { reason: 'skipped' }));
  };

  // Read while the main tab is in view for the main fields anyway: one tab switch fewer.
  const statusSegment = segments(steps).find((s) => 'group' in s && s.group === 'status');
  if (statusSegment && 'group' in statusSegment) statusHeld = await statusAlreadyHeld(ctx, statusSegment.steps);

  for (const segment of segments(steps)) {
    if ('commit' in segment) {
      if (stopped) await land(result(`commit:${segment.commit}`, segment.commit, performance.now(), { reason: 'skipped' }));
      else await land(await commitStep(ctx, segment.commit, statusHeld));
      continue;
    }
    if (stopped) {
      await skipAll(segment.steps);
      continue;
    }
    if (segment.group === 'status') {
      if (statusHeld) {
        for (const step of segment.steps) await land(result(step.field, step.value, performance.now(), { already: true, actual: null }));
        continue;
      }
    }
    if (segment.group === 'workLog') {
      const prepared = await prepareWorkLogRow(ctx, segment.steps, options.ref);
      if (prepared === 'saved') {
        // The row with the reference is NOSSA's already; what it holds is the read-back's to prove.
        for (const step of segment.steps) await land(result(step.field, step.value, performance.now(), { already: true, actual: null }));
        continue;
      }
      if (prepared !== 'ready') {
        const [first, ...rest] = segment.steps;
        await land(result(first!.field, first!.value, performance.now(), prepared));
        await skipAll(rest);
        continue;
      }
    }
    for (const step of segment.steps) {
      if (stopped) await land(result(step.field, step.value, performance.now(), { reason: 'skipped' }));
      else await land(await setField(ctx, step.field, step.value));
    }
  }

  options.onFieldElement?.(null);
  const record = readRecordState(doc, profile);
  const ok = fields.every((f) => f.status === 'done');
  const hasCommit = steps.some((s) => s.kind === 'commit');
  return {
    kind: 'fill',
    ok,
    profileId: profile.id,
    fields,
    committed: ok && hasCommit && record.state === 'saved',
    startedAt,
    totalMs: Math.round(ctx.stopwatch.totalMs),
    ownMs: Math.round(ctx.stopwatch.ownMs),
    fillId: options.fillId,
    record,
  };
}

/**
 * Whether the ticket already has the status the dialog would set (a retry after OK): then the
 * Change Status dialog is not opened again (NOSSA refuses a change to the same status anyway).
 */
async function statusAlreadyHeld(ctx: OpContext, steps: SetStep[]): Promise<boolean> {
  const target = steps.find((s) => s.field === 'newStatus')?.value;
  if (!target || !ctx.profile.fields.status) return false;
  const read = await readBackField(ctx, 'status', target);
  return read.status === 'done' && sameValue('valueList', target, read.actual);
}

/**
 * Gets the work log ready for this session's row: NOSSA already holds it (saved), or Pandu's own
 * unsaved row on this page is selected again, or New Row renders a fresh one.
 */
async function prepareWorkLogRow(ctx: OpContext, steps: SetStep[], ref: string): Promise<'ready' | 'saved' | { reason: FieldResult['reason']; message?: string | null }> {
  const opened = await openWorkLog(ctx, steps[0]!.field);
  if (sessionExpired(ctx.doc, ctx.profile)) return { reason: 'session-expired' };
  if (opened.failure) return { reason: opened.failure, message: opened.message };
  const rows = rowsWithRef(ctx.doc, ref);
  if (rows.length) {
    const ownUnsaved = rowAddedHere(ctx.doc, ref) && readRecordState(ctx.doc, ctx.profile).state !== 'saved';
    if (!ownUnsaved) return 'saved';
    const selected = await selectRow(ctx, rows[0]!, opened.renderAction);
    return selected.failure ? { reason: selected.failure, message: selected.message } : 'ready';
  }
  if (!opened.renderAction) return 'ready';
  const added = await runAction(ctx, opened.renderAction);
  if (sessionExpired(ctx.doc, ctx.profile)) return { reason: 'session-expired' };
  if (added.failure) return { reason: added.failure, message: added.message };
  if (!added.ran) return { reason: 'field-missing', message: `${opened.renderAction}?` };
  noteRowAdded(ctx.doc, ref);
  return 'ready';
}
