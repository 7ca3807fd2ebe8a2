import type { TicketSnapshot } from '@/lib/schema';
import type { MessageKey } from '@/lib/i18n';
import { useI18n } from '../I18n';

const ROWS: Array<[keyof TicketSnapshot, MessageKey]> = [
  ['summary', 'panel.field.summary'],
  ['status', 'panel.field.status'],
  ['ownerGroup', 'panel.field.ownerGroup'],
  ['customerName', 'panel.field.customerName'],
  ['contactPhone', 'panel.field.contactPhone'],
  ['serviceId', 'panel.field.serviceId'],
];

/** The ticket as read from the page. Rendered as text only: ticket data is never HTML to us. */
export function TicketFacts({ ticket }: { ticket: TicketSnapshot }) {
  const { t } = useI18n();
  return (
    <dl className="facts" aria-label={t('panel.readFromPage')}>
      {ROWS.map(([key, label]) => (
        <div key={key} className="fact" data-field={key}>
          <dt>{t(label)}</dt>
          <dd className={ticket[key] ? '' : 'missing'}>{ticket[key] ?? t('panel.field.missing')}</dd>
        </div>
      ))}
    </dl>
  );
}
