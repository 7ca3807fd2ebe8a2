// @ts-check
// Dialogs, rendered into #dialogholder in the main document (Maximo never uses a
// separate window or frame): Change Status, and the "save your changes?" prompt.

import { STATUS_DIALOG_FIELDS } from '../fields.mjs';
import { attrs, esc } from '../html.mjs';
import { MSG } from '../messages.mjs';
import { resolveTarget, specOf } from '../targets.mjs';
import { buttonHtml, gridHtml } from './widgets.mjs';

/** @typedef {import('../context.mjs').Ctx} Ctx */
/** @typedef {import('./widgets.mjs').WidgetSpec} WidgetSpec */

/** @param {Ctx} ctx */
export function renderDialog(ctx) {
  const dlg = ctx.ui.dialog;
  if (!dlg) return '';
  if (dlg.kind === 'status')
    return frame(ctx, 'changestatus', 'Change Status', statusBody(ctx), buttonHtml(ctx, 'dlgbtn:OK', 'OK', { primary: true }) + buttonHtml(ctx, 'dlgbtn:CANCEL', 'Cancel'));
  const m = MSG.savePrompt();
  return frame(
    ctx,
    'saveprompt',
    'System Message',
    `<p class="msgtext" role="alert"><span class="msgicon warn" aria-hidden="true"></span>${esc(m.text)}</p>`,
    buttonHtml(ctx, 'prompt:YES', 'Yes', { primary: true }) + buttonHtml(ctx, 'prompt:NO', 'No') + buttonHtml(ctx, 'prompt:CANCEL', 'Cancel'),
    'alertdialog',
  );
}

/**
 * @param {Ctx} ctx @param {string} kind @param {string} title @param {string} body @param {string} buttons
 * @param {string} [role]
 */
function frame(ctx, kind, title, body, buttons, role = 'dialog') {
  const id = ctx.id(`dialog:${kind}`);
  return (
    '<div class="dialog_backdrop"></div>' +
    `<div${attrs({ id, class: 'dialog', role, 'aria-modal': 'true', 'aria-labelledby': `${id}_title` })}>` +
    `<div class="dialog_titlebar"><span${attrs({ id: `${id}_title`, class: 'dialog_title' })}>${esc(title)}</span>` +
    `<a${attrs({ id: ctx.id(`dlgclose:${kind}`), ctype: 'pushbutton', href: '#', class: 'dialog_close', title: 'Close', 'aria-label': 'Close' })}>&#215;</a></div>` +
    `<div class="dialog_body">${body}</div><div class="dialog_buttons">${buttons}</div></div>`
  );
}

/** @param {Ctx} ctx */
function statusBody(ctx) {
  const t = ctx.ticket();
  const ro = (/** @type {string} */ key, /** @type {string} */ label, /** @type {string} */ value) =>
    /** @type {WidgetSpec} */ ({ key, label, kind: 'text', value, ov: value, readonly: true });
  // Read-only context; in some layouts the ticket Summary too (a repeat of a label the
  // work log also has: a fill must not take it for the dialog's own fields).
  const info = [ro('dlginfo:TICKETID', 'Incident', t?.fields.TICKETID ?? '')];
  if (ctx.layout.dialogSummary) info.push(ro('dlginfo:DESCRIPTION', 'Summary', ctx.effective('DESCRIPTION')));
  info.push(ro('dlginfo:STATUS', 'Current Status', ctx.effective('STATUS')));
  /** @type {WidgetSpec[]} */
  const fields = [];
  for (const attr of Object.keys(STATUS_DIALOG_FIELDS)) {
    const target = resolveTarget(ctx, `dlg:${attr}`);
    if (target && !ctx.hidden(target.hideName)) fields.push(specOf(ctx, target));
  }
  return gridHtml(ctx, info, 2) + gridHtml(ctx, fields, 1);
}
