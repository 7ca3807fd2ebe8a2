import { useI18n } from '../I18n';

export interface QuickPick {
  key: string;
  label: string;
  /** The instant it sets. */
  instant: string;
  /** Why it cannot be chosen (beyond the maximum, already past), or null. */
  refused: string | null;
  /** What it stands for, on hover (the reason a default comes from). */
  title?: string;
}

/** Buttons that fill an entry at once ("Besok 09:00", "+2 jam", the reason's default). */
export function QuickPicks({ label, picks, current, onPick }: { label: string; picks: readonly QuickPick[]; current: string | null; onPick: (instant: string) => void }) {
  const { t } = useI18n();
  if (picks.length === 0) return null;
  return (
    <div className="time-picks" role="group" aria-label={t('time.picks', { label })}>
      {picks.map((pick) => (
        <button
          key={pick.key}
          type="button"
          disabled={pick.refused !== null}
          title={pick.refused ?? pick.title}
          aria-pressed={current === pick.instant}
          onClick={() => onPick(pick.instant)}
          data-testid={`time-pick-${pick.key}`}
        >
          {pick.label}
        </button>
      ))}
    </div>
  );
}
