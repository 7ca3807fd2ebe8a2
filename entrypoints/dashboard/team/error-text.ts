import type { MessageKey, Translate } from '@/lib/i18n';
import { TeamRequestError, type TeamErrorCode } from '@/lib/team/client';

/** Each way a team request can fail, in the lead's words (the server's English message is for logs). */
export const TEAM_ERROR_TEXT: Record<TeamErrorCode, MessageKey> = {
  'auth.missing': 'dashboard.team.error.auth.missing',
  'auth.invalid': 'dashboard.team.error.auth.invalid',
  'auth.revoked': 'dashboard.team.error.auth.revoked',
  'enrol.code-invalid': 'dashboard.team.error.enrol.code-invalid',
  'enrol.code-used': 'dashboard.team.error.enrol.code-used',
  'enrol.code-expired': 'dashboard.team.error.enrol.code-expired',
  'forbidden.role': 'dashboard.team.error.forbidden.role',
  'forbidden.team': 'dashboard.team.error.forbidden.team',
  'batch.too-large': 'dashboard.team.error.batch.too-large',
  'request.invalid': 'dashboard.team.error.request.invalid',
  'rate.limited': 'dashboard.team.error.rate.limited',
  'not.found': 'dashboard.team.error.not.found',
  conflict: 'dashboard.team.error.conflict',
  'server.unavailable': 'dashboard.team.error.server.unavailable',
  'server.error': 'dashboard.team.error.server.error',
  network: 'dashboard.team.error.network',
  'bad-response': 'dashboard.team.error.bad-response',
};

/** A failure of a team request (or anything else) as one sentence for the lead. */
export function teamErrorText(t: Translate, error: unknown): string {
  if (error instanceof TeamRequestError) return t(TEAM_ERROR_TEXT[error.code]);
  return t('error.generic', { detail: error instanceof Error ? error.message : String(error) });
}
