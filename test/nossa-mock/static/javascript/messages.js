// @ts-check
// System messages in the titlebar (#titlebar_error), shown for a few seconds like
// Maximo's. The element keeps the message code and type as attributes.

const SHOW_MS = 6000;
/** @type {ReturnType<typeof setTimeout> | undefined} */
let timer;

/** @param {{ type: string, code: string, text: string }} message */
export function showMessage(message) {
  const el = document.getElementById('titlebar_error');
  if (!el) return;
  el.textContent = message.text;
  el.className = `tb_msg ${message.type}`;
  el.setAttribute('msgcode', message.code);
  el.setAttribute('role', message.type === 'error' ? 'alert' : 'status');
  clearTimeout(timer);
  timer = setTimeout(() => {
    el.textContent = '';
    el.className = 'tb_msg';
    el.removeAttribute('msgcode');
    el.setAttribute('role', 'status');
  }, SHOW_MS);
}
