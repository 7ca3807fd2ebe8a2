// @ts-check
// Saving: what Maximo does when the user clicks Save or OK in Change Status. The
// ui session's unsaved values (and new work log rows) are validated as a whole, then
// written to the committed ticket, and a `saves` entry records what changed.

import { MAIN_FIELDS, REJECT_ERROR_ATTR, REJECT_REQUIRED_ATTR, WORKLOG_FIELDS } from './fields.mjs';
import { DATE_FIELDS } from './seed.mjs';
import { MSG } from './messages.mjs';
import { richTextToPlain, sanitizeRichText } from './html.mjs';
import { discardChanges, isDirty } from './uisession.mjs';

/**
 * @typedef {import('./context.mjs').Ctx} Ctx
 * @typedef {import('./messages.mjs').Message} Message
 * @typedef {{ status: string, statusDate: string, memo: string }} StatusChange
 */

/**
 * @param {Ctx} ctx
 * @param {StatusChange} [okStatus] the status change of a Change Status OK that saves
 * @returns {Message} the message to show (BMXAA4205I when saved; see isSaved)
 */
export function saveRecord(ctx, okStatus) {
  const { store, ui } = ctx;
  const t = ctx.ticket();
  if (!t) return MSG.noRecord();
  // A status change applied by an earlier OK (okSaves false) is saved with the record.
  const statusChange = okStatus ?? ui.statusChange ?? undefined;
  if (!isDirty(ui) && !statusChange) return MSG.nothingToSave();
  if (ctx.recordReadOnly() && isDirty(ui)) return MSG.recordReadOnly(t.fields.TICKETID ?? '');

  for (const def of Object.values(MAIN_FIELDS)) {
    if (def.required && ctx.effective(def.attr).trim() === '') return MSG.required(def.label, 'INCIDENT');
  }
  for (const row of ui.newRows) {
    const sum = WORKLOG_FIELDS.SUMMARY;
    if (sum && row.summary.trim() === '') return MSG.required(sum.label, 'WORKLOG');
  }
  // saveReject mode: refuse, write nothing, keep every unsaved value (Save stays on).
  if (store.saveReject === 'required') {
    return MSG.required(MAIN_FIELDS[REJECT_REQUIRED_ATTR]?.label ?? REJECT_REQUIRED_ATTR, 'INCIDENT');
  }
  if (store.saveReject === 'fieldError') {
    if (!ui.fieldErrors.includes(REJECT_ERROR_ATTR)) ui.fieldErrors.push(REJECT_ERROR_ATTR);
    return MSG.notValid(ctx.effective(REJECT_ERROR_ATTR), MAIN_FIELDS[REJECT_ERROR_ATTR]?.label ?? REJECT_ERROR_ATTR);
  }

  const at = new Date().toISOString();
  /** @type {string[]} */
  const changed = [];
  /** @type {Record<string, string>} */
  const values = {};
  const show = (/** @type {string} */ k, /** @type {string} */ v) => (DATE_FIELDS.includes(k) ? ctx.fmt(v) : v);
  for (const [attr, value] of Object.entries(ui.pending)) {
    if (attr === 'STATUS' || attr === 'STATUSDATE') continue; // only through a status change
    if ((t.fields[attr] ?? '') === value) continue;
    t.fields[attr] = value;
    changed.push(attr);
    values[attr] = show(attr, value);
  }
  if (changed.includes('OWNER') || changed.includes('OWNERGROUP')) {
    t.ownerHistory.push({ owner: t.fields.OWNER ?? '', ownerGroup: t.fields.OWNERGROUP ?? '', at });
  }
  if (ui.newRows.length) {
    for (const row of ui.newRows) {
      const details = sanitizeRichText(row.details);
      t.worklog.push({
        summary: row.summary,
        details,
        detailsText: richTextToPlain(details),
        type: row.type,
        viewable: row.viewable,
        createdBy: store.user.id,
        createdAt: at,
      });
    }
    changed.push('WORKLOG');
    values.WORKLOG = String(ui.newRows.length);
  }
  if (statusChange) {
    t.fields.STATUS = statusChange.status;
    t.fields.STATUSDATE = statusChange.statusDate;
    t.statusHistory.push({ ...statusChange, changedBy: store.user.id, at });
    changed.push('STATUS', 'STATUSDATE');
    values.STATUS = statusChange.status;
    values.STATUSDATE = ctx.fmt(statusChange.statusDate);
  }
  store.saves.push({ ticketId: t.fields.TICKETID ?? '', at, uisessionid: ui.id, changed, values });
  discardChanges(ui);
  return MSG.saved();
}
