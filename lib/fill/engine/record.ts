import type { FieldResult, FillResult, FillStep, RecordState } from '../../schema';
import type { SiteProfile } from '../../schema/site-profile';
import { actionControl, isDisabledControl } from '../../sites/controls';
import { findField, readField } from './fields';
import { hostMessage, isBusy, sessionExpired } from './page-state';

/** Profile actions whose controls tell the record's state (named by the shipped profile). */
export const SAVE_ACTION = 'save';
export const CONFIRM_STATUS_ACTION = 'confirmChangeStatus';

/**
 * The record's state from the page's own signs. Maximo shows unsaved values exactly like saved
 * ones; what gives them away is the Save control (enabled while the record holds unsaved
 * changes), an open Change Status dialog, the login form that replaces the page when the session
 * ends, and the message bar. "saved" is only the absence of those signs: what NOSSA really holds
 * is proven by reading a freshly loaded ticket (readBack).
 */
export function readRecordState(doc: Document, profile: SiteProfile): RecordState {
  const message = sessionExpired(doc, profile) ? null : hostMessage(doc, profile);
  if (sessionExpired(doc, profile)) return { state: 'expired', message };
  if (isBusy(doc, profile)) return { state: 'busy', message };
  if (actionControl(doc, profile, CONFIRM_STATUS_ACTION)) return { state: 'dialog-open', message };
  const save = actionControl(doc, profile, SAVE_ACTION);
  if (!save) return { state: 'unknown', message };
  return { state: isDisabledControl(save) ? 'saved' : 'unsaved', message };
}

/** Values on NOSSA's screen the record has not saved: Save enabled, or the dialog still open. */
export const holdsUnsaved = (record: RecordState | null): boolean => record?.state === 'unsaved' || record?.state === 'dialog-open';

/**
 * The first half of "Periksa hasil": may the ticket be reloaded for a fresh read? Only when the
 * page shows no unsaved sign and no error or warning. Otherwise every field the fill set is
 * "terisi, belum disimpan" (or lost with the session), with the record state that says what the
 * agent must press. `ok` here never means done: done is the read-back's.
 */
export function verifyRecord(doc: Document, profile: SiteProfile, steps: FillStep[], options: { fillId?: string; now?: () => string } = {}): FillResult {
  const started = performance.now();
  const startedAt = (options.now ?? (() => new Date().toISOString()))();
  const record = readRecordState(doc, profile);
  const problem = record.message && record.message.severity !== 'info' ? record.message.text : null;
  const clean = record.state === 'saved' && !problem;
  const fields: FieldResult[] = clean
    ? [{ field: 'record', expected: 'saved', actual: 'saved', status: 'done', reason: null, message: record.message?.text ?? null, ms: 0 }]
    : steps.flatMap((step) => {
        if (step.kind !== 'set') return [];
        const el = findField(doc, profile, step.field);
        return [
          {
            field: step.field,
            expected: step.value,
            actual: el ? readField(el) : null,
            status: 'failed' as const,
            reason: record.state === 'expired' ? ('session-expired' as const) : problem ? ('rejected' as const) : ('unsaved' as const),
            message: record.message?.text ?? null,
            ms: 0,
          },
        ];
      });
  return {
    kind: 'verify',
    phase: 'record',
    ok: clean,
    profileId: profile.id,
    fields,
    committed: false,
    startedAt,
    totalMs: Math.round(performance.now() - started),
    ownMs: Math.round(performance.now() - started),
    record,
    ...(options.fillId ? { fillId: options.fillId } : {}),
  };
}
