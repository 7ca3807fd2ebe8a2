// @ts-check
// What the server does with the events of one round trip, in order. Like Maximo,
// processing stops at the first error: a rejected value also cancels the Save or tab
// click that followed it in the same round trip.
//
// Events (sent by the page; the value only for setvalue):
//   setvalue  { targetId, value }  a field's pending change (or a checkbox click)
//   click     { targetId }         button, tab, toolbar item, row, value-list input/image
//   menuitem  { targetId }         an item of the menu the server sent last
//   enter     { targetId }         Enter in a list filter / the Find Incident box

import { partsOf } from './dates.mjs';
import { MSG, isSaved } from './messages.mjs';
import { REJECT_ERROR_ATTR, REJECT_REQUIRED_ATTR } from './fields.mjs';
import { STATUS_TRANSITIONS } from './seed.mjs';
import { saveRecord } from './commit.mjs';
import { resolveTarget, specOf } from './targets.mjs';
import { validateValue } from './validate.mjs';
import { discardChanges, isDirty, keyFor } from './uisession.mjs';
import { domainOf, openCalendar, openSelectAction, openValueList, renderMenu } from './render/menus.mjs';
import { renderContent } from './render/content.mjs';
import { renderDialog } from './render/dialogs.mjs';
import { filterHolder, listResult } from './render/list.mjs';
import { renderWorklogTable } from './render/ticket.mjs';
import { renderToolbar, toolbarSignature } from './render/toolbar.mjs';
import { holderHtml } from './render/widgets.mjs';

/**
 * @typedef {import('./context.mjs').Ctx} Ctx
 * @typedef {import('./messages.mjs').Message} Message
 * @typedef {import('./targets.mjs').Target} Target
 * @typedef {{ type: string, targetId: string, value?: string }} ClientEvent
 * @typedef {{ type: string, targetId: string, key: string | null, value?: string }} LoggedEvent
 * @typedef {{
 *   holders: Set<string>, content: boolean, menuChanged: boolean, dialogChanged: boolean,
 *   message?: Message, focus?: string, ticketReady: boolean,
 * }} Effects
 * @typedef {{
 *   replace: Array<{ id: string, html: string }>, menu?: string, menuAnchor?: string,
 *   dialog?: string, message?: Message, focus?: string, dirty: boolean, ticketReady: boolean,
 * }} RoundTripResult
 */

/**
 * @param {Ctx} ctx @param {ClientEvent[]} events @param {LoggedEvent[]} log
 * @returns {RoundTripResult}
 */
export function processEvents(ctx, events, log) {
  /** @type {Effects} */
  const fx = { holders: new Set(), content: false, menuChanged: false, dialogChanged: false, ticketReady: false };
  for (const ev of events) {
    const key = keyFor(ctx.ui, ev.targetId) ?? null;
    log.push({ type: ev.type, targetId: ev.targetId, key, ...(ev.type === 'setvalue' ? { value: ev.value ?? '' } : {}) });
    if (!key) {
      fx.message = MSG.staleComponent();
      break;
    }
    // Anything but typing closes an open menu (Maximo drops it on the next event).
    if (ev.type !== 'setvalue' && ev.type !== 'menuitem' && ctx.ui.menu) {
      ctx.ui.menu = null;
      fx.menuChanged = true;
    }
    const stop =
      ev.type === 'setvalue'
        ? setValue(ctx, fx, key, ev.value ?? '')
        : ev.type === 'click'
          ? click(ctx, fx, key)
          : ev.type === 'menuitem'
            ? menuItem(ctx, fx, ev.targetId)
            : ev.type === 'enter'
              ? enter(ctx, fx, key)
              : fail(fx, MSG.staleComponent());
    if (stop) break;
  }
  return finish(ctx, fx);
}

/** @param {Effects} fx @param {Message} message @returns {true} */
function fail(fx, message) {
  fx.message = message;
  return true;
}

/**
 * @param {Ctx} ctx @param {Effects} fx @param {string} key @param {string} value
 * @returns {boolean} stop
 */
function setValue(ctx, fx, key, value) {
  const { ui, store } = ctx;
  const [scope, attr = ''] = key.split(':');
  if (scope === 'filter') {
    ui.listFilterDraft[attr] = String(value).trim();
    fx.holders.add(key);
    return false;
  }
  if (key === 'quicksearch') {
    ui.quickSearch = String(value).trim();
    return false;
  }
  const target = resolveTarget(ctx, key);
  if (!target) return fail(fx, MSG.staleComponent());
  if ((scope === 'field' || scope === 'hdr') && !ctx.ticket()) return fail(fx, MSG.noRecord());
  if (target.readonly()) {
    fx.holders.add(key);
    return fail(fx, ctx.recordReadOnly() && scope !== 'dlg' ? MSG.recordReadOnly(ctx.ticket()?.fields.TICKETID ?? '') : MSG.readOnly(target.def.label));
  }
  const v = validateValue(target.def, value, { dateFormat: store.dateFormat });
  if (!v.ok) {
    // Re-render with the value the server still holds (the user's input is dropped).
    fx.holders.add(key);
    return fail(fx, v.message);
  }
  if (key === 'dlg:NEWSTATUS' && v.value && !domainOf(ctx, target).some((d) => d.value === v.value)) {
    fx.holders.add(key);
    return fail(fx, MSG.statusNotAllowed(ctx.effective('STATUS'), v.value));
  }
  const others = target.write(v.value);
  // The rich-text editor is not re-rendered on success (its iframe would reload).
  if (target.def.kind !== 'richtext') fx.holders.add(key);
  for (const k of others) fx.holders.add(k);
  return false;
}

/** @param {Ctx} ctx @param {Effects} fx @param {string} key @returns {boolean} */
function click(ctx, fx, key) {
  const { ui } = ctx;
  const [scope, a = '', b = ''] = key.split(':');
  switch (scope) {
    case 'tab':
      return switchTab(ctx, fx, a);
    case 'subtab':
      ui.subtab = a;
      fx.content = true;
      return false;
    case 'tb':
      return toolbar(ctx, fx, a);
    case 'selectaction':
      openSelectAction(ctx);
      fx.menuChanged = true;
      return false;
    case 'row':
      return loadTicket(ctx, fx, a, false);
    case 'wlrow':
      ui.wlSelected = { kind: a === 'new' ? 'new' : 'saved', index: Number(b) };
      fx.content = true;
      return false;
    case 'btn':
      return a === 'newrow' ? newRow(ctx, fx) : false;
    case 'dlgbtn':
      return a === 'OK' ? statusOk(ctx, fx) : closeDialog(ctx, fx);
    case 'dlgclose':
      return closeDialog(ctx, fx);
    case 'prompt':
      return prompt(ctx, fx, a);
    case 'img':
      return lookup(ctx, fx, key.slice(4));
    case 'field':
    case 'hdr':
    case 'wl':
    case 'dlg': {
      // Clicking a value-list input opens its menu, like its drop image.
      const target = resolveTarget(ctx, key);
      return target && target.def.kind === 'valuelist' ? lookup(ctx, fx, key) : false;
    }
    default:
      return false;
  }
}

/** @param {Ctx} ctx @param {Effects} fx @param {string} fieldKey @returns {boolean} */
function lookup(ctx, fx, fieldKey) {
  const target = resolveTarget(ctx, fieldKey);
  if (!target || target.readonly()) return false;
  if (target.def.kind === 'date') openCalendar(ctx, target);
  else openValueList(ctx, target);
  fx.menuChanged = true;
  return false;
}

/** @param {Ctx} ctx @param {Effects} fx @param {string} name @returns {boolean} */
function switchTab(ctx, fx, name) {
  const { ui } = ctx;
  if (name !== 'list' && !ctx.ticket()) {
    // Like Maximo: going to a record tab from the list opens the first record.
    const first = listResult(ctx)[0];
    if (!first) return fail(fx, MSG.noRecord());
    ui.ticketId = first;
    fx.ticketReady = true;
  }
  ui.tab = name;
  fx.content = true;
  return false;
}

/** @param {Ctx} ctx @param {Effects} fx @param {string} eventtype @returns {boolean} */
function toolbar(ctx, fx, eventtype) {
  const { ui } = ctx;
  switch (eventtype) {
    case 'SAVE': {
      const m = ui.tab === 'list' ? MSG.nothingToSave() : saveRecord(ctx);
      fx.message = m;
      if (!isSaved(m)) return refused(ctx, fx, m);
      fx.content = true;
      return false;
    }
    case 'STATUS':
      return openStatusDialog(ctx, fx);
    case 'PREVIOUS':
    case 'NEXT': {
      const ids = listResult(ctx);
      const i = ids.indexOf(ui.ticketId ?? '');
      const next = ids[eventtype === 'NEXT' ? i + 1 : i - 1];
      if (i < 0 || !next) return false;
      return loadTicket(ctx, fx, next, false);
    }
    default:
      return fail(fx, MSG.notAvailable());
  }
}

/**
 * A save that did not happen. "Nothing to save" is info and goes on; any error stops the
 * round trip. A saveReject refusal re-renders the field it names, so its required / in
 * error marking shows (Maximo marks the field the message is about).
 * @param {Ctx} ctx @param {Effects} fx @param {Message} m @returns {boolean} stop
 */
function refused(ctx, fx, m) {
  if (m.type !== 'error') return false;
  const attr = ctx.store.saveReject === 'required' ? REJECT_REQUIRED_ATTR : ctx.store.saveReject === 'fieldError' ? REJECT_ERROR_ATTR : '';
  if (attr && ctx.ui.tab === 'main' && !ctx.hidden(attr)) fx.holders.add(`field:${attr}`);
  return true;
}

/** @param {Ctx} ctx @param {Effects} fx @returns {boolean} */
function openStatusDialog(ctx, fx) {
  const t = ctx.ticket();
  if (!t || ctx.ui.tab === 'list') return fail(fx, MSG.noRecord());
  // The record's status as the page has it (an unsaved status change counts).
  const status = ctx.effective('STATUS');
  if (!(STATUS_TRANSITIONS[status] ?? []).length) return fail(fx, MSG.statusNotAllowed(status, 'another status'));
  ctx.ui.dialog = { kind: 'status', values: { NEWSTATUS: '', STATUSDATE: ctx.store.now(), MEMO: '' } };
  fx.dialogChanged = true;
  return false;
}

/**
 * OK in Change Status: validate, then either save the record with the new status
 * (okSaves, SCCD's usual) or apply it to the record in this ui session only, to be
 * saved by a later Save (okSaves false; BMXAA4210I asks to save).
 * @param {Ctx} ctx @param {Effects} fx
 */
function statusOk(ctx, fx) {
  const dlg = ctx.ui.dialog;
  const t = ctx.ticket();
  if (!dlg || dlg.kind !== 'status' || !t) return closeDialog(ctx, fx);
  const current = ctx.effective('STATUS');
  const next = dlg.values.NEWSTATUS ?? '';
  const date = dlg.values.STATUSDATE ?? '';
  if (!next) return fail(fx, MSG.required('New Status', 'INCIDENT'));
  if (next === current) return fail(fx, MSG.statusUnchanged());
  if (!(STATUS_TRANSITIONS[current] ?? []).includes(next)) return fail(fx, MSG.statusNotAllowed(current, next));
  if (!date) return fail(fx, MSG.required('Status Date', 'INCIDENT'));
  const last = t.fields.STATUSDATE ?? '';
  if (last && date < last) return fail(fx, MSG.statusDateTooEarly(ctx.fmt(last)));
  const change = { status: next, statusDate: date, memo: dlg.values.MEMO ?? '' };
  if (!ctx.store.okSaves) {
    if (ctx.recordReadOnly()) return fail(fx, MSG.recordReadOnly(t.fields.TICKETID ?? ''));
    ctx.ui.statusChange = change;
    fx.message = MSG.statusNotSaved();
    ctx.ui.dialog = null;
    fx.dialogChanged = true;
    fx.content = true;
    return false;
  }
  const m = saveRecord(ctx, change);
  fx.message = m;
  if (!isSaved(m)) return refused(ctx, fx, m) || true;
  ctx.ui.dialog = null;
  fx.dialogChanged = true;
  fx.content = true;
  return false;
}

/** @param {Ctx} ctx @param {Effects} fx @returns {boolean} */
function closeDialog(ctx, fx) {
  ctx.ui.dialog = null;
  fx.dialogChanged = true;
  return false;
}

/** The "save your changes?" prompt shown when leaving a changed record. @param {Ctx} ctx @param {Effects} fx @param {string} answer */
function prompt(ctx, fx, answer) {
  const dlg = ctx.ui.dialog;
  closeDialog(ctx, fx);
  if (!dlg || dlg.kind !== 'saveprompt' || answer === 'CANCEL') return false;
  if (answer === 'YES') {
    const m = saveRecord(ctx);
    fx.message = m;
    if (!isSaved(m)) {
      fx.content = true;
      return true;
    }
  } else discardChanges(ctx.ui);
  return loadTicket(ctx, fx, dlg.next.ticketId, true);
}

/**
 * Load a ticket into the page (list row, Previous/Next, Find) without navigation.
 * @param {Ctx} ctx @param {Effects} fx @param {string} ticketId @param {boolean} force
 * @returns {boolean}
 */
function loadTicket(ctx, fx, ticketId, force) {
  const { ui, store } = ctx;
  if (!store.tickets[ticketId]) return fail(fx, MSG.notFound());
  if (!force && isDirty(ui) && ui.ticketId !== ticketId) {
    ui.dialog = { kind: 'saveprompt', next: { action: 'load', ticketId } };
    fx.dialogChanged = true;
    return false;
  }
  if (ui.ticketId !== ticketId) discardChanges(ui);
  ui.ticketId = ticketId;
  ui.tab = 'main';
  ui.subtab = 'worklog';
  ui.wlSelected = null;
  fx.content = true;
  fx.ticketReady = true;
  return false;
}

/** @param {Ctx} ctx @param {Effects} fx @returns {boolean} */
function newRow(ctx, fx) {
  const t = ctx.ticket();
  if (!t) return fail(fx, MSG.noRecord());
  if (ctx.recordReadOnly()) return fail(fx, MSG.recordReadOnly(t.fields.TICKETID ?? ''));
  ctx.ui.newRows.push({ summary: '', details: '', type: 'CLIENTNOTE', viewable: false });
  ctx.ui.wlSelected = { kind: 'new', index: ctx.ui.newRows.length - 1 };
  fx.content = true;
  // Maximo puts the cursor in the new row's first field.
  if (!ctx.hidden('WORKLOG.SUMMARY')) fx.focus = ctx.id('wl:SUMMARY');
  return false;
}

/** @param {Ctx} ctx @param {Effects} fx @param {string} itemId @returns {boolean} */
function menuItem(ctx, fx, itemId) {
  const { ui } = ctx;
  const menu = ui.menu;
  const item = menu?.items.find((i) => i.id === itemId);
  ui.menu = null;
  fx.menuChanged = true;
  if (!menu || !item || item.disabled) return false;
  if (menu.kind === 'selectaction') {
    return item.action === 'STATUS' ? openStatusDialog(ctx, fx) : fail(fx, MSG.notAvailable());
  }
  const target = resolveTarget(ctx, menu.ownerKey);
  if (!target) return false;
  if (menu.kind === 'calendar') {
    if (item.action === 'month') {
      const [y, mo] = item.value.split('-').map(Number);
      openCalendar(ctx, target, { y: y ?? 2000, mo: mo ?? 1 });
      return false;
    }
    const cur = partsOf(target.read());
    const time = `${String(cur?.h ?? 0).padStart(2, '0')}:${String(cur?.mi ?? 0).padStart(2, '0')}`;
    const canonical = item.action === 'now' ? ctx.store.now() : `${item.value}T${time}`;
    fx.focus = ctx.id(menu.ownerKey);
    // Through the normal setvalue path, in the user's format, so validation is one.
    return setValue(ctx, fx, menu.ownerKey, ctx.fmt(canonical));
  }
  fx.focus = ctx.id(menu.ownerKey);
  return setValue(ctx, fx, menu.ownerKey, item.value);
}

/** @param {Ctx} ctx @param {Effects} fx @param {string} key @returns {boolean} */
function enter(ctx, fx, key) {
  const { ui } = ctx;
  if (key.startsWith('filter:')) {
    ui.listFilters = { ...ui.listFilterDraft };
    ui.tab = 'list';
    fx.content = true;
    return false;
  }
  if (key === 'quicksearch') {
    const id = ui.quickSearch.toUpperCase();
    return id ? loadTicket(ctx, fx, id, false) : false;
  }
  return false;
}

/**
 * Render what changed. The content region is rendered once, last, from the final
 * state; holders inside it are then not sent separately.
 * @param {Ctx} ctx @param {Effects} fx @returns {RoundTripResult}
 */
function finish(ctx, fx) {
  /** @type {Array<{ id: string, html: string }>} */
  const replace = [];
  if (fx.content) replace.push({ id: ctx.id('region:content'), html: renderContent(ctx) });
  for (const key of fx.holders) {
    const inContent = !key.startsWith('dlg:');
    if (fx.content && inContent) continue;
    if (fx.dialogChanged && !inContent) continue;
    const html = holderFor(ctx, key);
    if (html) replace.push({ id: key === 'wltable' ? ctx.id(key) : `${ctx.id(key)}_holder`, html });
  }
  if (fx.content || toolbarSignature(ctx) !== ctx.ui.renderedView) {
    replace.push({ id: ctx.id('region:toolbar'), html: renderToolbar(ctx) });
  }
  /** @type {RoundTripResult} */
  const out = { replace, dirty: isDirty(ctx.ui), ticketReady: fx.ticketReady };
  if (fx.menuChanged) {
    out.menu = renderMenu(ctx);
    if (ctx.ui.menu) out.menuAnchor = ctx.ui.menu.anchorId;
  }
  if (fx.dialogChanged) out.dialog = renderDialog(ctx);
  if (fx.message) out.message = fx.message;
  if (fx.focus) out.focus = fx.focus;
  return out;
}

/** @param {Ctx} ctx @param {string} key */
function holderFor(ctx, key) {
  if (key === 'wltable') return ctx.ui.tab === 'log' ? renderWorklogTable(ctx) : '';
  if (key.startsWith('filter:')) return filterHolder(ctx, key.slice(7));
  const target = resolveTarget(ctx, key);
  if (!target || ctx.hidden(target.hideName)) return '';
  return holderHtml(ctx, specOf(ctx, target));
}
