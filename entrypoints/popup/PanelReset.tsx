import { useState } from 'react';
import { useI18n } from '@/components/I18n';
import { useSettings } from '@/components/SettingsProvider';
import { errorText } from '@/components/error-text';
import { defaultPanelPlacement } from '@/lib/schema';
import './panel-reset.css';

/**
 * "Kembalikan posisi panel": the way back when the panel is out of reach on the NOSSA page
 * (docked, collapsed, or placed on a screen the agent no longer has). Saved through settings,
 * which every open NOSSA tab receives; compact mode, a choice of content, stays as it was.
 */
export function PanelReset() {
  const { t } = useI18n();
  const { settings, update } = useSettings();
  const [state, setState] = useState<{ kind: 'idle' | 'done' } | { kind: 'failed'; text: string }>({ kind: 'idle' });

  const reset = async () => {
    try {
      await update({ panel: { ...defaultPanelPlacement(), compact: settings?.panel.compact ?? false } });
      setState({ kind: 'done' });
    } catch (error) {
      setState({ kind: 'failed', text: errorText(t, error, (detail) => t('popup.backgroundDown', { detail })) });
    }
  };

  return (
    <>
      <button type="button" onClick={() => void reset()} disabled={!settings} title={t('placement.resetHint')} data-testid="panel-reset">
        {t('placement.reset')}
      </button>
      {state.kind === 'done' && (
        <small className="reset-status status ok" role="status" data-testid="panel-reset-done">
          {t('placement.resetDone')}
        </small>
      )}
      {state.kind === 'failed' && (
        <small className="reset-status error" role="alert">
          {t('placement.resetFailed', { detail: state.text })}
        </small>
      )}
    </>
  );
}
