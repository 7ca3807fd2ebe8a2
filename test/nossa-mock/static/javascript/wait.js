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
