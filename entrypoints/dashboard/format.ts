import type { Language } from '@/lib/schema';
import { formatLocal } from '@/lib/time';

/** "4:05" or "1:02:05": handling time as agents and leads read a call timer. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** "27-11-2026 10:00 WITA", as everywhere in Pandu. */
export const formatInstant = (ms: number | null, pattern?: string): string => (ms === null ? '' : formatLocal(new Date(ms).toISOString(), undefined, pattern));

const numberFormats = new Map<Language, Intl.NumberFormat>();
/** "100.000" in Indonesian, "100,000" in English. */
export function formatCount(value: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB')));
  return format.format(value);
}

export const formatPercent = (share: number, language: Language): string =>
  new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(share);
