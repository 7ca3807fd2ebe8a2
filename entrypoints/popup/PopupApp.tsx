import { browser } from 'wxt/browser';
import { useI18n } from '@/components/I18n';
import { LanguageSelect } from '@/components/LanguageSelect';
import { useSettings } from '@/components/SettingsProvider';
import { useDocumentLanguage } from '@/components/useDocumentLanguage';

/** The popup: shift-start checklist and open work (filled in by the popup issue). */
export function PopupApp() {
  const { t } = useI18n();
  const { update } = useSettings();
  useDocumentLanguage('popup.title');
  return (
    <main style={{ width: 360 }}>
      <header className="brand">
        <h1>{t('app.name')}</h1>
        <small>{t('app.tagline')}</small>
      </header>
      <section className="card" aria-labelledby="checklist-title">
        <h2 id="checklist-title">{t('popup.checklist')}</h2>
        <p className="muted">{t('popup.checklistSoon')}</p>
      </section>
      <section className="card" aria-labelledby="work-title">
        <h2 id="work-title">{t('popup.openWork')}</h2>
        <p className="muted">{t('popup.noOpenWork')}</p>
      </section>
      <nav className="card" style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <button type="button" className="primary" onClick={() => void browser.runtime.openOptionsPage()} data-testid="open-dashboard">
          {t('popup.openDashboard')}
        </button>
        <LanguageSelect onChange={(language) => void update({ language })} />
      </nav>
    </main>
  );
}
