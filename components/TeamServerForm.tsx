import { useEffect, useRef, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import type { Translate } from '@/lib/i18n/translate';
import { sendMessage } from '@/lib/messaging';
import type { TeamEnrolFailure, TeamStatus } from '@/lib/messaging/protocol/team';
import { enrolCodeSchema, serverUrlSchema } from '@/lib/team/api';
import { formatLocal } from '@/lib/time';
import { errorText } from './error-text';
import { useI18n } from './I18n';
import { Field } from './panel/flow/Field';

/** An enrolment failure in the user's words (the background answers a code, never a sentence). */
export function enrolErrorText(t: Translate, error: TeamEnrolFailure, detail: string): string {
  switch (error) {
    case 'enrol.code-invalid':
    case 'enrol.code-used':
    case 'enrol.code-expired':
    case 'network':
    case 'server.unavailable':
    case 'rate.limited':
    case 'bad-response':
    case 'permission':
    case 'policy':
      return t(`team.error.${error}`, { detail });
    default:
      return t('team.error.other', { detail: `${error}: ${detail}` });
  }
}

/** The team server's status as the background holds it, asked once and after every change here. */
export function useTeamStatus(): [TeamStatus | null, (status: TeamStatus) => void, unknown] {
  const [status, setStatus] = useState<TeamStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let alive = true;
    sendMessage('teamStatus', undefined)
      .then((value) => alive && setStatus(value))
      .catch((err: unknown) => alive && setError(err));
    return () => {
      alive = false;
    };
  }, []);
  return [status, setStatus, error];
}

/**
 * The team server link: the server's address (prefilled and locked when the company's policy sets
 * it) and the one-time code, then "Daftarkan"; once enrolled, who and which server, and
 * "Putuskan". Shared by the popup (agents) and the dashboard (leads). The browser's permission for
 * the server's origin is asked right in the click (a user gesture is needed), before anything is sent.
 */
export function TeamServerForm({
  suggestedUrl = null,
  onChange,
  testId = 'team-server',
}: {
  suggestedUrl?: string | null;
  onChange?: (status: TeamStatus) => void;
  testId?: string;
}) {
  const { t } = useI18n();
  const [status, setStatus, loadError] = useTeamStatus();
  const [url, setUrl] = useState('');
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState<{ url?: string; code?: string }>({});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'alert' | 'ok'; text: string } | null>(null);
  const urlRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const policyUrl = status?.policyUrl ?? null;

  // Prefilled once the status is known; then the first empty field takes the focus.
  useEffect(() => {
    if (!status || status.server) return;
    const start = status.policyUrl ?? suggestedUrl ?? '';
    setUrl((typed) => typed || start);
    (start ? codeRef : urlRef).current?.focus();
  }, [status, suggestedUrl]);

  const changed = (next: TeamStatus) => {
    setStatus(next);
    onChange?.(next);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsedUrl = serverUrlSchema.safeParse(policyUrl ?? url);
    const parsedCode = enrolCodeSchema.safeParse(code);
    setInvalid({ url: parsedUrl.success ? undefined : t('team.invalid.url'), code: parsedCode.success ? undefined : t('team.invalid.code') });
    if (!parsedUrl.success) return urlRef.current?.focus();
    if (!parsedCode.success) return codeRef.current?.focus();
    const origin = new URL(parsedUrl.data).origin;
    // In the click itself, before any await: Chrome asks only from a user gesture.
    const permission = browser.permissions.request({ origins: [`${origin}/*`] });
    setBusy(true);
    setMessage(null);
    void (async () => {
      try {
        if (!(await permission)) return setMessage({ kind: 'alert', text: t('team.permission.refused', { origin }) });
        const answer = await sendMessage('teamEnrol', { url: origin, code: parsedCode.data });
        if (!answer.ok) return setMessage({ kind: 'alert', text: enrolErrorText(t, answer.error, answer.detail) });
        setCode('');
        changed(answer.status);
      } catch (error) {
        setMessage({ kind: 'alert', text: errorText(t, error, (detail) => t('popup.backgroundDown', { detail })) });
      } finally {
        setBusy(false);
      }
    })();
  };

  const disconnect = async () => {
    setBusy(true);
    try {
      changed(await sendMessage('teamDisconnect', undefined));
      setMessage({ kind: 'ok', text: t('team.disconnected') });
    } catch (error) {
      setMessage({ kind: 'alert', text: errorText(t, error, (detail) => t('popup.backgroundDown', { detail })) });
    } finally {
      setBusy(false);
    }
  };

  const note = message && (
    <p className={message.kind === 'alert' ? 'alert' : 'status ok'} role={message.kind === 'alert' ? 'alert' : 'status'} data-testid={`${testId}-message`}>
      {message.text}
    </p>
  );

  if (loadError != null) {
    return (
      <p className="alert" role="alert">
        {errorText(t, loadError, (detail) => t('popup.backgroundDown', { detail }))}
      </p>
    );
  }
  if (!status) return <p className="muted">{t('popup.loading')}</p>;

  if (status.server) {
    const { account, url: server, enrolledAt } = status.server;
    return (
      <div className="step" data-testid={`${testId}-enrolled`}>
        <p>{t('team.enrolled', { name: account.name, role: t(`team.role.${account.role}`), url: server })}</p>
        {account.team && <p className="muted small">{t('team.enrolledTeam', { team: account.team.name, time: formatLocal(enrolledAt) })}</p>}
        <button type="button" onClick={() => void disconnect()} disabled={busy} data-testid={`${testId}-disconnect`}>
          {t('team.disconnect')}
        </button>
        {note}
      </div>
    );
  }

  return (
    // noValidate: our own messages, in the user's language, instead of the browser's tooltips.
    <form className="step" onSubmit={submit} data-testid={testId} noValidate>
      <p className="muted small">{t('team.intro')}</p>
      <Field label={t('team.url')} hint={policyUrl ? t('team.url.policy') : t('team.url.hint')} error={invalid.url}>
        {(id, describedBy) => (
          <input
            id={id}
            ref={urlRef}
            type="url"
            inputMode="url"
            aria-describedby={describedBy}
            value={policyUrl ?? url}
            readOnly={policyUrl !== null}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="https://"
            autoComplete="url"
            data-testid={`${testId}-url`}
          />
        )}
      </Field>
      <Field label={t('team.code')} hint={t('team.code.hint')} error={invalid.code}>
        {(id, describedBy) => (
          <input
            id={id}
            ref={codeRef}
            aria-describedby={describedBy}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            placeholder="K7PD-Q2MX"
            autoCapitalize="characters"
            autoComplete="one-time-code"
            spellCheck={false}
            data-testid={`${testId}-code`}
          />
        )}
      </Field>
      {note}
      <button type="submit" className="primary" disabled={busy} data-testid={`${testId}-enrol`}>
        {busy ? t('team.enrolling') : t('team.enrol')}
      </button>
    </form>
  );
}
