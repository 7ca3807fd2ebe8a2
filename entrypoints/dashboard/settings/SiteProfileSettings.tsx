import { useEffect, useState, type ChangeEvent } from 'react';
import { downloadText } from '../export/download';
import { useI18n } from '@/components/I18n';
import { IssueList } from '@/components/IssueList';
import { PageCheckReport } from '@/components/PageCheckReport';
import { useSettings } from '@/components/SettingsProvider';
import { sendMessage, type PageCheckAnswer } from '@/lib/messaging';
import { issuesOf, siteProfileSchema, type Issue } from '@/lib/schema';
import { nossaProfile } from '@/lib/sites';
import { activeProfile } from '@/lib/sites/active-profile';
import { PolicyNote, useSetByPolicy } from './PolicyNote';

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/**
 * The site profile as JSON: view, edit, import, export, back to the shipped default. Every save
 * is validated and problems are listed with their exact path; an invalid profile is never stored.
 */
export function SiteProfileSettings() {
  const { t } = useI18n();
  const { settings, update } = useSettings();
  const [text, setText] = useState<string | null>(null);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [saved, setSaved] = useState(false);
  const [check, setCheck] = useState<PageCheckAnswer | null | 'none'>(null);
  const byPolicy = useSetByPolicy('siteProfile');

  useEffect(() => {
    if (settings && text === null) setText(pretty(activeProfile(settings)));
  }, [settings, text]);
  if (text === null || !settings) return null;

  const save = async () => {
    setSaved(false);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return setIssues([{ path: '', message: t('settings.profile.jsonError', { detail: (error as Error).message }) }]);
    }
    const parsed = siteProfileSchema.safeParse(json);
    if (!parsed.success) return setIssues(issuesOf(parsed.error));
    setIssues([]);
    await update({ siteProfile: parsed.data });
    setText(pretty(parsed.data));
    setSaved(true);
  };
  const reset = async () => {
    await update({ siteProfile: null });
    setText(pretty(nossaProfile));
    setIssues([]);
    setSaved(true);
  };
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) setText(await file.text());
    event.target.value = '';
    setSaved(false);
  };
  const runCheck = async () => setCheck((await sendMessage('runPageCheck', undefined)) ?? 'none');

  return (
    <section className="card" data-testid="profile-settings" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('settings.profile.title')}</h2>
      <p className="muted">{t('settings.profile.intro')}</p>
      {byPolicy ? <PolicyNote policyKey="siteProfile" /> : <p>{settings.siteProfile ? t('settings.profile.usingCustom') : t('settings.profile.usingDefault')}</p>}
      <textarea
        className="code"
        rows={18}
        spellCheck={false}
        readOnly={byPolicy}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setSaved(false);
        }}
        aria-label={t('settings.profile.title')}
        data-testid="profile-json"
      />
      <IssueList issues={issues} />
      <div className="actions">
        <button type="button" className="primary" disabled={byPolicy} onClick={() => void save()} data-testid="profile-save">
          {t('settings.save')}
        </button>
        <button type="button" disabled={byPolicy} onClick={() => void reset()} data-testid="profile-reset">
          {t('settings.profile.reset')}
        </button>
        <button type="button" onClick={() => downloadText(`pandu-site-profile-${activeProfile(settings).id}.json`, text)}>
          {t('settings.profile.export')}
        </button>
        {!byPolicy && (
          <label className="button">
            {t('settings.profile.import')}
            <input type="file" accept="application/json,.json" onChange={(e) => void importFile(e)} hidden data-testid="profile-import" />
          </label>
        )}
        <span role="status">{saved ? t('settings.saved') : ''}</span>
      </div>
      <div className="actions">
        <button type="button" onClick={() => void runCheck()} data-testid="dashboard-page-check">
          {t('settings.profile.check')}
        </button>
      </div>
      {check === 'none' && <p className="muted">{t('settings.profile.noTab')}</p>}
      {check && check !== 'none' && (
        <>
          <p className="muted">{t('settings.profile.checkOf', { title: check.tabTitle })}</p>
          <PageCheckReport report={check.report} />
        </>
      )}
    </section>
  );
}
