// @ts-check
// The rich-text Details editor. Its text lives in a same-origin iframe whose body
// this script makes contenteditable after the frame loaded (until then it is not
// editable: wait for body.isContentEditable), or (some layouts) in a contenteditable
// div in the page. Like a field: focusing the editor flushes another field's pending
// change and remembers the content; when the editor loses focus a different content
// becomes THE pending change (sent with the next focus elsewhere or click).

import { fieldFocused } from './fields.js';
import { setPending } from './pending.js';
import { changeDirtiesRecord, enableSave } from './toolbar.js';

/** @param {Element} el */
export function bindRichText(el) {
  if (el instanceof HTMLIFrameElement && el.getAttribute('ctype') === 'richtext') {
    el.addEventListener('load', () => initEditor(el));
    const doc = el.contentDocument;
    if (doc && doc.readyState === 'complete' && doc.URL !== 'about:blank') initEditor(el);
  } else if (el instanceof HTMLDivElement && el.getAttribute('ctype') === 'richtext' && el.isContentEditable) {
    bindEditableDiv(el);
  } else if (el instanceof HTMLButtonElement && el.classList.contains('rte_btn')) {
    bindFormatButton(el);
  }
}

/** @type {WeakSet<Document>} */
const ready = new WeakSet();

/** @param {HTMLIFrameElement} frame */
function initEditor(frame) {
  const doc = frame.contentDocument;
  const win = frame.contentWindow;
  if (!doc || !win || !doc.body || ready.has(doc)) return;
  ready.add(doc);
  const initial = /** @type {HTMLTextAreaElement | null} */ (document.getElementById(`${frame.id}_content`));
  doc.body.innerHTML = initial ? initial.value : '';
  let focused = false;
  let prekey = '';
  const onFocus = () => {
    if (focused || !frame.isConnected) return;
    focused = true;
    fieldFocused(frame);
    prekey = doc.body.innerHTML;
    frame.setAttribute('prekeyvalue', prekey);
  };
  const onBlur = () => {
    if (!focused) return;
    focused = false;
    if (!frame.isConnected) return;
    const value = doc.body.innerHTML;
    if (value !== prekey) {
      setPending(frame.id, value);
      if (changeDirtiesRecord(frame)) enableSave();
    }
  };
  doc.body.addEventListener('focus', onFocus);
  win.addEventListener('focus', onFocus);
  doc.body.addEventListener('blur', onBlur);
  win.addEventListener('blur', onBlur);
  doc.body.setAttribute('spellcheck', 'false');
  doc.body.contentEditable = 'true';
}

/** The contenteditable Details: same focus / blur rules as the iframe editor. @param {HTMLDivElement} div */
function bindEditableDiv(div) {
  let prekey = '';
  div.addEventListener('focus', () => {
    fieldFocused(div);
    prekey = div.innerHTML;
    div.setAttribute('prekeyvalue', prekey);
  });
  div.addEventListener('blur', () => {
    if (!div.isConnected) return;
    const value = div.innerHTML;
    if (value !== prekey) {
      setPending(div.id, value);
      if (changeDirtiesRecord(div)) enableSave();
    }
  });
}

/** @param {HTMLButtonElement} btn */
function bindFormatButton(btn) {
  // Keep the focus in the editor while formatting.
  btn.addEventListener('mousedown', (e) => e.preventDefault());
  btn.addEventListener('click', (e) => {
    e.preventDefault();
    const editor = btn.closest('.bc')?.querySelector('[ctype="richtext"]');
    const cmd = btn.getAttribute('cmd');
    if (!cmd) return;
    if (editor instanceof HTMLIFrameElement) editor.contentDocument?.execCommand(cmd);
    else if (editor) document.execCommand(cmd); // the div keeps the focus (mousedown prevented)
  });
}
