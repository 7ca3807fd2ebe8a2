import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '@/components/I18n';
import type { AccountList, EnrolCodeIssued, NewAccount, TeamConnection } from '@/lib/team';
import type { TeamClient } from '@/lib/team/client';
import { formatLocal } from '@/lib/time';
import { teamErrorText } from '../team/error-text';
import { AddAccountForm } from './AddAccountForm';
import { EnrolCode } from './EnrolCode';

type Listed = AccountList['accounts'][number];
type TokenRow = Listed['tokens'][number];

/** What the lead is doing: confirming a revocation, or looking at a code just issued (shown once). */
type Step = { kind: 'none' } | { kind: 'revoke'; token: TokenRow; account: Listed } | { kind: 'code'; issued: EnrolCodeIssued; name: string };

/**
 * The team's accounts as the lead manages them: every account with its tokens (device, last
 * used) and "Cabut" to revoke one; "Tambah agen" issues a one-time enrolment code, shown large
 * and once; "Kode baru" issues another for an agent who lost theirs or changes browser. An admin
 * sees every team and also adds team leads (AddAccountForm).
 */
export function TeamAccounts({ client, connection }: { client: TeamClient; connection: TeamConnection }) {
  const { t } = useI18n();
  const [list, setList] = useState<AccountList | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [step, setStep] = useState<Step>({ kind: 'none' });
  const [busy, setBusy] = useState(false);

  const reload = useCallback(() => {
    client.accounts().then(
      (accounts) => {
        setList(accounts);
        setError(null);
      },
      (failure: unknown) => setError(failure),
    );
  }, [client]);
  useEffect(reload, [reload]);

  /** Runs one account action; the list is read again after it, as the server now has it. */
  const act = (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    action()
      .catch((failure: unknown) => setError(failure))
      .finally(() => {
        setBusy(false);
        reload();
      });
  };

  const addAccount = (account: NewAccount, done: () => void) =>
    act(async () => {
      const created = await client.createAccount(account);
      setStep({ kind: 'code', issued: created.enrolment, name: created.account.name });
      done();
    });
  const newCode = (account: Listed) =>
    act(async () => {
      const issued = await client.newCode(account.id);
      setStep({ kind: 'code', issued, name: account.name });
    });
  const revoke = (token: TokenRow) =>
    act(async () => {
      await client.revokeToken(token.id);
      setStep({ kind: 'none' });
    });
  const when = (iso: string | null) => (iso ? formatLocal(iso) : '–');

  return (
    <section className="card team-accounts" aria-labelledby="team-accounts-title" data-testid="team-accounts">
      <h2 id="team-accounts-title">{t('dashboard.team.accounts.title')}</h2>
      {step.kind === 'code' && <EnrolCode issued={step.issued} name={step.name} url={connection.url} onClose={() => setStep({ kind: 'none' })} />}
      {error ? (
        <p role="alert" data-testid="team-accounts-error">
          {teamErrorText(t, error)}
        </p>
      ) : null}
      <AddAccountForm client={client} connection={connection} busy={busy} onAdd={addAccount} />
      {list === null && !error && <p className="muted">{t('dashboard.logs.loadingFirst')}</p>}
      {list && (
        <table className="history" data-testid="team-account-list">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.team.accounts.name')}</th>
              <th scope="col">{t('dashboard.team.accounts.role')}</th>
              <th scope="col">{t('dashboard.team.accounts.area')}</th>
              <th scope="col">{t('dashboard.team.accounts.tokens')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {list.accounts.map((account) => (
              <tr key={account.id} data-testid="team-account" data-account={account.id}>
                <th scope="row">
                  {account.name}
                  {account.nossaUserId && <small className="muted"> {account.nossaUserId}</small>}
                </th>
                <td>{t(`dashboard.team.role.${account.role}`)}</td>
                <td>{account.area ?? '–'}</td>
                <td>
                  {account.tokens.length === 0 && <span className="muted">{t('dashboard.team.accounts.noTokens')}</span>}
                  <ul className="plain">
                    {account.tokens.map((token) => (
                      <li key={token.id} data-testid="team-token" data-token={token.id}>
                        {token.device || t('dashboard.team.accounts.unnamedDevice')}{' '}
                        <span className="muted">{t('dashboard.team.accounts.lastUsed', { at: when(token.lastUsedAt) })}</span>{' '}
                        {token.revokedAt ? (
                          <span className="muted">{t('dashboard.team.accounts.revokedAt', { at: when(token.revokedAt) })}</span>
                        ) : token.id === connection.tokenId ? (
                          <span className="muted">{t('dashboard.team.accounts.thisBrowser')}</span>
                        ) : (
                          <button type="button" disabled={busy} onClick={() => setStep({ kind: 'revoke', token, account })} data-testid="token-revoke">
                            {t('dashboard.team.accounts.revoke')}
                          </button>
                        )}
                        {step.kind === 'revoke' && step.token.id === token.id && (
                          <span className="confirm" role="alertdialog" data-testid="revoke-confirm">
                            {t('dashboard.team.accounts.revokeConfirm', { device: token.device || t('dashboard.team.accounts.unnamedDevice'), name: account.name })}{' '}
                            <button type="button" className="danger" disabled={busy} onClick={() => revoke(token)} data-testid="revoke-yes">
                              {t('dashboard.team.accounts.revokeYes')}
                            </button>{' '}
                            <button type="button" onClick={() => setStep({ kind: 'none' })}>
                              {t('dashboard.team.accounts.cancel')}
                            </button>
                          </span>
                        )}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  {(account.role === 'agent' || (account.role === 'lead' && connection.account.role === 'admin')) && (
                    <button type="button" disabled={busy} onClick={() => newCode(account)} data-testid="new-code">
                      {t('dashboard.team.accounts.newCode')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
