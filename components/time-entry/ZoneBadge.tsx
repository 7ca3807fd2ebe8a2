import { zoneName } from '@/lib/time';
import { useI18n } from '../I18n';

const INDONESIAN = new Set(['WIB', 'WITA', 'WIT']);

/** "WIB" / "WITA" / "WIT" beside an entry, spelt out on hover and for screen readers. */
export function ZoneBadge({ at, timeZone }: { at: Date; timeZone?: string }) {
  const { t } = useI18n();
  const name = zoneName(at, timeZone);
  const long = INDONESIAN.has(name) ? t(`time.zone.${name as 'WIB' | 'WITA' | 'WIT'}`) : t('time.zone.other', { zone: name });
  return (
    <abbr className="time-zone" title={long} aria-label={long} data-testid="time-zone">
      {name}
    </abbr>
  );
}
