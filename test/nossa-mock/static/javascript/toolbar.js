// @ts-check
// Client-side toolbar state. Save turns on as soon as a field change is recorded
// (the server re-renders the toolbar from its own state on the next round trip).

export function enableSave() {
  const a = document.querySelector('a[eventtype="SAVE"]');
  if (!a) return;
  a.classList.remove('off');
  a.setAttribute('aria-disabled', 'false');
}

/**
 * A query input: a list filter (in the list table's header row) or the toolbar's Find
 * box. Found by where it sits, not by a marker attribute (the page has none).
 * @param {Element} el
 */
export function isQueryField(el) {
  return Boolean(el.closest('thead') || el.closest('[role="toolbar"]'));
}

/** A change of this element makes the record dirty (not list filters, find, dialogs). @param {Element} el */
export function changeDirtiesRecord(el) {
  if (isQueryField(el)) return false;
  return !el.closest('#dialogholder');
}
