// @ts-check
// Applying server answers to the DOM, and binding handlers to what was inserted.
// A replaced holder is a NEW node (same id): references to the old one go stale
// (isConnected === false). Handlers are attached by script to each new element.

import { formatDate } from './dates.js';
import { config } from './config.js';

/** @type {Array<(el: Element) => void>} */
const binders = [];

/** Register a function called for every element of each inserted tree. @param {(el: Element) => void} fn */
export function registerBinder(fn) {
  binders.push(fn);
}

/** @param {Element} root */
export function bindTree(root) {
  const all = [root, ...root.querySelectorAll('*')];
  for (const el of all) {
    // Maximo formats date inputs on the client: the served value is empty.
    if (el instanceof HTMLInputElement && el.getAttribute('df') === '1' && el.hasAttribute('datevalue')) {
      el.value = formatDate(el.getAttribute('datevalue') ?? '', config.dateFormat);
    }
    for (const fn of binders) fn(el);
  }
}

/** @param {string} html */
function parse(html) {
  const tpl = document.createElement('template');
  tpl.innerHTML = html.trim();
  return tpl.content;
}

/**
 * Replace the element with this id by the server's HTML (outerHTML replacement).
 * If focus was inside it, focus moves to the new element with the same id.
 * @param {string} id @param {string} html
 */
export function replaceElement(id, html) {
  const old = document.getElementById(id);
  if (!old) return;
  const active = document.activeElement;
  const focusedId = active && active !== document.body && old.contains(active) ? active.id : '';
  const frag = parse(html);
  const fresh = frag.firstElementChild;
  if (!fresh) return;
  old.replaceWith(frag);
  bindTree(fresh);
  if (focusedId) /** @type {HTMLElement | null} */ (document.getElementById(focusedId))?.focus();
}

/**
 * Fill a holder element (#menuholder, #dialogholder) with the server's HTML.
 * @param {HTMLElement} holder @param {string} html
 */
export function fillHolder(holder, html) {
  holder.replaceChildren(parse(html));
  for (const child of holder.children) bindTree(child);
}
