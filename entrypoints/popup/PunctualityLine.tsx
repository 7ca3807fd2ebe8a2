import { formatDuration } from 'date-fns';
import { enUS, id } from 'date-fns/locale';
import { useI18n } from '@/components/I18n';
import type { Punctuality } from '@/lib/shifts';
import { formatLocal } from '@/lib/time';

/** On time, late (and by how much), or how long is left: said plainly, with the limit. */
export function PunctualityLine({ value, startsAt }: { value: Punctuality; startsAt?: string }) {
  const { t, language } = useI18n();
  const grace = value.graceMinutes ?? 0;
  const minutes = Math.max(0, value.minutesAfterStart ?? 0);
  // "5 jam 54 menit" / "5 hours 54 minutes"; "0 menit" when it is exactly the start.
  const duration = formatDuration(
    { hours: Math.floor(minutes / 60), minutes: minutes % 60 },
    { locale: language === 'en' ? enUS : id, zero: minutes === 0, format: minutes >= 60 ? ['hours', 'minutes'] : ['minutes'] },
  );
  const deadline = startsAt ? formatLocal(new Date(Date.parse(startsAt) + grace * 60_000).toISOString(), undefined, 'HH:mm') : '';
  const text = value.state === 'open' ? t('popup.punctuality.open', { time: deadline }) : t(`popup.punctuality.${value.state}`, { duration, grace });
  return (
    <p className={`punctuality ${value.state}`} data-testid="punctuality" data-state={value.state}>
      {text}
    </p>
  );
}
