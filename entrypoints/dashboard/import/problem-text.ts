import type { Translate } from '@/lib/i18n';
import type { ImportFileOutcome } from '../worker/protocol';

type Problem = Extract<ImportFileOutcome, { ok: false }>['problem'];

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Why a file was refused, in the lead's words, precise enough to ask the agent for a new one. */
export function problemText(problem: Problem, t: Translate): string {
  switch (problem.code) {
    case 'too-large':
      return t('dashboard.import.problem.too-large', { size: mb(problem.bytes), max: mb(problem.maxBytes) });
    case 'empty':
      return t('dashboard.import.problem.empty');
    case 'wrong-kind':
      return `${t(`dashboard.import.kind.${problem.kind}`)} ${t('dashboard.import.onlyJson')}`;
    case 'not-json':
      return problem.truncated
        ? t('dashboard.import.problem.truncated', { line: problem.line })
        : t('dashboard.import.problem.damaged', { line: problem.line, column: problem.column });
    case 'not-pandu':
      return t('dashboard.import.problem.not-pandu');
    case 'version-newer':
      return t('dashboard.import.problem.version-newer', { version: problem.version });
    case 'version-unknown':
      return t('dashboard.import.problem.version-unknown', { version: problem.version });
    case 'too-many-records':
      return t('dashboard.import.problem.too-many-records', { count: problem.count, max: problem.max });
    case 'record-too-large':
      return t('dashboard.import.problem.record-too-large', { path: problem.path, size: Math.ceil(problem.chars / 1024), max: Math.floor(problem.max / 1024) });
    case 'invalid':
      return t('dashboard.import.problem.invalid', {
        total: problem.total,
        issues: problem.issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; '),
      });
    case 'duplicate-id':
      return t('dashboard.import.problem.duplicate-id', { path: problem.path, id: problem.id });
    case 'unknown-agent':
      return t('dashboard.import.problem.unknown-agent', { path: problem.path, agent: problem.agentId });
    case 'orphan-event':
      return t('dashboard.import.problem.orphan-event', { path: problem.path, session: problem.sessionId });
    case 'id-conflict':
      return t('dashboard.import.problem.id-conflict', { path: problem.path, id: problem.id });
    case 'failed':
      return t('dashboard.import.problem.failed', { detail: problem.detail });
  }
}
