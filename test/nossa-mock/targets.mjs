// @ts-check
// A "target" is an editable thing behind a component key: where its value is read
// from, where an accepted value goes (the ui session's pending values, the new work
// log row, the dialog), and how it renders. Event handlers and renderers both use it,
// so a holder re-rendered after a round trip looks exactly like the first render.

import { COMPUTED_FIELDS, MAIN_FIELDS, REJECT_REQUIRED_ATTR, STATUS_DIALOG_FIELDS, WORKLOG_FIELDS } from './fields.mjs';
import { partsOf } from './dates.mjs';
import { plainToRichText, richTextToPlain } from './html.mjs';

/**
 * @typedef {import('./context.mjs').Ctx} Ctx
 * @typedef {import('./fields.mjs').FieldDef} FieldDef
 * @typedef {import('./render/widgets.mjs').WidgetSpec} WidgetSpec
 * @typedef {{
 *   key: string, def: FieldDef, hideName: string,
 *   read: () => string, committed: () => string,
 *   readonly: () => boolean,
 *   write: (value: string) => string[],   // returns keys of other holders to re-render
 * }} Target
 */

/**
 * @param {Ctx} ctx @param {string} key
 * @returns {Target | null}
 */
export function resolveTarget(ctx, key) {
  const [scope, attr = ''] = key.split(':');
  if (scope === 'field' || scope === 'hdr') return mainTarget(ctx, key, attr);
  if (scope === 'wl') return worklogTarget(ctx, key, attr);
  if (scope === 'dlg') return dialogTarget(ctx, key, attr);
  return null;
}

/** @param {Ctx} ctx @param {string} key @param {string} attr @returns {Target | null} */
function mainTarget(ctx, key, attr) {
  const base = MAIN_FIELDS[attr];
  if (!base) return null;
  const { ui } = ctx;
  // saveReject 'required': this field is required and (server-side) empty.
  const rejectEmpty = ctx.store.saveReject === 'required' && attr === REJECT_REQUIRED_ATTR;
  const def = rejectEmpty ? { ...base, required: true } : base;
  return {
    key,
    def,
    hideName: attr,
    read: () => (attr === 'TTRCUSTOMER' ? ttrCustomer(ctx) : ctx.effective(attr)),
    committed: () => (attr === 'TTRCUSTOMER' ? ttrCustomer(ctx) : rejectEmpty ? '' : (ctx.ticket()?.fields[attr] ?? '')),
    readonly: () => Boolean(def.readonly) || COMPUTED_FIELDS.includes(attr) || ctx.recordReadOnly(),
    write: (value) => {
      const t = ctx.ticket();
      if (!t) return [];
      const before = ctx.effective(attr);
      setPending(ui, t.fields, attr, value);
      // Like NOSSA's assignment rule: a new owner group clears the owner, and the page
      // gets the Owner holder re-rendered in the same answer.
      if (attr === 'OWNERGROUP' && value !== before && ctx.effective('OWNER') !== '') {
        setPending(ui, t.fields, 'OWNER', '');
        return ['field:OWNER'];
      }
      return [];
    },
  };
}

/**
 * @param {import('./uisession.mjs').UiSession} ui
 * @param {Record<string, string>} committed @param {string} attr @param {string} value
 */
function setPending(ui, committed, attr, value) {
  if ((committed[attr] ?? '') === value) delete ui.pending[attr];
  else ui.pending[attr] = value;
}

/** @param {Ctx} ctx @param {string} key @param {string} attr @returns {Target | null} */
function worklogTarget(ctx, key, attr) {
  const base = WORKLOG_FIELDS[attr];
  if (!base) return null;
  // Layouts with a plain textarea Details: a text field whose value is plain text
  // (kept as rich text on the row, like Maximo's long description).
  const plain = attr === 'DETAILS' && ctx.layout.details === 'textarea';
  /** @type {FieldDef} */
  const def = plain ? { ...base, kind: 'textarea' } : base;
  const { ui } = ctx;
  const sel = ui.wlSelected;
  const t = ctx.ticket();
  const newRow = sel?.kind === 'new' ? ui.newRows[sel.index] : undefined;
  const saved = sel?.kind === 'saved' && t ? t.worklog[sel.index] : undefined;
  /** @returns {string} */
  const get = () => {
    const row = newRow ?? saved;
    if (!row) return '';
    if (attr === 'SUMMARY') return row.summary;
    if (attr === 'DETAILS') return plain ? richTextToPlain(row.details) : row.details;
    if (attr === 'TYPE') return row.type;
    return row.viewable ? 'Y' : 'N';
  };
  return {
    key,
    def,
    hideName: `WORKLOG.${attr}`,
    read: get,
    committed: () => (saved ? get() : ''),
    readonly: () => !newRow,
    write: (value) => {
      if (!newRow) return [];
      if (attr === 'SUMMARY') newRow.summary = value;
      else if (attr === 'DETAILS') newRow.details = plain ? plainToRichText(value) : value;
      else if (attr === 'TYPE') newRow.type = value;
      else newRow.viewable = value === 'Y';
      // The table row shows summary/type/viewable: re-render the table too.
      return attr === 'DETAILS' ? [] : ['wltable'];
    },
  };
}

/** @param {Ctx} ctx @param {string} key @param {string} attr @returns {Target | null} */
function dialogTarget(ctx, key, attr) {
  const def = STATUS_DIALOG_FIELDS[attr];
  const dlg = ctx.ui.dialog;
  if (!def || !dlg || dlg.kind !== 'status') return null;
  return {
    key,
    def,
    hideName: `CHANGESTATUS.${attr}`,
    read: () => dlg.values[attr] ?? '',
    committed: () => '',
    readonly: () => false,
    write: (value) => {
      dlg.values[attr] = value;
      return [];
    },
  };
}

/**
 * The widget spec of a target, in its current state.
 * @param {Ctx} ctx @param {Target} target @returns {WidgetSpec}
 */
export function specOf(ctx, target) {
  const { def } = target;
  const value = target.read();
  const isDate = def.kind === 'date';
  const readonly = target.readonly();
  const hasImg = !readonly && (def.kind === 'valuelist' || isDate || Boolean(def.lookup));
  return {
    key: target.key,
    label: def.label,
    kind: def.kind,
    value: isDate ? ctx.fmt(value) : value,
    canonical: isDate ? value : undefined,
    ov: isDate ? ctx.fmt(target.committed()) : target.committed(),
    readonly,
    required: def.required,
    maxlength: def.maxlength,
    lookup: def.lookup,
    imgKey: hasImg ? `img:${target.key}` : undefined,
    rte: def.kind === 'richtext' ? (ctx.layout.details === 'contenteditable' ? 'div' : 'iframe') : undefined,
    error: target.key.startsWith('field:') && ctx.ui.fieldErrors.includes(def.attr),
  };
}

/**
 * TTR Customer: hours:minutes from the reported date to now (or to resolution).
 * @param {Ctx} ctx
 */
function ttrCustomer(ctx) {
  const t = ctx.ticket();
  const start = partsOf(t?.fields.REPORTDATE ?? '');
  if (!t || !start) return '';
  const resolved = [...t.statusHistory].reverse().find((s) => s.status === 'RESOLVED');
  const endCanon = ['RESOLVED', 'CLOSED', 'MEDIACARE', 'SALAMSIM', 'HISTEDIT'].includes(t.fields.STATUS ?? '') && resolved ? resolved.statusDate : ctx.store.now();
  const end = partsOf(endCanon);
  if (!end) return '';
  const ms = new Date(end.y, end.mo - 1, end.d, end.h, end.mi).getTime() - new Date(start.y, start.mo - 1, start.d, start.h, start.mi).getTime();
  const minutes = Math.max(0, Math.round(ms / 60000));
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Plain text of a work log row's details (for the table). @param {string} html */
export function detailsPreview(html) {
  const text = richTextToPlain(html);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
