// @ts-check
// Menus sent by the server live in #menuholder, positioned under their anchor field.
// Escape or a click elsewhere closes the menu (locally, as Maximo does).

/** @param {string} anchorId */
export function positionMenu(anchorId) {
  const holder = document.getElementById('menuholder');
  if (!holder) return;
  setExpanded(false);
  if (!holder.firstElementChild) return;
  const anchor = document.getElementById(anchorId);
  if (!anchor) return;
  const r = anchor.getBoundingClientRect();
  holder.style.left = `${Math.round(r.left + window.scrollX)}px`;
  holder.style.top = `${Math.round(r.bottom + window.scrollY + 2)}px`;
  if (anchor.getAttribute('role') === 'combobox') anchor.setAttribute('aria-expanded', 'true');
}

export function closeMenu() {
  const holder = document.getElementById('menuholder');
  if (!holder || !holder.firstElementChild) return;
  holder.replaceChildren();
  setExpanded(false);
}

/** @param {boolean} value */
function setExpanded(value) {
  for (const el of document.querySelectorAll('[role="combobox"][aria-expanded="true"]')) {
    el.setAttribute('aria-expanded', String(value));
  }
}

export function installMenuDismiss() {
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') closeMenu();
  });
  document.addEventListener('mousedown', (e) => {
    const holder = document.getElementById('menuholder');
    if (holder && e.target instanceof Node && !holder.contains(e.target)) closeMenu();
  });
}
