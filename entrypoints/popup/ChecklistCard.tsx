import { useEffect, useState } from 'react';
import { useI18n } from '@/components/I18n';
import { useLiveQuery } from '@/components/useLiveQuery';
import { findChecklist } from '@/lib/db';
import { sendMessage } from '@/lib/messaging';
import { errorText } from '@/components/error-text';
import type { ChecklistReply } from '@/lib/messaging/protocol';
import type { Agent, ShiftSlot } from '@/lib/schema';
import { CHECKLIST, PREPARATION_STEPS, missingSteps, punctuality, tickOf, type PreparationStep } from '@/lib/shifts';
import { formatLocal } from '@/lib/time';
import { db } from './database';
import { PunctualityLine } from './PunctualityLine';

const time = (iso: string) => formatLocal(iso, undefined, 'HH:mm');

/**
 * The current shift's checklist, 1.1.1-1.1.6, each tick with its time; 1.1.3 and 1.1.4 may be
 * ticked by Pandu itself (marked "detected"). "Siap melayani pelanggan" closes it. Keyboard: the
 * first open step has focus, Space ticks, Tab moves on.
 */
export function ChecklistCard({ agent, slot, graceMinutes, now }: { agent: Agent; slot: ShiftSlot; graceMinutes: number; now: number }) {
  const { t, language } = useI18n();
  const record = useLiveQuery(() => findChecklist(db, agent.nossaUserId, slot), [agent.nossaUserId, slot.id, slot.date]);
  const [busy, setBusy] = useState(false);
  // What the agent just clicked, shown at once while the background stores it.
  const [pending, setPending] = useState<Partial<Record<PreparationStep, boolean>>>({});
  const [message, setMessage] = useState<string | null>(null);

  // A click stays shown until the stored record (a live query) says the same.
  useEffect(() => {
    const settled = (Object.keys(pending) as PreparationStep[]).filter((step) => !!(record && tickOf(record, step)) === pending[step]);
    if (settled.length > 0) setPending((p) => Object.fromEntries(Object.entries(p).filter(([step]) => !settled.includes(step as PreparationStep))));
  }, [record, pending]);

  if (record === undefined) return <p className="muted">{t('popup.loading')}</p>;
  const ticks = record ?? { ticks: [] };
  const missing = missingSteps(ticks);
  const completedAt = record?.completedAt ?? null;
  const firstOpen = completedAt ? null : (missing[0] ?? 'ready');

  /** Sends one checklist message; true when the background stored it. */
  const send = async (request: () => Promise<ChecklistReply>, lock = false): Promise<boolean> => {
    if (lock) setBusy(true);
    try {
      const reply = await request();
      setMessage(reply.refusal ? t(`popup.refusal.${reply.refusal}`) : null);
      return reply.refusal === null;
    } catch (error) {
      // A typed refusal (storage full...) is the background's answer, said as PopupApp says it;
      // "cannot reach the background" only when the message did not get through.
      setMessage(errorText(t, error, (detail) => t('popup.backgroundDown', { detail })));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const forget = (step: PreparationStep) => setPending(({ [step]: _gone, ...rest }) => rest);
  const tick = async (step: PreparationStep, ticked: boolean) => {
    setPending((p) => ({ ...p, [step]: ticked }));
    const stored = await send(() => sendMessage('tickChecklist', { step, ticked }));
    if (!stored) forget(step);
  };
  const ready = () => send(() => sendMessage('completeChecklist', undefined), true);
  const ownUser = agent.nossaUserId.trim().toLowerCase();

  return (
    <div className="checklist" data-testid="checklist" data-state={completedAt ? 'done' : 'open'} data-shift={`${slot.date} ${slot.id}`}>
      <p className="muted small" data-testid="progress">
        {t('popup.checklist.progress', { done: PREPARATION_STEPS.length - missing.length })}
      </p>
      <ol className="steps">
        {CHECKLIST.filter((item) => item.step !== '1.1.6').map((item) => {
          const step = item.step as PreparationStep;
          const done = tickOf(ticks, step);
          return (
            <li key={step} className={done ? 'ticked' : ''} data-testid={`step-${step}`} data-detected={done?.detected ? 'true' : undefined}>
              <label>
                <input
                  type="checkbox"
                  checked={pending[step] ?? !!done}
                  disabled={!!completedAt || !!done?.detected}
                  autoFocus={firstOpen === step}
                  onChange={(event) => void tick(step, event.target.checked)}
                />
                <span className="number">{step}</span>
                <span className="text">
                  {language === 'id' ? item.id : item.en}
                  {language !== 'id' && <small lang="id">{item.id}</small>}
                </span>
              </label>
              {done && (
                <span className="when">
                  <time dateTime={done.tickedAt}>{time(done.tickedAt)}</time>
                  {done.detected && (
                    <span className="tag" title={t('popup.checklist.detectedHint')}>
                      {t('popup.checklist.detected')}
                    </span>
                  )}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {record?.nossaUser && record.nossaUser.toLowerCase() !== ownUser && !completedAt && (
        <p className="alert" data-testid="other-user">
          {t('popup.checklist.otherUser', { user: record.nossaUser, own: agent.nossaUserId })}
        </p>
      )}
      {completedAt ? (
        <p className="ready-done" data-testid="ready-done">
          <strong>1.1.6</strong> {t('popup.checklist.done', { time: formatLocal(completedAt, undefined, 'HH:mm') })}
        </p>
      ) : (
        <>
          <button
            type="button"
            className="primary ready"
            disabled={busy || missing.length > 0 || Object.keys(pending).length > 0}
            autoFocus={firstOpen === 'ready'}
            onClick={() => void ready()}
            data-testid="ready"
          >
            {t('popup.checklist.ready')}
          </button>
          {missing.length > 0 && <p className="muted small">{t('popup.checklist.readyHint', { count: missing.length })}</p>}
        </>
      )}
      <PunctualityLine
        value={punctuality({ completedAt, startsAt: record?.startsAt ?? slot.startsAt, graceMinutes: record ? record.graceMinutes : graceMinutes }, now)}
        startsAt={record?.startsAt ?? slot.startsAt}
      />
      <p className="status" role="status" aria-live="polite" data-testid="checklist-message">
        {message}
      </p>
    </div>
  );
}
