import { useI18n } from '@/components/I18n';
import type { ShiftNow } from '@/lib/messaging/protocol';
import type { Agent } from '@/lib/schema';
import { formatLocal, formatPattern, zoneName } from '@/lib/time';
import { ChecklistCard } from './ChecklistCard';

/** Which shift it is (name, date, local hours and zone) and its checklist; between shifts, the next one. */
export function ShiftCard({ agent, shiftNow, graceMinutes, now }: { agent: Agent; shiftNow: ShiftNow | null; graceMinutes: number; now: number }) {
  const { t } = useI18n();
  const slot = shiftNow?.slot ?? null;
  return (
    <section className="card" aria-labelledby="checklist-title" data-testid="shift-card">
      <h2 id="checklist-title">{t('popup.checklist')}</h2>
      {!shiftNow && <p className="muted">{t('popup.loading')}</p>}
      {shiftNow && !slot && (
        <p className="muted" data-testid="no-shift">
          {t('popup.shift.none')} {t('popup.shift.next', { shift: shiftNow.next.name, time: formatLocal(shiftNow.next.startsAt) })}
        </p>
      )}
      {slot && (
        <>
          <p className="shift-line" data-testid="shift-line">
            <strong>{t('popup.shift.title', { shift: slot.name, date: formatPattern(slot.startsAt, 'dd-MM-yyyy') })}</strong>{' '}
            <span className="muted">
              {t('popup.shift.hours', {
                start: formatPattern(slot.startsAt, 'HH:mm'),
                end: formatPattern(slot.endsAt, 'HH:mm'),
                zone: zoneName(new Date(slot.startsAt)),
              })}
            </span>
          </p>
          <ChecklistCard agent={agent} slot={slot} graceMinutes={graceMinutes} now={now} />
        </>
      )}
    </section>
  );
}
