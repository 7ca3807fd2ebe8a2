import { useI18n } from '@/components/I18n';
import { LanguageSelect } from '@/components/LanguageSelect';
import { useSettings } from '@/components/SettingsProvider';
import { ExtraHosts } from './ExtraHosts';
import './settings.css';
import { ProcedureSettings } from './ProcedureSettings';
import { SiteProfileSettings } from './SiteProfileSettings';
import { PrivacySettings } from '../privacy/PrivacySettings';
import { TeamSettings } from './TeamSettings';

/**
 * The dashboard's settings: one section component per concern, each in its own file, so each
 * can grow without touching the others.
 */
export function SettingsView() {
  const { t } = useI18n();
  const { update } = useSettings();
  return (
    <div data-testid="settings-view">
      <section className="card">
        <h2>{t('dashboard.nav.settings')}</h2>
        <LanguageSelect onChange={(language) => void update({ language })} />
      </section>
      <ProcedureSettings />
      <SiteProfileSettings />
      <ExtraHosts />
      <PrivacySettings />
      <TeamSettings />
    </div>
  );
}
