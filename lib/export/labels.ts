import { EVENT_COLUMN_KEYS, SESSION_COLUMN_KEYS, type ExportLabels } from './columns';
import { translator, type MessageKey } from '../i18n';
import { ATTEMPT_RESULTS } from '../procedure';
import type { Language, PendingReason } from '../schema';

/**
 * The words an export is written in: the lead's language, and the reason labels of the lead's
 * catalogue. Events are told in sentences in that language (`translate`); their codes
 * ("customer.approved") stay in a column of their own, since auditors filter on them.
 */
export function exportLabels(language: Language, reasons: readonly PendingReason[]): ExportLabels {
  const t = translator(language);
  const reasonLabels = new Map(reasons.map((reason) => [reason.code, reason.label[language]]));
  // Translated once: an export asks for these some 150,000 times.
  const attempts = new Map<string, string>(ATTEMPT_RESULTS.map((code) => [code, t(`call.result.${code}` as MessageKey)]));
  return {
    headers: Object.fromEntries([...SESSION_COLUMN_KEYS, ...EVENT_COLUMN_KEYS].map((key) => [key, t(`dashboard.file.col.${key}` as MessageKey)])) as ExportLabels['headers'],
    status: { open: t('dashboard.status.open'), done: t('dashboard.status.done'), cancelled: t('dashboard.status.cancelled') },
    outcome: {
      unreachable: t('dashboard.outcome.unreachable'),
      approved: t('dashboard.outcome.approved'),
      declined: t('dashboard.outcome.declined'),
      cancelled: t('dashboard.outcome.cancelled'),
    },
    fill: { ok: t('dashboard.fill.ok'), unsaved: t('dashboard.fill.unsaved'), failed: t('dashboard.fill.failed'), manual: t('dashboard.fill.manual'), none: '' },
    attemptResult: (code) => attempts.get(code) ?? code,
    reason: (code) => reasonLabels.get(code) ?? '',
    eventType: (type) => type,
    translate: t,
  };
}
