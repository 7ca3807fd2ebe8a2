// @ts-check
// The ONE pending change of the page, kept where Maximo keeps it: in the hidden form
// (#changedcomponentid / #changedcomponentvalue). A second change recorded before the
// first was sent overwrites it; that is the trap automated fills must respect.

const idInput = () => /** @type {HTMLInputElement | null} */ (document.getElementById('changedcomponentid'));
const valueInput = () => /** @type {HTMLInputElement | null} */ (document.getElementById('changedcomponentvalue'));

/** @param {string} id @param {string} value */
export function setPending(id, value) {
  const i = idInput();
  const v = valueInput();
  if (!i || !v) return;
  i.value = id;
  v.value = value;
}

/** @returns {{ id: string, value: string } | null} */
export function peekPending() {
  const i = idInput();
  const v = valueInput();
  if (!i || !v || !i.value) return null;
  return { id: i.value, value: v.value };
}

/** Remove and return the pending change (it is about to be sent). */
export function takePending() {
  const p = peekPending();
  if (p) setPending('', '');
  return p;
}

/** @param {string} id */
export function setCurrentFocus(id) {
  const f = /** @type {HTMLInputElement | null} */ (document.getElementById('currentfocus'));
  if (f) f.value = id;
}
