import type { TicketSnapshot } from '@/lib/schema';
import type { MessageKey } from '@/lib/i18n';
import { formatLocal } from '@/lib/time';
import { useI18n } from '../I18n';

const ROWS: Array<[Exclude<keyof TicketSnapshot, 'factsReadAt'>, MessageKey]> = [
  ['summary', 'panel.field.summary'],
  ['status', 'panel.field.status'],
  ['ownerGroup', 'panel.field.ownerGroup'],
  ['customerName', 'panel.field.customerName'],
  ['contactPhone', 'panel.field.contactPhone'],
  ['serviceId', 'panel.field.serviceId'],
];

/**
 * The ticket as read from the page (facts of another tab from the watcher's earlier read, marked
 * with when). Rendered as text only: ticket data is never HTML to us.
 */
export function TicketFacts({ ticket }: { ticket: TicketSnapshot }) {
  const { t } = useI18n();
  return (
    <>
      <ReadAt ticket={ticket} />
      <dl className="facts" aria-label={t('panel.readFromPage')}>
        {ROWS.map(([key, label]) => (
          <div key={key} className="fact" data-field={key}>
            <dt>{t(label)}</dt>
            <dd className={ticket[key] ? '' : 'missing'}>{ticket[key] ?? t('panel.field.missing')}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/**
 * "(dibaca HH:MM)": some facts were not on the tab in view and come from the Incident tab read
 * earlier (issue 11, item 6), so the agent knows how fresh they are.
 */
export function ReadAt({ ticket }: { ticket: TicketSnapshot }) {
  const { t } = useI18n();
  if (!ticket.factsReadAt) return null;
  return (
    <small className="hint" data-testid="facts-read-at" data-read-at={ticket.factsReadAt}>
      {t('panel.factsReadAt', { time: formatLocal(ticket.factsReadAt, undefined, 'HH:mm') })}
    </small>
  );
}
