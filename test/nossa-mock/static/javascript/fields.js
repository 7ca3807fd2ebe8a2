// @ts-check
// Field handlers, attached by script to every ctype="textbox" / "textarea" input
// (no inline handlers), reproducing Maximo's rules:
//  - focus stores the current value as the prekeyvalue attribute and flushes any
//    OTHER field's pending change;
//  - change / keyup compare the value with prekeyvalue; only a difference records
//    the field as THE pending change (one slot, in the hidden form). A field never
//    focused has no prekeyvalue, so its change events are ignored;
//  - nothing is sent until another field gets focus or something is clicked.
// Setting .value alone changes nothing; 'input' events are not listened to.

import { flush, send } from './roundtrip.js';
import { peekPending, setCurrentFocus, setPending } from './pending.js';
import { changeDirtiesRecord, enableSave, isQueryField } from './toolbar.js';

/** @param {Element} el */
export function bindField(el) {
  const ctype = el.getAttribute('ctype');
  if (ctype === 'textbox' || ctype === 'textarea') bindTextbox(/** @type {HTMLInputElement} */ (el));
  else if (ctype === 'checkbox') bindCheckbox(/** @type {HTMLInputElement} */ (el));
}

/** @param {HTMLInputElement} el */
function bindTextbox(el) {
  el.addEventListener('focus', onFocus);
  el.addEventListener('change', onChange);
  el.addEventListener('keyup', onChange);
  el.addEventListener('keydown', onKeydown);
  if (el.classList.contains('cbt')) el.addEventListener('click', onComboClick);
}

/** Another field got focus: send the pending change of the previous one. @param {Element} el */
export function fieldFocused(el) {
  setCurrentFocus(el.id);
  const p = peekPending();
  if (p && p.id !== el.id) void flush();
}

/** @param {FocusEvent} e */
function onFocus(e) {
  const el = /** @type {HTMLInputElement} */ (e.currentTarget);
  fieldFocused(el);
  el.setAttribute('prekeyvalue', el.value);
}

/** @param {Event} e */
function onChange(e) {
  recordChange(/** @type {HTMLInputElement} */ (e.currentTarget));
}

/** @param {HTMLInputElement} el */
function recordChange(el) {
  if (!el.isConnected) return;
  if (!el.hasAttribute('prekeyvalue')) return; // never focused: Maximo ignores it
  if (el.classList.contains('fld_ro')) return;
  const pre = el.getAttribute('prekeyvalue');
  const p = peekPending();
  if (el.value !== pre) {
    setPending(el.id, el.value);
    if (changeDirtiesRecord(el)) enableSave();
  } else if (p && p.id === el.id) {
    // Typed back to the original: the slot follows the field.
    setPending(el.id, el.value);
  }
}

/** @param {KeyboardEvent} e */
function onKeydown(e) {
  const el = /** @type {HTMLInputElement} */ (e.currentTarget);
  if (e.key === 'Enter' && el.tagName === 'INPUT' && isQueryField(el)) {
    // Enter in a list filter / Find: the typed value goes first, then the query.
    e.preventDefault();
    recordChange(el);
    void send([{ type: 'enter', targetId: el.id }]);
  } else if (el.classList.contains('cbt') && (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ')) {
    e.preventDefault();
    void send([{ type: 'click', targetId: el.id }]);
  }
}

/** A value list opens its menu from the server. @param {MouseEvent} e */
function onComboClick(e) {
  const el = /** @type {HTMLInputElement} */ (e.currentTarget);
  if (el.classList.contains('fld_ro')) return;
  void send([{ type: 'click', targetId: el.id }]);
}

/** Checkboxes are sent at once (Maximo's checkbox is an immediate event). @param {HTMLInputElement} el */
function bindCheckbox(el) {
  el.addEventListener('focus', () => fieldFocused(el));
  el.addEventListener('click', () => {
    if (el.disabled) return;
    if (changeDirtiesRecord(el)) enableSave();
    void send([{ type: 'setvalue', targetId: el.id, value: el.checked ? 'Y' : 'N' }]);
  });
}
