import { useEffect, useState, type FormEvent } from 'react';
import { sendMessage } from '@/lib/messaging';
import type { ProcedureConfig, TicketSnapshot } from '@/lib/schema';
import { entryFromInstant } from '@/lib/time';
import { useI18n } from '../../I18n';
import { Field } from './Field';
import { checkGroup } from './group-choices';
import { GroupChooser } from './GroupChooser';
import { useGroupChoices } from './useGroupChoices';
import { UntilInput, useUntil } from './UntilInput';
import { useDraftField, useFlowSnapshot, useFlowStore } from './useFlow';

/** 1.2.1: who asks, for which reason, until when. */
export function RequestStep({ ticket, config }: { ticket: TicketSnapshot; config: ProcedureConfig }) {
  const { t, language } = useI18n();
  const store = useFlowStore();
  const { view, busy } = useFlowSnapshot();
  const previous = view?.flow.request;
  const [name, setName] = useDraftField('request.requesterName', previous?.requesterName ?? '');
  const [group, setGroup] = useDraftField('request.requesterGroup', previous?.requesterGroup ?? ticket.ownerGroup ?? '');
  const [reasonCode, setReason] = useDraftField('request.reasonCode', previous?.reasonCode ?? '');
  const [until, setUntil] = useDraftField('request.requestedUntil', previous?.requestedUntil ? entryFromInstant(previous.requestedUntil) : '');
  const [note, setNote] = useDraftField('request.note', previous?.note ?? '');
  const [suggestions, setSuggestions] = useState<Array<{ name: string; group: string }>>([]);
  const [tried, setTried] = useState(false);
  // The forward-to group is chosen (issue 14, item 7): with a list known, one NOSSA would refuse stops here.
  const [groupLeft, setGroupLeft] = useState(false);
  const groupChoicesState = useGroupChoices({ ticket: ticket.ownerGroup, lead: config.forwardGroups, recent: suggestions.map((s) => s.group) });
  const groupCheck = checkGroup(group, groupChoicesState);
  const groupError = groupCheck.ok
    ? null
    : groupCheck.reason === 'required'
      ? tried
        ? t('validation.required')
        : null
      : tried || groupLeft
        ? groupCheck.suggestion
          ? t('groups.notInListSuggest', { suggestion: groupCheck.suggestion })
          : t('groups.notInList')
        : null;

  useEffect(() => {
    sendMessage('getRequesterSuggestions', undefined).then(setSuggestions, () => setSuggestions([]));
  }, []);

  // Checked at the field as the flow will check it (a time, after now, within the maximum).
  const { instant: requestedUntil, error: untilError } = useUntil(until, config, { label: t('request.requestedUntil'), optional: true });
  const untilInvalid = untilError !== null;
  const missing = (value: string) => (tried && !value.trim() ? t('validation.required') : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!name.trim() || !groupCheck.ok || !reasonCode || untilInvalid) return;
    await store.send({ type: 'submitRequest', request: { requesterName: name, requesterGroup: groupCheck.value, reasonCode, requestedUntil, note } });
  };

  return (
    <form className="step" onSubmit={submit} data-testid="step-request" noValidate>
      <Field label={t('request.requesterName')} error={missing(name)}>
        {(id, d) => (
          <>
            <input
              id={id}
              aria-describedby={d}
              list="pandu-requesters"
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                const known = suggestions.find((s) => s.name === e.target.value);
                if (known && !group.trim()) setGroup(known.group);
              }}
              data-testid="request-name"
            />
            <datalist id="pandu-requesters">
              {suggestions.map((s) => (
                <option key={`${s.name}|${s.group}`} value={s.name}>
                  {s.group}
                </option>
              ))}
            </datalist>
          </>
        )}
      </Field>
      <Field
        label={t('request.requesterGroup')}
        hint={groupChoicesState.known ? t('groups.hint.list', { count: groupChoicesState.options.length }) : t('groups.hint.free')}
        error={groupError}
      >
        {(id, d) => (
          <GroupChooser id={id} describedBy={d} value={group} onChange={setGroup} onLeave={() => setGroupLeft(true)} choices={groupChoicesState} invalid={groupError !== null} />
        )}
      </Field>
      <Field label={t('request.reason')} error={missing(reasonCode)}>
        {(id, d) => (
          <select id={id} aria-describedby={d} value={reasonCode} onChange={(e) => setReason(e.target.value)} data-testid="request-reason">
            <option value="">{t('request.reasonPick')}</option>
            {config.reasons.map((r) => (
              <option key={r.code} value={r.code}>
                {r.code} - {r.label[language]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <UntilInput label={t('request.requestedUntil')} value={until} onChange={setUntil} config={config} testId="request-until" optional reasonCode={reasonCode || undefined} />
      <Field label={t('request.note')}>{(id) => <textarea id={id} rows={2} value={note} onChange={(e) => setNote(e.target.value)} data-testid="request-note" />}</Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} data-testid="request-submit">
          {t('request.submit')}
        </button>
      </div>
    </form>
  );
}
