import type { MessageKey, Translate } from '@/lib/i18n';
import { fieldLabels } from '@/lib/i18n/messages/field-labels';

/** A profile field key as NOSSA labels it ("Pending Reason"); an unknown key as it is. */
export const fieldLabel = (t: Translate, field: string): string => {
  const key = `field.${field}`;
  return key in fieldLabels ? t(key as MessageKey) : field;
};
