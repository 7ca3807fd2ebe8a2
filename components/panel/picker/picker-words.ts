import type { MessageKey, Translate } from '@/lib/i18n';
import type { FieldKind, Locator } from '@/lib/schema/site-profile';
import type { ControlSummary } from '@/lib/sites/picked-control';
import type { ActionWords } from '@/lib/sites/picker-guide';
import type { Proposal } from '@/lib/sites/propose-locators';

/** The picker's findings in a team lead's words (the profile's terms stay visible: label, title). */

export const widgetWords = (t: Translate, kind: FieldKind) => t(`picker.widget.${kind}` as MessageKey);

export function controlWords(t: Translate, control: ControlSummary): string {
  const params = { name: control.name ?? t('picker.unnamed'), widget: widgetWords(t, control.widget), container: control.container ?? '' };
  const base = control.container ? t('picker.controlIn', params) : t('picker.control', params);
  return control.value ? `${base}${t('picker.value', { value: control.value })}` : base;
}

export function locatorWords(t: Translate, locators: Locator[]): string {
  return locators
    .map((l) => {
      switch (l.by) {
        case 'css':
          return t('picker.by.css', { text: l.selector });
        case 'name':
          return t('picker.by.name', { text: l.name });
        default:
          return t(`picker.by.${l.by}`, { text: l.text.join(' / ') });
      }
    })
    .join(t('picker.by.then'));
}

export function proposalWords(t: Translate, proposal: Proposal): string {
  const locators = locatorWords(t, proposal.locators);
  if (!proposal.scope || proposal.id.indexOf('@') < 0) return locators;
  const scope = proposal.scopeTitle ? t('picker.scoped', { title: proposal.scopeTitle }) : t('picker.scopedSelector', { selector: proposal.scope });
  return `${locators}, ${scope}`;
}

export function verdictWords(t: Translate, proposal: Proposal): string {
  switch (proposal.verdict) {
    case 'unique':
      return t('picker.verdict.unique');
    case 'resolved':
      return t('picker.verdict.resolved', { count: proposal.matches - 1 });
    case 'other':
      return t('picker.verdict.other', { control: proposal.instead ? controlWords(t, proposal.instead) : '' });
    case 'none':
      return t('picker.verdict.none');
  }
}

export const actionStepWords = (t: Translate, action: ActionWords) => t(`picker.way.${action.verb}`, { name: action.name });
