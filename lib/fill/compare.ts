import { isValid, parse } from 'date-fns';
import type { FieldKind } from '../schema/site-profile';

const fold = (text: string) => text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * Whether the value the page holds is the value Pandu meant to write. Value lists compare
 * case-insensitively (NOSSA upper-cases codes); date-times compare the instant, since NOSSA may
 * re-format what was typed; checkboxes compare their Y/N state.
 */
export function sameValue(kind: FieldKind, expected: string, actual: string | null, dateFormat: string): boolean {
  if (actual == null) return false;
  const [e, a] = [fold(expected), fold(actual)];
  if (e === a) return true;
  if (kind === 'valueList' || kind === 'select') return e.toUpperCase() === a.toUpperCase();
  if (kind === 'dateTime') {
    const reference = new Date(2000, 0, 1);
    const [de, da] = [parse(e, dateFormat, reference), parse(a, dateFormat, reference)];
    return isValid(de) && isValid(da) && de.getTime() === da.getTime();
  }
  return false;
}
