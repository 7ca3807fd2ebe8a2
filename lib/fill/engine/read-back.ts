import type { FieldResult, FillResult, FillStep } from '../../schema';
import type { SiteProfile } from '../../schema/site-profile';
import { sameValue } from '../compare';
import { FillStopwatch } from './stopwatch';
import { findField, readField } from './fields';
import { readBackField, result, type OpContext } from './field-ops';
import { readRecordState } from './record';
import { openWorkLog, rowsWithRef, selectRow } from './worklog-rows';

type SetStep = Extract<FillStep, { kind: 'set' }>;

/** What the ticket itself holds after each step: the dialog's New Status shows as the ticket's Status. */
const TICKET_FIELD: Record<string, string | null> = { newStatus: 'status', statusMemo: null };

/**
 * Reads back, on a freshly loaded ticket (so only what NOSSA saved is on the page), every value
 * the fill wrote: the main tab's fields, the status, and the Log tab's work-log row carrying the
 * session's reference (exactly one, holding the summary, details and type typed). The caller
 * loads the ticket afresh first; a page that shows unsaved signs is refused, since its values
 * may not be NOSSA's.
 */
export async function readBack(doc: Document, profile: SiteProfile, steps: FillStep[], options: { ref: string; fillId?: string; now?: () => string }): Promise<FillResult> {
  const startedAt = (options.now ?? (() => new Date().toISOString()))();
  const ctx: OpContext = { doc, profile, stopwatch: new FillStopwatch() };
  const fields: FieldResult[] = [];
  const sets = steps.filter((s): s is SetStep => s.kind === 'set');
  const start = readRecordState(doc, profile);

  if (start.state !== 'saved') {
    const reason = start.state === 'expired' ? 'session-expired' : 'unsaved';
    for (const step of sets) fields.push(result(step.field, step.value, performance.now(), { reason, message: start.message?.text ?? null }));
  } else {
    for (const step of sets.filter((s) => s.group !== 'workLog')) {
      const key = Object.hasOwn(TICKET_FIELD, step.field) ? TICKET_FIELD[step.field] : step.field;
      if (key) fields.push(await readBackField(ctx, key, step.value));
    }
    const workLog = sets.filter((s) => s.group === 'workLog');
    if (workLog.length) fields.push(...(await readWorkLogRow(ctx, workLog, options.ref)));
  }

  return {
    kind: 'verify',
    phase: 'readBack',
    ok: fields.length > 0 && fields.every((f) => f.status === 'done'),
    profileId: profile.id,
    fields,
    committed: false,
    startedAt,
    totalMs: Math.round(ctx.stopwatch.totalMs),
    ownMs: Math.round(ctx.stopwatch.ownMs),
    record: readRecordState(doc, profile),
    ...(options.fillId ? { fillId: options.fillId } : {}),
  };
}

/** The saved work-log row with the reference: exactly one, holding every value typed. */
async function readWorkLogRow(ctx: OpContext, steps: SetStep[], ref: string): Promise<FieldResult[]> {
  const started = performance.now();
  const fail = (reason: FieldResult['reason'], message: string | null, actual: string | null = null) =>
    steps.map((step, i) => result(step.field, step.value, started, i === 0 ? { reason, message, actual } : { reason: 'skipped' }));
  const opened = await openWorkLog(ctx, steps[0]!.field);
  if (opened.failure) return fail(opened.failure, opened.message ?? null);
  const rows = rowsWithRef(ctx.doc, ref);
  if (rows.length === 0) return fail('mismatch', `no saved work-log row carries ${ref}`);
  if (rows.length > 1) return fail('mismatch', `${rows.length} saved work-log rows carry ${ref}`, String(rows.length));
  const selected = await selectRow(ctx, rows[0]!, opened.renderAction);
  if (selected.failure) return fail(selected.failure, selected.message ?? null);
  return steps.map((step) => {
    const at = performance.now();
    const spec = ctx.profile.fields[step.field];
    const el = findField(ctx.doc, ctx.profile, step.field);
    if (!spec || !el) return result(step.field, step.value, at, { reason: 'field-missing' });
    const actual = readField(el);
    return result(step.field, step.value, at, sameValue(spec.kind, step.value, actual) ? { actual } : { reason: 'mismatch', actual });
  });
}
