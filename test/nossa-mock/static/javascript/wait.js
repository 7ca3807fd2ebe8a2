// @ts-check
// The #wait cover: while a round trip is in flight a full-page layer blocks the
// mouse, and key presses / text input are swallowed (Maximo blocks input too).

let busy = 0;

export function isBusy() {
  return busy > 0;
}

export function beginWait() {
  busy += 1;
  const w = document.getElementById('wait');
  if (w) {
    w.style.display = 'block';
    w.setAttribute('aria-hidden', 'false');
  }
  document.body.classList.add('busy');
}

export function endWait() {
  busy = Math.max(0, busy - 1);
  if (busy) return;
  const w = document.getElementById('wait');
  if (w) {
    w.style.display = 'none';
    w.setAttribute('aria-hidden', 'true');
  }
  document.body.classList.remove('busy');
}

/** Swallow keyboard input while busy (capture phase, before any field sees it). */
export function installInputBlocker() {
  /** @param {Event} e */
  const block = (e) => {
    if (!isBusy()) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'paste', 'drop']) {
    document.addEventListener(type, block, true);
  }
}

/**
 * Pressing a field that has to flush another field's change raises the cover
 * between mousedown and mouseup, so the browser would fire no click on the field.
 * Deliver that one click (the round trip queue sends it after the flush), so a
 * value-list input or checkbox pressed right after typing still works.
 */
export function installPressThrough() {
  /** @type {Element | null} */
  let pressed = null;
  document.addEventListener(
    'mousedown',
    (e) => {
      pressed = e.target instanceof Element ? e.target : null;
    },
    true,
  );
  document.addEventListener(
    'mouseup',
    (e) => {
      const target = pressed;
      pressed = null;
      if (!target || !target.isConnected || !(e.target instanceof Element) || !e.target.closest('#wait')) return;
      const r = target.getBoundingClientRect();
      if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) return;
      /** @type {HTMLElement} */ (target).click();
    },
    true,
  );
}
