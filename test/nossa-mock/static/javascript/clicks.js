// @ts-check
// Click handlers for buttons, tabs, toolbar items, table rows, menu items, drop and
// calendar images, attached by script to each element. A click makes a round trip
// that carries the pending change first. A disabled toolbar item (class "off") does
// nothing at all.

import { send } from './roundtrip.js';

const CLICKABLE = new Set(['pushbutton', 'tab', 'toolbarbutton', 'tablerow', 'menuitem', 'image', 'menubutton']);

/** @param {Element} el */
export function bindClick(el) {
  const ctype = el.getAttribute('ctype') ?? '';
  if (!CLICKABLE.has(ctype)) return;
  el.addEventListener('click', onClick);
  if (ctype === 'tablerow' || ctype === 'image') /** @type {HTMLElement} */ (el).addEventListener('keydown', onKey);
}

/** @param {Event} e */
function onClick(e) {
  e.preventDefault();
  const el = /** @type {HTMLElement} */ (e.currentTarget);
  if (el.classList.contains('off') || el.getAttribute('aria-disabled') === 'true') return;
  const type = el.getAttribute('ctype') === 'menuitem' ? 'menuitem' : 'click';
  void send([{ type, targetId: el.id }]);
}

/** @param {KeyboardEvent} e */
function onKey(e) {
  if (e.key !== 'Enter' && e.key !== ' ') return;
  onClick(e);
}
