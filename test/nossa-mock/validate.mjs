// @ts-check
// Server-side validation of a value sent for a field, as Maximo's business objects do
// it: upper-casing, domains, numbers, length, dates in the user's format. Returns the
// normalized value to store (dates become canonical) or the message to show.

import { parseDate } from './dates.mjs';
import { MSG } from './messages.mjs';
import { sanitizeRichText } from './html.mjs';

/** @typedef {import('./fields.mjs').FieldDef} FieldDef */
/** @typedef {import('./messages.mjs').Message} Message */
/** @typedef {{ ok: true, value: string } | { ok: false, message: Message }} Validation */

/**
 * @param {FieldDef} def
 * @param {string | null | undefined} raw
 * @param {{ dateFormat: string }} opts
 * @returns {Validation}
 */
export function validateValue(def, raw, opts) {
  if (def.readonly) return { ok: false, message: MSG.readOnly(def.label) };
  let value = String(raw ?? '');
  if (def.kind === 'richtext') return { ok: true, value: sanitizeRichText(value) };
  if (def.kind === 'checkbox') {
    return { ok: true, value: /^(y|yes|1|true|on)$/i.test(value.trim()) ? 'Y' : 'N' };
  }
  if (def.kind !== 'textarea') value = value.trim();
  if (def.uppercase) value = value.toUpperCase();
  // Empty is accepted here; required fields are checked when the record is saved.
  if (value === '') return { ok: true, value };
  if (def.maxlength && value.length > def.maxlength) {
    return { ok: false, message: MSG.tooLong(def.label, def.maxlength) };
  }
  if (def.kind === 'date') {
    const canonical = parseDate(value, opts.dateFormat);
    if (!canonical) return { ok: false, message: MSG.badDate(value, def.label, opts.dateFormat) };
    return { ok: true, value: canonical };
  }
  if (def.kind === 'number') {
    const n = Number(value);
    const min = def.min ?? -Infinity;
    const max = def.max ?? Infinity;
    if (!/^-?\d+$/.test(value) || n < min || n > max) {
      return { ok: false, message: MSG.outOfRange(value, def.label, min, max) };
    }
    return { ok: true, value: String(n) };
  }
  if (def.domain) {
    const hit = def.domain().find((d) => d.value.toUpperCase() === value.toUpperCase());
    if (!hit) return { ok: false, message: MSG.notValid(value, def.label) };
    return { ok: true, value: hit.value };
  }
  return { ok: true, value };
}
