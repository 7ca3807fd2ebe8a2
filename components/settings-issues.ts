import type { MessageKey } from '@/lib/i18n';
import type { Translate } from '@/lib/i18n/translate';
import { suggestPlaceholder, type Issue } from '@/lib/schema';

/**
 * A settings form's refusal in the words of the form: the field's label and what is wrong with
 * it ("Minimal panggilan gagal …: paling sedikit 1."), never a schema path or zod's "diharapkan
 * number". One mapping for every settings form: from an issue's path to the field's label, and
 * from its code and bounds to the sentence. A form shows the sentence at the field (`anchor`).
 */
export interface SaidIssue {
  /** The field the sentence belongs to: the path of the control that shows it. */
  anchor: string;
  text: string;
}

interface FieldLabel {
  key: MessageKey;
  params?: Record<string, string>;
  /** 1-based row of a table or list, when the field is one row's. */
  row?: number;
}

/** Where each settings path's label comes from: a pattern over the issue's path (row numbers caught). */
const LABELS: Array<[RegExp, (m: RegExpMatchArray) => FieldLabel]> = [
  // procedureConfigSchema (dashboard: ProcedureSettings)
  [/^minFailedAttempts$/, () => ({ key: 'settings.procedure.minFailedAttempts' })],
  [/^maxPendingHours$/, () => ({ key: 'settings.procedure.maxPendingHours' })],
  [/^reasons$/, () => ({ key: 'settings.procedure.reasons' })],
  [/^reasons\[(\d+)\](?:\.code)?$/, (m) => ({ key: 'settings.procedure.reasonCode', row: Number(m[1]) + 1 })],
  [/^reasons\[(\d+)\]\.label(?:\.id)?$/, (m) => ({ key: 'settings.procedure.reasonLabelId', row: Number(m[1]) + 1 })],
  [/^reasons\[(\d+)\]\.label\.en$/, (m) => ({ key: 'settings.procedure.reasonLabelEn', row: Number(m[1]) + 1 })],
  [/^reasons\[(\d+)\]\.defaultPendingHours$/, (m) => ({ key: 'settings.procedure.reasonHours', row: Number(m[1]) + 1 })],
  [/^workLogTemplates\.(unreachable|approved|declined)$/, (m) => ({ key: 'settings.procedure.templateField', params: { outcome: m[1]! } })],
  [/^workLogTemplates$/, () => ({ key: 'settings.procedure.templates' })],
  [/^forwardGroups$/, () => ({ key: 'settings.procedure.forwardGroups' })],
  [/^forwardGroups\[(\d+)\]$/, (m) => ({ key: 'settings.procedure.forwardGroups', row: Number(m[1]) + 1 })],
  // retention (dashboard: PrivacySettings)
  [/^retention\.days$|^days$/, () => ({ key: 'dashboard.retention.days' })],
  // shiftSettingsSchema (popup: ShiftSettingsForm)
  [/^graceMinutes$/, () => ({ key: 'popup.settings.grace' })],
  [/^opensMinutesBefore$/, () => ({ key: 'popup.settings.opens' })],
  [/^definitions\[(\d+)\]\.name$/, (m) => ({ key: 'popup.settings.shiftName', row: Number(m[1]) + 1 })],
  [/^definitions\[(\d+)\]\.start$/, (m) => ({ key: 'popup.settings.start', row: Number(m[1]) + 1 })],
  [/^definitions\[(\d+)\]\.end$/, (m) => ({ key: 'popup.settings.end', row: Number(m[1]) + 1 })],
  // agentSchema (popup and panel: AgentForm)
  [/^name$/, () => ({ key: 'agent.name' })],
  [/^nossaUserId$/, () => ({ key: 'agent.nossaUserId' })],
  [/^area$/, () => ({ key: 'agent.area' })],
  [/^teamLead$/, () => ({ key: 'agent.teamLead' })],
];

/** The outcome words a template's label carries, from the template's own label. */
const OUTCOME_LABEL: Record<string, MessageKey> = {
  unreachable: 'settings.procedure.template.unreachable',
  approved: 'settings.procedure.template.approved',
  declined: 'settings.procedure.template.declined',
};

/** The label of the field at `path` (a form's own paths, without a prefix), as the form shows it. */
export function fieldLabelOf(t: Translate, path: string): string {
  const found = LABELS.map(([pattern, label]) => {
    const match = pattern.exec(path);
    return match ? label(match) : null;
  }).find(Boolean);
  if (!found) return t('settings.check.someField');
  const params = found.params?.outcome ? { outcome: t(OUTCOME_LABEL[found.params.outcome]!) } : found.params;
  const label = t(found.key, params);
  return found.row ? t('settings.check.row', { label, row: found.row }) : label;
}

/**
 * The control that shows an issue: the issue's own path, except where the schema reports on the
 * row while the form shows it on one field (a duplicate reason code: on that row's code; a group
 * of the lead's list: on the list, which is one text box).
 */
export function anchorOf(issue: Issue): string {
  const row = /^reasons\[(\d+)\]$/.exec(issue.path);
  if (row) return `reasons[${row[1]}].code`;
  if (/^forwardGroups\[\d+\]$/.test(issue.path)) return 'forwardGroups';
  return issue.path;
}

const isNumber = (issue: Issue) => issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint';

/** The sentence for one issue: the field's label, then what is wrong, in plain words. */
export function issueSentence(t: Translate, issue: Issue): string {
  const label = fieldLabelOf(t, issue.path);
  const min = issue.minimum ?? 0;
  const max = issue.maximum ?? 0;
  switch (issue.code) {
    case 'too_small':
      if (isNumber(issue)) return t('settings.check.min', { label, min });
      if (issue.origin === 'string') return min <= 1 ? t('settings.check.required', { label }) : t('settings.check.minChars', { label, min });
      if (issue.origin === 'array' || issue.origin === 'set') return t('settings.check.minItems', { label, min });
      break;
    case 'too_big':
      if (isNumber(issue)) return t('settings.check.max', { label, max });
      if (issue.origin === 'string') return t('settings.check.maxChars', { label, max });
      if (issue.origin === 'array' || issue.origin === 'set') return t('settings.check.maxItems', { label, max });
      break;
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') return t('settings.check.wholeNumber', { label });
      if (issue.expected === 'string') return t('settings.check.required', { label });
      break;
    case 'custom':
      return customSentence(t, issue, label);
  }
  return t('settings.check.invalid', { label });
}

function customSentence(t: Translate, issue: Issue, label: string): string {
  const value = issue.value ?? '';
  switch (issue.check) {
    case 'unknown-placeholder': {
      const suggestion = suggestPlaceholder(value);
      return suggestion ? t('settings.check.placeholderSuggest', { label, value, suggestion }) : t('settings.check.placeholder', { label, value });
    }
    case 'duplicate-reason':
      return t('settings.check.duplicateReason', { label, value });
    case 'duplicate-group':
      return t('settings.check.duplicateGroup', { label, value });
    default:
      return t('settings.check.invalid', { label });
  }
}

/** Every issue said, at its field. Two issues of one field are both kept (a template may hold two unknown names). */
export function sayIssues(t: Translate, issues: readonly Issue[]): SaidIssue[] {
  const said = issues.map((issue) => ({ anchor: anchorOf(issue), text: issueSentence(t, issue) }));
  return said.filter((one, i) => said.findIndex((other) => other.anchor === one.anchor && other.text === one.text) === i);
}

/** The sentences at one field, joined (null when it has none): what the field's note shows. */
export function issuesAt(said: readonly SaidIssue[], anchor: string): string | null {
  const here = said.filter((one) => one.anchor === anchor).map((one) => one.text);
  return here.length ? here.join(' ') : null;
}
