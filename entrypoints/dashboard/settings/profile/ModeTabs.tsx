import { useI18n } from '@/components/I18n';

export type EditorMode = 'form' | 'json';
const MODES: EditorMode[] = ['form', 'json'];

/** "Formulir" / "JSON": two views of the same draft, as tabs (arrow keys move between them). */
export function ModeTabs({ mode, onChoose }: { mode: EditorMode; onChoose: (mode: EditorMode) => void }) {
  const { t } = useI18n();
  const go = (step: number) => {
    const next = MODES[(MODES.indexOf(mode) + step + MODES.length) % MODES.length]!;
    onChoose(next);
    // Focus follows the chosen tab (the roving tab stop of the ARIA tabs pattern).
    requestAnimationFrame(() => document.getElementById(`profile-mode-${next}`)?.focus());
  };
  return (
    <div role="tablist" aria-label={t('profileEditor.mode.label')} className="mode-tabs">
      {MODES.map((m) => (
        <button
          key={m}
          type="button"
          role="tab"
          id={`profile-mode-${m}`}
          aria-selected={mode === m}
          aria-controls="profile-editor-panel"
          tabIndex={mode === m ? 0 : -1}
          onClick={() => onChoose(m)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
              e.preventDefault();
              go(e.key === 'ArrowRight' ? 1 : -1);
            }
          }}
          data-testid={`profile-mode-${m}`}
        >
          {t(`profileEditor.mode.${m}`)}
        </button>
      ))}
    </div>
  );
}
