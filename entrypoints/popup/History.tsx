import { useI18n } from '@/components/I18n';
import { useLiveQuery } from '@/components/useLiveQuery';
import { checklistHistory } from '@/lib/db';
import type { ShiftSlot } from '@/lib/schema';
import { PREPARATION_STEPS, missingSteps, punctuality } from '@/lib/shifts';
import { formatLocal } from '@/lib/time';
import { db } from './database';

/** Past shifts' checklists: when each was completed, and whether late. */
export function History({ agentId, current, now }: { agentId: string; current: ShiftSlot | null; now: number }) {
  const { t } = useI18n();
  const records = useLiveQuery(() => checklistHistory(db, agentId, 15), [agentId]);
  const past = (records ?? []).filter((r) => !(current && r.shiftDate === current.date && r.shiftName === current.id)).slice(0, 14);
  const day = (date: string) => date.split('-').reverse().join('-');
  return (
    <details className="card history" data-testid="history">
      <summary>
        <h2>{t('popup.history')}</h2>
      </summary>
      {past.length === 0 ? (
        <p className="muted small">{t('popup.history.empty')}</p>
      ) : (
        <ul className="rows">
          {past.map((record) => {
            const p = punctuality(record, now);
            return (
              <li key={record.id} data-testid="history-row" data-state={p.state}>
                <span>
                  {day(record.shiftDate)} · {record.shiftLabel ?? record.shiftName}
                </span>{' '}
                {record.completedAt ? (
                  <span>
                    {t('popup.history.completed', { time: formatLocal(record.completedAt, undefined, 'HH:mm') })}
                    {p.state === 'late' && <span className="tag late"> {t('popup.history.late')}</span>}
                    {p.state === 'on-time' && <span className="tag ok"> {t('popup.history.onTime')}</span>}
                  </span>
                ) : (
                  <span className="tag late">{t('popup.history.notCompleted', { done: PREPARATION_STEPS.length - missingSteps(record).length })}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </details>
  );
}
