// Client-side toolbar state. Save turns on as soon as a field change is recorded
// (the server re-renders the toolbar from its own state on the next round trip).

export function enableSave() {
  const a = document.querySelector('a[eventtype="SAVE"]');
  if (!a) return;
  a.classList.remove('off');
  a.setAttribute('aria-disabled', 'false');
}

/** A change of this element makes the record dirty (not list filters, find, dialogs). @param {Element} el */
export function changeDirtiesRecord(el) {
  if (el.hasAttribute('qbe') || el.classList.contains('qs')) return false;
  return !el.closest('#dialogholder');
}
