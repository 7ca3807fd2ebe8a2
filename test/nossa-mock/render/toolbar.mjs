// @ts-check
// The application toolbar: Select Action, Find Incident, and the toolbar buttons.
// Toolbar anchors carry Maximo's fixed ids (toolactions_SAVE-tbb_anchor) and an
// eventtype attribute; Save has class "off" + aria-disabled until the record changed.

import { attrs, cls } from '../html.mjs';
import { isDirty } from '../uisession.mjs';
import { IMG } from './widgets.mjs';

/** @typedef {import('../context.mjs').Ctx} Ctx */

/** Toolbar buttons: [eventtype, title, image]. */
const BUTTONS = [
  ['INSERT', 'New Incident', 'tb_new.svg'],
  ['SAVE', 'Save Incident', 'tb_save.svg'],
  ['PREVIOUS', 'Previous Record', 'tb_prev.svg'],
  ['NEXT', 'Next Record', 'tb_next.svg'],
  ['STATUS', 'Change Status', 'tb_status.svg'],
];

/** What the toolbar looks like now (re-render only when this changes). @param {Ctx} ctx */
export function toolbarSignature(ctx) {
  const hasTicket = Boolean(ctx.ticket()) && ctx.ui.tab !== 'list';
  return `${isDirty(ctx.ui)}|${hasTicket}|${ctx.recordReadOnly()}`;
}

/** @param {Ctx} ctx @param {string} eventtype */
function enabled(ctx, eventtype) {
  const onRecord = Boolean(ctx.ticket()) && ctx.ui.tab !== 'list';
  switch (eventtype) {
    case 'SAVE':
      return onRecord && isDirty(ctx.ui);
    case 'STATUS':
      return onRecord;
    case 'PREVIOUS':
    case 'NEXT':
      return onRecord;
    default:
      return false; // INSERT: creating incidents is not part of the look-alike
  }
}

/** @param {Ctx} ctx */
export function renderToolbar(ctx) {
  const { ui } = ctx;
  const id = ctx.id('region:toolbar');
  const sa = ctx.id('selectaction');
  const qs = ctx.id('quicksearch');
  let buttons = '';
  for (const [ev, title, img] of BUTTONS) {
    const anchorId = `toolactions_${ev}-tbb_anchor`;
    // Fixed, Maximo-style ids: register them so the page can send events by id.
    ui.idToKey.set(anchorId, `tb:${ev}`);
    const on = enabled(ctx, ev ?? '');
    buttons += `<a${attrs({
      id: anchorId,
      ctype: 'toolbarbutton',
      eventtype: ev,
      href: '#',
      class: cls('tbb', !on && 'off'),
      title,
      'aria-label': title,
      'aria-disabled': on ? 'false' : 'true',
      role: 'button',
    })}><img${attrs({ id: `toolactions_${ev}-tbb_image`, src: `${IMG}/${img}`, alt: '', 'aria-hidden': 'true' })}></a>`;
  }
  ui.renderedDirty = isDirty(ui);
  ui.renderedView = toolbarSignature(ctx);
  return (
    `<div${attrs({ id, class: 'toolbar', role: 'toolbar', 'aria-label': 'Incidents toolbar' })}>` +
    `<span class="tb_group"><a${attrs({
      id: sa,
      ctype: 'menubutton',
      href: '#',
      class: 'selectaction',
      title: 'Select Action',
      'aria-haspopup': 'menu',
      role: 'button',
    })}>Select Action<img src="${IMG}/btn_dropdown.svg" alt="" aria-hidden="true"></a></span>` +
    `<span class="tb_group tb_find"><input${attrs({
      type: 'text',
      id: qs,
      ctype: 'textbox',
      class: 'fld text qs',
      title: 'Find Incident',
      placeholder: 'Find Incident',
      value: ui.quickSearch,
      ov: '',
      work: '1',
      autocomplete: 'off',
    })}></span>` +
    `<span class="tb_group tb_buttons">${buttons}</span></div>`
  );
}
