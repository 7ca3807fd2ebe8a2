import { useMemo, useState } from 'react';
import { proposedPendingUntil } from '@/lib/fill';
import { checkPendingUntil } from '@/lib/procedure';
import { reasonByCode, type ProcedureConfig } from '@/lib/schema';
import { ENTRY_PATTERNS, entryFromInstant, entryFromLocalInput, hoursFromNow, readEntryInstant, tomorrowAt, wallTimeAt } from '@/lib/time';
import { useI18n } from '../../I18n';
import { DateTimeEntry } from '../../time-entry/DateTimeEntry';
import { QuickPicks, type QuickPick } from '../../time-entry/QuickPicks';
import { useTimeWords } from '../../time-entry/useTimeWords';
import { ZoneBadge } from '../../time-entry/ZoneBadge';
import { Field } from './Field';
import { useFlowSnapshot } from './useFlow';

const EXAMPLE = '07-12-2026 16:30';

interface UntilOptions {
  /** The field's label, which every refusal names. */
  label?: string;
  /** An empty field is fine (the request's "until", which the related party may leave open). */
  optional?: boolean;
  /** The agent's zone (default: the browser's, as formatLocal shows times). */
  timeZone?: string;
}

/**
 * A pending-until as the agent typed it ("dd-mm-yyyy HH:mm" in their zone), read and checked at
 * the field with the same rules the flow applies later (checkPendingUntil: after now, within
 * the configured maximum), so a refusal is said here, with the field's label, before submit.
 * A draft saved in the browser's old date-time form ("2026-12-07T16:30") is read too.
 */
export function useUntil(value: string, config: ProcedureConfig, { label, optional = false, timeZone }: UntilOptions = {}) {
  const { t } = useI18n();
  const words = useTimeWords(timeZone);
  const text = entryFromLocalInput(value);
  const read = readEntryInstant(text, timeZone);
  // The label as the refusal names it: without a trailing note such as "(opsional)".
  const name = (label ?? t('call.unreachableUntil')).replace(/\s*\([^)]*\)$/, '');
  const format = { label: name, pattern: ENTRY_PATTERNS.datetime, example: EXAMPLE };
  if (!read.ok) {
    const error = read.problem === 'empty' ? (optional ? null : t('time.error.empty', format)) : t(`time.error.${read.problem}`, format);
    return { text, instant: null, error, problem: read.problem };
  }
  const now = new Date();
  const refusal = checkPendingUntil(read.instant, { now: now.toISOString(), rules: config });
  let error: string | null = null;
  if (refusal?.code === 'until-not-future') error = t('time.error.past', { label: name, now: words.instant(now.toISOString()) });
  if (refusal?.code === 'until-too-far') {
    const latest = new Date(Math.floor((now.getTime() + refusal.maxHours * 3_600_000) / 60_000) * 60_000).toISOString();
    error = t('time.error.tooFar', { label: name, maxHours: refusal.maxHours, latest: words.instant(latest) });
  }
  return { text, instant: read.instant, error, problem: refusal?.code ?? null };
}

/** The quick picks for a pending-until: tomorrow 09:00, two hours on, and the reason's default pending time. */
function usePicks(config: ProcedureConfig, reasonCode: string | undefined, timeZone: string | undefined): QuickPick[] {
  const { t, language } = useI18n();
  const now = new Date();
  const minute = Math.floor(now.getTime() / 60_000);
  return useMemo(() => {
    const at = new Date(minute * 60_000);
    const rules = { now: at.toISOString(), rules: config };
    const reason = reasonByCode(config, reasonCode);
    const candidates: Array<Omit<QuickPick, 'refused'>> = [
      { key: 'tomorrow', label: t('time.pick.tomorrow'), instant: tomorrowAt(at, 9, 0, timeZone) },
      { key: 'plus2h', label: t('time.pick.plusHours', { hours: 2 }), instant: hoursFromNow(at, 2) },
      ...(reason
        ? [
            {
              key: 'reason',
              label: t('time.pick.reasonDefault', { hours: reason.defaultPendingHours }),
              instant: proposedPendingUntil({ requesterName: '', requesterGroup: '', reasonCode: reason.code, requestedUntil: null, note: '' }, config, at),
              title: `${reason.code} - ${reason.label[language]}`,
            },
          ]
        : []),
    ];
    return candidates.map(({ key, label, instant, ...rest }) => ({
      key,
      label,
      instant,
      ...rest,
      refused: checkPendingUntil(instant, rules) ? t('time.pick.outOfRange', { pick: label, maxHours: config.maxPendingHours }) : null,
    }));
  }, [config, reasonCode, timeZone, minute, t, language]);
}

/**
 * The pending-until field of the panel's steps: Pandu's own 24-hour "dd-mm-yyyy HH:mm" entry in
 * the agent's zone, its zone named beside it, the value echoed in words ("Senin, 07 Des 2026
 * 16:30 WIB"), refused at the field when it is not a time, past, or beyond the maximum, and
 * quick picks. The reason's default follows the reason chosen (the request's, unless given).
 */
export function UntilInput({
  label,
  value,
  onChange,
  config,
  testId,
  optional = false,
  reasonCode,
  timeZone,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  config: ProcedureConfig;
  testId: string;
  optional?: boolean;
  reasonCode?: string;
  timeZone?: string;
}) {
  const { t } = useI18n();
  const { view } = useFlowSnapshot();
  const words = useTimeWords(timeZone);
  const { text, instant, error: refusal, problem } = useUntil(value, config, { label, optional, timeZone });
  const [editing, setEditing] = useState(false);
  // "Not complete" waits until the agent leaves the field: while they type, it is only unfinished.
  const error = editing && problem === 'incomplete' ? null : refusal;
  const picks = usePicks(config, reasonCode ?? view?.flow.request?.reasonCode, timeZone);
  const hint = instant
    ? words.instant(instant)
    : text.trim() === '' || problem === 'incomplete'
      ? t('time.howTo', { pattern: ENTRY_PATTERNS.datetime, example: EXAMPLE })
      : undefined;
  return (
    <>
      <Field label={label} error={error} hint={hint}>
        {(id, describedBy) => (
          <div className="time-entry">
            <DateTimeEntry
              id={id}
              kind="datetime"
              value={text}
              onChange={onChange}
              base={() => wallTimeAt(picks.find((p) => p.key === 'reason')?.instant ?? hoursFromNow(new Date(), 2), timeZone)}
              describedBy={describedBy}
              invalid={!!error}
              required={!optional}
              testId={testId}
              onEditingChange={setEditing}
            />
            <ZoneBadge at={instant ? new Date(instant) : new Date()} timeZone={timeZone} />
          </div>
        )}
      </Field>
      <QuickPicks label={label} picks={picks} current={instant} onPick={(pick) => onChange(entryFromInstant(pick, 'datetime', timeZone))} />
    </>
  );
}
