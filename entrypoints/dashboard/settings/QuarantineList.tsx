import { useEffect, useState } from 'react';
import { useI18n } from '@/components/I18n';
import type { TeamClient } from '@/lib/team/client';
import type { quarantineSchema } from '@/lib/team';
import { formatLocal } from '@/lib/time';
import { teamErrorText } from '../team/error-text';
import { useTeam } from '../team/TeamContext';
import type * as z from 'zod/mini';

type Quarantine = z.infer<typeof quarantineSchema>;

/** Records the server refused (kept aside, never lost): whose, when, where in the record, and why. */
export function QuarantineList({ client }: { client: TeamClient }) {
  const { t } = useI18n();
  const tick = useTeam()?.tick;
  const [list, setList] = useState<Quarantine | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const controller = new AbortController();
    client.quarantine(controller.signal).then(
      (items) => {
        setList(items);
        setError(null);
      },
      (failure: unknown) => !controller.signal.aborted && setError(failure),
    );
    return () => controller.abort();
  }, [client, tick]);

  return (
    <section className="card" aria-labelledby="quarantine-title" data-testid="quarantine">
      <h2 id="quarantine-title">{t('dashboard.team.quarantine.title')}</h2>
      <p className="muted">{t('dashboard.team.quarantine.intro')}</p>
      {error ? <p role="alert">{teamErrorText(t, error)}</p> : null}
      {list && list.items.length === 0 && <p className="muted">{t('dashboard.team.quarantine.none')}</p>}
      {list && list.items.length > 0 && (
        <table className="history" data-testid="quarantine-list">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.team.quarantine.agent')}</th>
              <th scope="col">{t('dashboard.team.quarantine.when')}</th>
              <th scope="col">{t('dashboard.team.quarantine.record')}</th>
              <th scope="col">{t('dashboard.team.quarantine.path')}</th>
              <th scope="col">{t('dashboard.team.quarantine.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((item) => (
              <tr key={item.id} data-testid="quarantine-item">
                <td>{item.accountName}</td>
                <td>{formatLocal(item.receivedAt)}</td>
                <td>
                  {item.kind}
                  {item.recordId && <small className="muted"> {item.recordId}</small>}
                </td>
                <td>
                  <code>{item.path || '–'}</code>
                </td>
                <td>{item.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
