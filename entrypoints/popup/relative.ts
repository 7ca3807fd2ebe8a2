import { formatDistanceStrict } from 'date-fns';
import { enUS, id } from 'date-fns/locale';
import type { Language } from '@/lib/schema';

/** "dalam 12 menit" / "in 12 minutes", "5 menit yang lalu" / "5 minutes ago". */
export function relativeTime(iso: string, now: number, language: Language): string {
  return formatDistanceStrict(new Date(iso), now, { addSuffix: true, locale: language === 'en' ? enUS : id, roundingMethod: 'floor' });
}
