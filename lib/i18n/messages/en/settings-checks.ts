import type { settingsChecks as id } from '../id/settings-checks';

/** English texts: a settings form's refusal at the field, and the procedure settings' additions. Typed against the Indonesian ones. */
export const settingsChecks: Record<keyof typeof id, string> = {
  'settings.check.summary': 'Not saved: {count} entries need fixing (marked below).',
  'settings.check.row': '{label} (row {row})',
  'settings.check.required': '{label}: required.',
  'settings.check.min': '{label}: at least {min}.',
  'settings.check.max': '{label}: at most {max}.',
  'settings.check.wholeNumber': '{label}: enter a whole number.',
  'settings.check.minChars': '{label}: at least {min} characters.',
  'settings.check.maxChars': '{label}: at most {max} characters.',
  'settings.check.minItems': '{label}: at least {min} needed.',
  'settings.check.maxItems': '{label}: at most {max} allowed.',
  'settings.check.invalid': '{label}: this entry cannot be used.',
  'settings.check.placeholder': '{label}: {value} is not known. Use one of the available placeholders.',
  'settings.check.placeholderSuggest': '{label}: {value} is not known. Did you mean {suggestion}?',
  'settings.check.duplicateReason': '{label}: code {value} is already used in another row.',
  'settings.check.duplicateGroup': '{label}: {value} is already in the list.',
  'settings.check.someField': 'Entry',
  'settings.procedure.templateField': 'Work-log template {outcome}',
  'settings.procedure.placeholderList': 'Available placeholders (click to insert into the template chosen last: {target})',
  'settings.procedure.placeholderInsert': 'Insert {placeholder} into the template {target}',
  'settings.procedure.forwardGroups': 'Forward-to groups (NOSSA Owner Group)',
  'settings.procedure.forwardGroupsHint':
    'One group per line, exactly as in NOSSA. Agents choose from this list when the customer declines (1.2.6). Empty: agents use the Owner Group list read from NOSSA, or type it when no list is known.',
};
