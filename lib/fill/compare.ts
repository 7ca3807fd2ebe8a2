import type { FieldKind } from '../schema/site-profile';

const fold = (text: string) =>
  text
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Whether the value the page holds is the value Pandu meant to write. Value lists compare
 * case-insensitively (NOSSA upper-cases codes); date-times compare the instant, since NOSSA may
 * re-format what was typed; checkboxes compare their Y/N state.
 */
export function sameValue(kind: FieldKind, expected: string, actual: string | null): boolean {
  if (actual == null) return false;
  const [e, a] = [fold(expected), fold(actual)];
  if (e === a) return true;
  if (kind === 'valueList' || kind === 'select') return e.toUpperCase() === a.toUpperCase();
  if (kind === 'dateTime') return sameDateText(e, a);
  return false;
}

/**
 * Two renderings of one date-time in the same format: NOSSA may drop or add zero padding
 * ("07-12-2026 09:05" / "7-12-2026 9:05"), so numbers compare by value and words (AM, PM,
 * month names) without case. Both sides are in NOSSA's one configured format.
 */
function sameDateText(expected: string, actual: string): boolean {
  const tokens = (text: string) => text.match(/\d+|[A-Za-z]+/g)?.map((t) => (/^\d+$/.test(t) ? String(Number(t)) : t.toUpperCase())) ?? [];
  const [e, a] = [tokens(expected), tokens(actual)];
  return e.length > 0 && e.length === a.length && e.every((t, i) => t === a[i]);
}
