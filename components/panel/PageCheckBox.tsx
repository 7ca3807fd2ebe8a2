import { useSyncExternalStore } from 'react';
import type { MessageKey } from '@/lib/i18n';
import type { PageCheck } from '@/lib/sites';
import { PageCheckReport } from '../PageCheckReport';
import { useI18n } from '../I18n';
import { FieldPicker } from './picker/FieldPicker';
import { ProfileRepair } from './picker/ProfileRepair';
import { openGuide } from './picker/picker-actions';
import { pickerStore } from './picker/picker-store';

/**
 * The page check's report with "Pilih di halaman" beside each field, the field picker and the
 * profile repair. Part of the panel tools (tools/): loaded into the page only when a lead asks.
 */
export function PageCheckBox({ check, onClose }: { check: PageCheck; onClose: () => void }) {
  const { t } = useI18n();
  const picking = useSyncExternalStore(pickerStore.subscribe, pickerStore.get).phase !== 'idle';
  // "Pilih di halaman" beside every field: a missing one needs it; a lead may re-point any other.
  const pick = (field: string, status: string) =>
    picking ? null : (
      <button
        type="button"
        className={status === 'missing' ? 'picker-pick primary' : 'picker-pick'}
        onClick={() => openGuide(field)}
        title={t('picker.pickHint')}
        aria-label={`${t('picker.pick')}: ${t(`field.${field}` as MessageKey)}`}
        data-testid="picker-pick"
      >
        {t('picker.pick')}
      </button>
    );
  return (
    <div className="pandu-body check-box">
      <PageCheckReport report={check} fieldAction={pick} />
      <FieldPicker />
      <ProfileRepair />
      <button type="button" className="check-close" onClick={onClose}>
        {t('check.close')}
      </button>
    </div>
  );
}
