import { LANGUAGES, type Language } from '@/lib/schema';
import { useI18n } from './I18n';

export function LanguageSelect({ onChange }: { onChange: (language: Language) => void }) {
  const { language, t } = useI18n();
  return (
    <label className="pandu-language">
      {t('language.label')}{' '}
      <select value={language} onChange={(event) => onChange(event.target.value as Language)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {t(`language.${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
