import type { Translate } from '@/lib/i18n';
import { unhandledKind } from '@/lib/events';
import type { PanduEvent } from '@/lib/schema';
import { formatLocal } from '@/lib/time';
import { useI18n } from '../../I18n';

/**
 * What the timeline shows: a session's own trail (follow-ups, checklist changes and clean-ups
 * belong to none), less the per-field fill records the fill section lists.
 */
type Shown = Exclude<Extract<PanduEvent, { sessionId: string }>, { type: 'fill.field' }>;

/**
 * The panel's own short line for each kind it shows (its texts ship in the panel catalogue; the
 * dashboard describes events at length with lib/events).
 */
function line(event: Shown, t: Translate): string {
  let detail = '';
  switch (event.type) {
    case 'session.started':
    case 'recheck.confirmed':
    case 'outcome.unreachable':
    case 'customer.declined':
    case 'flow.back':
    case 'fill.started':
    case 'fill.interrupted':
      break;
    case 'request.submitted':
      detail = `${event.payload.requesterName} (${event.payload.requesterGroup}), ${event.payload.reasonCode}`;
      break;
    case 'call.attempt':
      return t('timeline.call.attempt', { number: event.payload.number, detail: t(`call.result.${event.payload.result}`) });
    case 'customer.approved':
      detail = formatLocal(event.payload.pendingUntil);
      break;
    case 'update.applied':
      detail = t(`timeline.applied.${event.payload.by}`);
      break;
    case 'flow.cancelled':
      detail = event.payload.reason;
      break;
    case 'fill.result':
      detail = t(event.payload.ok ? (event.payload.committed ? 'timeline.fill.committed' : 'timeline.fill.notSaved') : 'timeline.fill.failed');
      break;
    case 'fill.verify':
      // The page's unsaved signs only: never "berhasil", the read-back has not run yet.
      detail =
        event.payload.phase === 'record'
          ? t(event.payload.ok ? 'timeline.fill.recordClean' : 'timeline.fill.recordUnsaved')
          : `${t('timeline.fill.readBack')}: ${t(event.payload.ok ? 'timeline.fill.ok' : 'timeline.fill.failed')}`;
      break;
    case 'fill.reload':
      // Stored before purposes existed: a reload for the read-back.
      return t(`timeline.fill.${event.payload.purpose === 'refill' ? 'refill' : 'reload'}`);
    default:
      return unhandledKind(event).type;
  }
  return t(`timeline.${event.type}`, { detail });
}

/** What was done so far, with times, newest last: readable at a glance during a call. */
export function Timeline({ events }: { events: PanduEvent[] }) {
  const { t } = useI18n();
  const shown = events.filter((event) => event.sessionId !== null && event.type !== 'fill.field');
  return (
    <details className="timeline" open>
      <summary>
        {t('timeline.title')} ({shown.length})
      </summary>
      <ol data-testid="timeline">
        {shown.map((event) => (
          <li key={event.id} data-type={event.type}>
            <time dateTime={event.at}>{formatLocal(event.at, undefined, 'HH:mm')}</time> {line(event, t)}
          </li>
        ))}
      </ol>
    </details>
  );
}
