import { EVENT_COLUMN_KEYS, SESSION_COLUMN_KEYS, type ExportLabels } from '@/lib/export';
import { translator } from '@/lib/i18n';

/** Plain labels for writer tests: each header is its key, each code itself. */
export const TEST_LABELS: ExportLabels = {
  headers: Object.fromEntries([...SESSION_COLUMN_KEYS, ...EVENT_COLUMN_KEYS].map((key) => [key, key])) as ExportLabels['headers'],
  status: { open: 'Berjalan', done: 'Selesai', cancelled: 'Dibatalkan' },
  outcome: { unreachable: 'Tidak terhubung', approved: 'Setuju', declined: 'Tidak setuju', cancelled: 'Dibatalkan' },
  fill: { ok: 'Otomatis', unsaved: 'Belum tersimpan', failed: 'Gagal', manual: 'Manual', none: '' },
  attemptResult: (code) => code,
  reason: (code) => `reason ${code}`,
  eventType: (type) => type,
  // Events are told in Indonesian sentences, as the default export language.
  translate: translator('id'),
};
