import type { Translate } from '../i18n/translate';
import { RECHECK_POINTS, STEP_NUMBER } from '../procedure/state';
import type { FillResult } from '../schema/fill';
import { formatLocal } from '../time/format';
import { unhandledKind } from './kinds';
import type { PanduEvent } from './payloads';

/** An event in words: what happened (title) and its particulars in one line (detail). */
export interface EventDescription {
  title: string;
  detail: string;
}

const join = (...parts: Array<string | null | undefined | false>) => parts.filter(Boolean).join(' · ');

/** Payload fields as "key: value; ...", nested values as compact JSON; the step has its own column. */
export function summarizePayload(payload: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(payload)) {
    if (key === 'step' || value === undefined) continue;
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    parts.push(`${key}: ${text}`);
  }
  const summary = parts.join('; ');
  // Excel refuses cells over 32,767 characters; the JSON export keeps the whole payload.
  return summary.length > 32_000 ? `${summary.slice(0, 32_000)}…` : summary;
}

/** "2026-11-20" (a shift's local date) as agents write dates: "20-11-2026". */
const localDate = (date: string) => date.split('-').reverse().join('-');

/**
 * One readable description per kind, in the reader's language (`t`), times in the agent's zone
 * with its name ("27-11-2026 10:00 WITA"; `timeZone` only where the browser's is not the one).
 * A kind this Pandu does not know (from a newer one) is shown by its code and its payload.
 */
export function describeEvent(event: PanduEvent, t: Translate, timeZone?: string): EventDescription {
  const when = (iso: string) => formatLocal(iso, timeZone);
  const described = (detail: string): EventDescription => ({ title: t(`event.${event.type}`), detail });
  const fillOutcome = (result: FillResult, done: string) => {
    if (result.ok) return done;
    const failed = result.fields.filter((f) => f.status === 'failed').map((f) => `${f.field}: ${f.reason ?? ''}`);
    return failed.length ? t('event.fillFailed', { detail: failed.join(', ') }) : t('event.fillFailedPlain');
  };
  switch (event.type) {
    case 'session.started': {
      const { ticket } = event.payload;
      return described(join(ticket.customerName, ticket.contactPhone, ticket.status, ticket.summary));
    }
    case 'request.submitted': {
      const p = event.payload;
      return described(join(`${p.requesterName} (${p.requesterGroup})`, p.reasonCode, p.requestedUntil && t('event.requestedUntil', { until: when(p.requestedUntil) }), p.note));
    }
    case 'recheck.confirmed': {
      const missing = RECHECK_POINTS.filter((point) => !event.payload.checks[point]);
      return described(missing.length ? t('event.recheckMissing', { points: missing.join(', ') }) : t('event.rechecked'));
    }
    case 'call.attempt':
      return described(join(`#${event.payload.number}`, t(`call.result.${event.payload.result}`), event.payload.note));
    case 'outcome.unreachable':
      return described(t('event.pendingUntil', { until: when(event.payload.pendingUntil), failed: event.payload.failedAttempts }));
    case 'customer.approved':
      return described(t('event.approvedUntil', { until: when(event.payload.pendingUntil) }));
    case 'customer.declined':
      return described(join(event.payload.note, event.payload.forwardTo && t('event.forwardTo', { group: event.payload.forwardTo })));
    case 'update.applied':
      return described(join(t(event.payload.by === 'fill' ? 'event.appliedByFill' : 'event.appliedByHand'), event.payload.workLog));
    case 'flow.back':
      return described(t('event.fromStep', { step: STEP_NUMBER[event.payload.from] }));
    case 'flow.cancelled':
      return described(join(event.payload.reason, t('event.atStep', { step: STEP_NUMBER[event.payload.atStep] })));
    case 'fill.started':
      return described(t(event.payload.commit ? 'event.fillPlanCommit' : 'event.fillPlan', { count: event.payload.steps.length, ref: event.payload.ref }));
    case 'fill.field': {
      const { result } = event.payload;
      const outcome = result.status === 'done' ? t(result.already ? 'event.fieldAlready' : 'event.fieldDone') : join(result.reason, result.message);
      return described(`${result.field}: ${outcome}`);
    }
    case 'fill.result': {
      const p = event.payload;
      return described(fillOutcome(p, t(p.committed ? 'event.fillCommitted' : 'event.fillNotSaved', { count: p.fields.length })));
    }
    case 'fill.verify': {
      // Only a read-back of the reloaded ticket proves NOSSA saved; the record check says what it saw.
      const p = event.payload;
      return described(fillOutcome(p, t(p.phase === 'record' ? 'event.recordClean' : 'event.readBackOk', { count: p.fields.length })));
    }
    case 'fill.interrupted':
      return described('');
    case 'fill.reload':
      // Stored before purposes existed: a read-back.
      return described(t(event.payload.purpose === 'refill' ? 'event.reloadForRefill' : 'event.reloadForReadBack'));
    case 'followup.notified':
    case 'followup.opened':
    case 'followup.resolved':
      return described(event.payload.pendingUntil ? t('event.followUpUntil', { until: when(event.payload.pendingUntil) }) : '');
    case 'checklist.ticked':
    case 'checklist.unticked':
    case 'checklist.completed': {
      const p = event.payload;
      const seen = p.detected && (p.nossaUser ? t('event.detectedAs', { user: p.nossaUser }) : t('event.detected'));
      return described(join(t('event.checklistStep', { step: p.step, shift: p.shiftName, date: localDate(p.shiftDate) }), seen));
    }
    case 'retention.deleted': {
      const { sessions, events, shifts, imports, days, cutoff, by } = event.payload;
      return described(join(t('event.retentionCounts', { sessions, events, shifts, imports, days, cutoff: when(cutoff) }), t(`event.retentionBy.${by}`)));
    }
    default: {
      const unknown = unhandledKind(event);
      return { title: unknown.type, detail: summarizePayload(unknown.payload ?? {}) };
    }
  }
}
