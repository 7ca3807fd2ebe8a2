import type { MessageKey, Translate } from '@/lib/i18n';
import type { PanduEvent } from '@/lib/schema';
import { summarizePayload } from '@/lib/export';
import { formatLocal } from '@/lib/time';

/** Event types the dashboard names in words; anything else shows its code. */
const NAMED = new Set([
  'session.started', 'request.submitted', 'recheck.confirmed', 'call.attempt', 'outcome.unreachable', 'customer.approved',
  'customer.declined', 'update.applied', 'flow.back', 'flow.cancelled', 'fill.started', 'fill.field', 'fill.result', 'fill.verify',
  'fill.reload', 'fill.interrupted', 'retention.deleted',
]);

export function eventTitle(event: PanduEvent, t: Translate): string {
  return NAMED.has(event.type) ? t(`dashboard.event.${event.type}` as MessageKey) : event.type;
}

/** The event's particulars in one line: the key facts for known types, the payload otherwise. */
export function eventDetail(event: PanduEvent, t: Translate): string {
  const p = event.payload;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const when = (value: unknown) => (typeof value === 'string' && Number.isFinite(Date.parse(value)) ? formatLocal(value) : '');
  switch (event.type) {
    case 'session.started': {
      const ticket = (p.ticket ?? {}) as Record<string, unknown>;
      return [text(ticket.customerName), text(ticket.contactPhone), text(ticket.status), text(ticket.summary)].filter(Boolean).join(' · ');
    }
    case 'recheck.confirmed':
      return t('dashboard.event.rechecked');
    case 'outcome.unreachable':
      return t('dashboard.event.pendingUntil', { until: when(p.pendingUntil), failed: String(p.failedAttempts ?? '') });
    case 'customer.approved':
      return t('dashboard.event.approvedUntil', { until: when(p.pendingUntil) });
    case 'request.submitted':
      return [`${text(p.requesterName)} (${text(p.requesterGroup)})`, text(p.reasonCode), text(p.note)].filter(Boolean).join(' · ');
    case 'call.attempt':
      return [`#${String(p.number ?? '')}`, t(`call.result.${text(p.result)}` as MessageKey), text(p.note)].filter(Boolean).join(' · ');
    case 'flow.cancelled':
      return text(p.reason);
    case 'customer.declined':
      return [text(p.note), p.forwardTo ? t('dashboard.event.forwardTo', { group: text(p.forwardTo) }) : ''].filter(Boolean).join(' · ');
    case 'update.applied':
      return [t(p.by === 'fill' ? 'dashboard.event.appliedByFill' : 'dashboard.event.appliedByHand'), text(p.workLog)].join(' · ');
    case 'fill.field': {
      const result = (p.result ?? {}) as Record<string, unknown>;
      return `${text(result.field)}: ${result.status === 'done' ? t('dashboard.event.fieldDone') : text(result.reason)}`;
    }
    case 'fill.reload':
      return t('dashboard.event.reloadForReadBack');
    case 'fill.result':
    case 'fill.verify': {
      const fields = Array.isArray(p.fields) ? (p.fields as Array<{ field?: unknown; status?: unknown; reason?: unknown }>) : [];
      const failed = fields.filter((f) => f.status === 'failed').map((f) => `${text(f.field)}: ${text(f.reason)}`);
      if (!p.ok) return failed.length ? t('dashboard.event.fillFailed', { detail: failed.join(', ') }) : t('dashboard.event.fillFailedPlain');
      // Only a read-back of the reloaded ticket proves NOSSA saved; the rest says what it was.
      if (event.type === 'fill.verify') return t(p.phase === 'record' ? 'dashboard.event.recordClean' : 'dashboard.event.readBackOk', { count: fields.length });
      return t(p.committed ? 'dashboard.event.fillCommitted' : 'dashboard.event.fillNotSaved', { count: fields.length });
    }
    default:
      return summarizePayload(p);
  }
}
