import type { MessageKey } from '@/lib/i18n';
import type { PanduEvent } from '@/lib/schema';
import { formatLocal } from '@/lib/time';
import { useI18n } from '../../I18n';

const KNOWN = new Set([
  'session.started', 'request.submitted', 'recheck.confirmed', 'call.attempt', 'outcome.unreachable',
  'customer.approved', 'customer.declined', 'update.applied', 'flow.back', 'flow.cancelled',
  'fill.started', 'fill.result', 'fill.verify', 'fill.interrupted', 'fill.reload',
]);
/** Per-field records are shown in the fill section, not one timeline line each. */
const HIDDEN = new Set(['fill.field']);

/** What was done so far, with times, newest last: readable at a glance during a call. */
export function Timeline({ events }: { events: PanduEvent[] }) {
  const { t } = useI18n();
  const shown = events.filter((event) => !HIDDEN.has(event.type));
  const line = (event: PanduEvent) => {
    if (!KNOWN.has(event.type)) return event.type;
    const p = event.payload as Record<string, unknown>;
    const outcome = t(p.ok ? 'timeline.fill.ok' : 'timeline.fill.failed');
    const detail =
      event.type === 'request.submitted' ? `${p.requesterName} (${p.requesterGroup}), ${p.reasonCode}`
      : event.type === 'call.attempt' ? t(`call.result.${p.result as 'busy'}`)
      : event.type === 'customer.approved' ? formatLocal(String(p.pendingUntil))
      : event.type === 'flow.cancelled' ? String(p.reason)
      : event.type === 'update.applied' ? t(p.by === 'fill' ? 'timeline.applied.fill' : 'timeline.applied.manual')
      : event.type === 'fill.result' ? t(p.ok ? (p.committed ? 'timeline.fill.committed' : 'timeline.fill.notSaved') : 'timeline.fill.failed')
      : event.type === 'fill.verify'
        ? p.phase === 'readBack'
          ? `${t('timeline.fill.readBack')}: ${outcome}`
          : // The page's unsaved signs only: never "berhasil", the read-back has not run yet.
            t(p.ok ? 'timeline.fill.recordClean' : 'timeline.fill.recordUnsaved')
      : '';
    return t(`timeline.${event.type}` as MessageKey, { detail, number: String(p.number ?? '') });
  };
  return (
    <details className="timeline" open>
      <summary>{t('timeline.title')} ({shown.length})</summary>
      <ol data-testid="timeline">
        {shown.map((event) => (
          <li key={event.id} data-type={event.type}>
            <time dateTime={event.at}>{formatLocal(event.at, undefined, 'HH:mm')}</time> {line(event)}
          </li>
        ))}
      </ol>
    </details>
  );
}
